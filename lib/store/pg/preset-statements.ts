import { randomUUID } from 'node:crypto';

import { invalidInput, notFound } from '../errors';
import { INVALID_PRESET } from '../preset-statements';
import { PRESET_SELECT, presetFromRow, presetToRow } from '../rows';
import { type TPreset, type TPresetValues, ZPresetNameSchema } from '../schemas';
import { insertSql, updateSql } from './columns';
import type { TSql } from './db';

const NAME_MAX = 80;

/**
 * lib/store/preset-statements.ts for PostgreSQL; callers own the transaction. Columns come from the
 * shared row mapping (rows.ts), so a new preset field is a migration plus that mapping, nothing here.
 */
export function pgPresetStatements(sql: TSql) {
  const isNameFree = async (name: string, id = ''): Promise<boolean> =>
    !(await sql.get('SELECT id FROM presets WHERE lower(name) = lower($1) AND id <> $2', [name, id]));

  const read = async (id: string): Promise<TPreset> => {
    const row = await sql.get(`${PRESET_SELECT} WHERE id = $1`, [id]);
    if (!row) throw notFound('preset');
    return presetFromRow(row);
  };

  // Checked before writing so the clinician reads a sentence, not a unique index violation.
  const assertFreeName = async (name: string, id = ''): Promise<void> => {
    if (await isNameFree(name, id)) return;
    throw invalidInput(INVALID_PRESET, [
      { path: 'name', message: 'A preset with this name already exists. Choose another name.' },
    ]);
  };

  return {
    read,
    isNameFree: (name: string) => isNameFree(name),
    list: async (): Promise<TPreset[]> =>
      (await sql.all(`${PRESET_SELECT} ORDER BY lower(name), id`)).map(presetFromRow),
    /** "Name (copy)", then "Name (copy 2)", … shortened so the result still fits the name limit. */
    freeName: async (name: string, word: string): Promise<string> => {
      for (let n = 1; ; n += 1) {
        const suffix = n === 1 ? ` (${word})` : ` (${word} ${n})`;
        const candidate = ZPresetNameSchema.parse(
          `${name.slice(0, NAME_MAX - suffix.length).trimEnd()}${suffix}`,
        );
        if (await isNameFree(candidate)) return candidate;
      }
    },
    insert: async (values: TPresetValues): Promise<string> => {
      await assertFreeName(values.name);
      const id = randomUUID();
      const now = new Date().toISOString();
      const { text, values: params } = insertSql('presets', {
        id,
        ...presetToRow(values),
        created_at: now,
        updated_at: now,
      });
      await sql.run(text, params);
      return id;
    },
    update: async (id: string, values: TPresetValues): Promise<void> => {
      await read(id);
      await assertFreeName(values.name, id);
      const { text, values: params } = updateSql('presets', id, {
        ...presetToRow(values),
        updated_at: new Date().toISOString(),
      });
      await sql.run(text, params);
    },
    remove: async (id: string): Promise<void> => {
      if ((await sql.run('DELETE FROM presets WHERE id = $1', [id])) === 0) throw notFound('preset');
    },
  };
}
