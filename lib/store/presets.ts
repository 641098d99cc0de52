import type { TDatabase } from './db';
import { parseOrThrow } from './errors';
import { INVALID_PRESET, presetStatements } from './preset-statements';
import type { PresetRepository } from './repository';
import { ZPresetInputSchema, ZPresetPatchSchema } from './schemas';

/** Saved handouts in SQLite; each change runs in one IMMEDIATE transaction. */
export function createSqlitePresets(db: TDatabase): PresetRepository {
  const sql = presetStatements(db);
  const inTransaction = <T>(work: () => T): T => db.transaction(work).immediate();

  return {
    list: async () => sql.list(),
    get: async (id) => sql.read(id),
    create: async (input) => {
      const values = parseOrThrow(ZPresetInputSchema, input, INVALID_PRESET);
      return inTransaction(() => sql.read(sql.insert(values)));
    },
    replace: async (id, input) => {
      const values = parseOrThrow(ZPresetInputSchema, input, INVALID_PRESET);
      return inTransaction(() => {
        sql.update(id, values);
        return sql.read(id);
      });
    },
    update: async (id, patch) => {
      const changes = parseOrThrow(ZPresetPatchSchema, patch, INVALID_PRESET);
      return inTransaction(() => {
        const { id: _id, createdAt: _c, updatedAt: _u, ...current } = sql.read(id);
        sql.update(id, parseOrThrow(ZPresetInputSchema, { ...current, ...changes }, INVALID_PRESET));
        return sql.read(id);
      });
    },
    duplicate: async (id) =>
      inTransaction(() => {
        const { id: _id, createdAt: _c, updatedAt: _u, ...source } = sql.read(id);
        return sql.read(sql.insert({ ...source, name: sql.freeName(source.name, 'copy') }));
      }),
    remove: async (id) => inTransaction(() => sql.remove(id)),
  };
}
