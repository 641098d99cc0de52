import { diffRecords } from '../audit';
import { parseOrThrow } from '../errors';
import { INVALID_PRESET } from '../preset-statements';
import { editablePreset } from '../presets';
import type { PresetRepository } from '../repository';
import { type TPreset, ZPresetInputSchema, ZPresetPatchSchema } from '../schemas';
import { assertVersion } from '../versions';
import { pgAudit } from './audit';
import type { TPgDatabase, TSql } from './db';
import { pgPresetStatements } from './preset-statements';

const THING = 'saved handout';
const target = (preset: TPreset) => ({ type: 'saved handout' as const, id: preset.id, name: preset.name });

/** Saved handouts in PostgreSQL: lib/store/presets.ts step for step. */
export function createPgPresets(db: TPgDatabase): PresetRepository {
  const reads = pgPresetStatements(db.sql);

  const write = async (
    sql: TSql,
    id: string,
    input: unknown,
    context: Parameters<PresetRepository['replace']>[2],
  ) => {
    const presets = pgPresetStatements(sql);
    const current = await presets.read(id);
    assertVersion(current, context.expectedVersion, THING);
    await presets.update(id, parseOrThrow(ZPresetInputSchema, input, INVALID_PRESET));
    const after = await presets.read(id);
    await pgAudit(sql).append(context.actor, {
      action: 'saved-handout.update',
      target: target(after),
      ...diffRecords(editablePreset(current), editablePreset(after), []),
    });
    return after;
  };

  return {
    list: () => reads.list(),
    get: (id) => reads.read(id),
    create: async (input, { actor }) => {
      const values = parseOrThrow(ZPresetInputSchema, input, INVALID_PRESET);
      return db.write(async (sql) => {
        const presets = pgPresetStatements(sql);
        const created = await presets.read(await presets.insert(values));
        await pgAudit(sql).append(actor, { action: 'saved-handout.create', target: target(created) });
        return created;
      });
    },
    replace: async (id, input, context) => {
      const values = parseOrThrow(ZPresetInputSchema, input, INVALID_PRESET);
      return db.write((sql) => write(sql, id, values, context));
    },
    update: async (id, patch, context) => {
      const changes = parseOrThrow(ZPresetPatchSchema, patch, INVALID_PRESET);
      return db.write(async (sql) =>
        write(sql, id, { ...editablePreset(await pgPresetStatements(sql).read(id)), ...changes }, context),
      );
    },
    duplicate: (id, { actor }) =>
      db.write(async (sql) => {
        const presets = pgPresetStatements(sql);
        const source = editablePreset(await presets.read(id));
        const copy = await presets.read(
          await presets.insert({ ...source, name: await presets.freeName(source.name, 'copy') }),
        );
        await pgAudit(sql).append(actor, {
          action: 'saved-handout.duplicate',
          target: target(copy),
          detail: `Copy of ${source.name}`,
        });
        return copy;
      }),
    remove: (id, { actor, expectedVersion }) =>
      db.write(async (sql) => {
        const presets = pgPresetStatements(sql);
        const current = await presets.read(id);
        assertVersion(current, expectedVersion, THING);
        await presets.remove(id);
        await pgAudit(sql).append(actor, { action: 'saved-handout.delete', target: target(current) });
      }),
  };
}
