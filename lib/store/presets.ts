import { auditStatements, diffRecords } from './audit';
import type { TDatabase } from './db';
import { parseOrThrow } from './errors';
import { INVALID_PRESET, presetStatements } from './preset-statements';
import type { PresetRepository } from './repository';
import { type TPreset, ZPresetInputSchema, ZPresetPatchSchema } from './schemas';
import { assertVersion } from './versions';

const THING = 'saved handout';

export function editablePreset(preset: TPreset) {
  const { id: _i, createdAt: _c, updatedAt: _u, version: _v, ...values } = preset;
  return values;
}

/** Saved handouts in SQLite; each change runs in one IMMEDIATE transaction with its audit entry. */
export function createSqlitePresets(db: TDatabase): PresetRepository {
  const sql = presetStatements(db);
  const audit = auditStatements(db);
  const inTransaction = <T>(work: () => T): T => db.transaction(work).immediate();
  const target = (preset: TPreset) => ({ type: 'saved handout' as const, id: preset.id, name: preset.name });

  const write = (id: string, input: unknown, context: Parameters<PresetRepository['replace']>[2]) => {
    const current = sql.read(id);
    assertVersion(current, context.expectedVersion, THING);
    sql.update(id, parseOrThrow(ZPresetInputSchema, input, INVALID_PRESET));
    const after = sql.read(id);
    audit.append(context.actor, {
      action: 'saved-handout.update',
      target: target(after),
      ...diffRecords(editablePreset(current), editablePreset(after), []),
    });
    return after;
  };

  return {
    list: async () => sql.list(),
    get: async (id) => sql.read(id),
    create: async (input, { actor }) => {
      const values = parseOrThrow(ZPresetInputSchema, input, INVALID_PRESET);
      return inTransaction(() => {
        const created = sql.read(sql.insert(values));
        audit.append(actor, { action: 'saved-handout.create', target: target(created) });
        return created;
      });
    },
    replace: async (id, input, context) => {
      const values = parseOrThrow(ZPresetInputSchema, input, INVALID_PRESET);
      return inTransaction(() => write(id, values, context));
    },
    update: async (id, patch, context) => {
      const changes = parseOrThrow(ZPresetPatchSchema, patch, INVALID_PRESET);
      return inTransaction(() => write(id, { ...editablePreset(sql.read(id)), ...changes }, context));
    },
    duplicate: async (id, { actor }) =>
      inTransaction(() => {
        const source = editablePreset(sql.read(id));
        const copy = sql.read(sql.insert({ ...source, name: sql.freeName(source.name, 'copy') }));
        audit.append(actor, {
          action: 'saved-handout.duplicate',
          target: target(copy),
          detail: `Copy of ${source.name}`,
        });
        return copy;
      }),
    remove: async (id, { actor, expectedVersion }) =>
      inTransaction(() => {
        const current = sql.read(id);
        assertVersion(current, expectedVersion, THING);
        sql.remove(id);
        audit.append(actor, { action: 'saved-handout.delete', target: target(current) });
      }),
  };
}
