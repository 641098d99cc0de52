import { randomUUID } from 'node:crypto';

import type { TDatabase } from './db';
import { invalidInput, notFound } from './errors';
import { PRESET_SELECT, presetFromRow, presetToRow } from './rows';
import { type TPreset, type TPresetValues, ZPresetNameSchema } from './schemas';

export const INVALID_PRESET = 'The saved handout is not valid.';
const NAME_MAX = 80;

/** Synchronous building blocks of the preset repository; callers own the transaction. */
export function presetStatements(db: TDatabase) {
  const selectAll = db.prepare(`${PRESET_SELECT} ORDER BY name COLLATE NOCASE, id`);
  const selectOne = db.prepare(`${PRESET_SELECT} WHERE id = ?`);
  const nameTaken = db.prepare<[string, string], { id: string }>(
    'SELECT id FROM presets WHERE name = ? AND id <> ?',
  );
  const insert =
    db.prepare(`INSERT INTO presets (id, name, locale, secondary_locale, paper, units, text_size, sections, created_at, updated_at)
    VALUES (@id, @name, @locale, @secondary_locale, @paper, @units, @text_size, @sections, @now, @now)`);
  const update =
    db.prepare(`UPDATE presets SET name = @name, locale = @locale, secondary_locale = @secondary_locale,
      paper = @paper, units = @units, text_size = @text_size, sections = @sections, updated_at = @now, version = version + 1
    WHERE id = @id`);
  const remove = db.prepare('DELETE FROM presets WHERE id = ?');

  const read = (id: string): TPreset => {
    const row = selectOne.get(id);
    if (!row) throw notFound('preset');
    return presetFromRow(row);
  };

  // Checked before writing so the clinician reads a sentence, not a UNIQUE constraint failure.
  const assertFreeName = (name: string, id = ''): void => {
    if (!nameTaken.get(name, id)) return;
    throw invalidInput(INVALID_PRESET, [
      { path: 'name', message: 'A saved handout with this name already exists. Choose another name.' },
    ]);
  };

  /** "Name (copy)", then "Name (copy 2)", … shortened so the result still fits the name limit. */
  const freeName = (name: string, word: string): string => {
    for (let n = 1; ; n += 1) {
      const suffix = n === 1 ? ` (${word})` : ` (${word} ${n})`;
      const candidate = ZPresetNameSchema.parse(
        `${name.slice(0, NAME_MAX - suffix.length).trimEnd()}${suffix}`,
      );
      if (!nameTaken.get(candidate, '')) return candidate;
    }
  };

  return {
    read,
    list: (): TPreset[] => selectAll.all().map(presetFromRow),
    freeName,
    isNameFree: (name: string): boolean => !nameTaken.get(name, ''),
    insert: (values: TPresetValues): string => {
      assertFreeName(values.name);
      const id = randomUUID();
      insert.run({ id, now: new Date().toISOString(), ...presetToRow(values) });
      return id;
    },
    update: (id: string, values: TPresetValues): void => {
      read(id);
      assertFreeName(values.name, id);
      update.run({ id, now: new Date().toISOString(), ...presetToRow(values) });
    },
    remove: (id: string): void => {
      if (remove.run(id).changes === 0) throw notFound('preset');
    },
  };
}
