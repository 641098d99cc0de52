import { randomUUID } from 'node:crypto';

import type { TDatabase } from './db';
import { invalidInput, notFound } from './errors';
import { BRAND_SELECT, brandFromRow, brandToRow, logoFromRow } from './rows';
import type { TBrandFields, TBrandProfile, TStoredLogo } from './schemas';

export const INVALID_BRAND = 'The clinic profile is not valid.';

/**
 * The synchronous building blocks of the brand repository, so that the repository and the import can
 * compose them inside one transaction. Callers own the transaction.
 */
export function brandStatements(db: TDatabase) {
  const selectAll = db.prepare(`${BRAND_SELECT} ORDER BY b.is_default DESC, b.name COLLATE NOCASE, b.id`);
  const selectOne = db.prepare(`${BRAND_SELECT} WHERE b.id = ?`);
  const selectDefault = db.prepare(`${BRAND_SELECT} WHERE b.is_default = 1`);
  const countDefaults = db.prepare<[], { n: number }>(
    'SELECT count(*) AS n FROM brands WHERE is_default = 1',
  );
  // A change of default changes what every handout prints: both profiles get a new version.
  const clearDefault = db.prepare(
    'UPDATE brands SET is_default = 0, version = version + 1 WHERE is_default = 1 AND id <> ?',
  );
  const markDefault = db.prepare(
    'UPDATE brands SET is_default = 1, version = version + 1 WHERE id = ? AND is_default = 0',
  );
  const insert = db.prepare(`INSERT INTO brands (id, name, address, phone, website, emergency_number,
      after_hours_phone, accent_color, emergency_confirmed, is_default, created_at, updated_at)
    VALUES (@id, @name, @address, @phone, @website, @emergency_number, @after_hours_phone, @accent_color,
      @emergency_confirmed, @is_default, @now, @now)`);
  const update = db.prepare(`UPDATE brands SET name = @name, address = @address, phone = @phone,
      website = @website, emergency_number = @emergency_number, after_hours_phone = @after_hours_phone,
      accent_color = @accent_color, emergency_confirmed = @emergency_confirmed, updated_at = @now,
      version = version + 1
    WHERE id = @id`);
  const remove = db.prepare('DELETE FROM brands WHERE id = ?');
  const promoteOldest = db.prepare(`UPDATE brands SET is_default = 1, version = version + 1
    WHERE id = (SELECT id FROM brands ORDER BY created_at, rowid LIMIT 1)`);
  const selectLogo = db.prepare('SELECT png, sha256, width, height FROM brand_logos WHERE brand_id = ?');
  const upsertLogo = db.prepare(`INSERT INTO brand_logos (brand_id, png, sha256, width, height)
    VALUES (@id, @png, @sha256, @width, @height)
    ON CONFLICT (brand_id) DO UPDATE SET png = excluded.png, sha256 = excluded.sha256,
      width = excluded.width, height = excluded.height`);
  const deleteLogo = db.prepare('DELETE FROM brand_logos WHERE brand_id = ?');
  const touch = db.prepare('UPDATE brands SET updated_at = ?, version = version + 1 WHERE id = ?');

  const read = (id: string): TBrandProfile => {
    const row = selectOne.get(id);
    if (!row) throw notFound('clinic profile');
    return brandFromRow(row);
  };

  /** Keeps exactly one default: the one asked for, else the current one, else this profile. */
  const applyDefault = (id: string, wanted: boolean | undefined, wasDefault: boolean): void => {
    if (wanted === false && wasDefault) {
      throw invalidInput(INVALID_BRAND, [
        {
          path: 'isDefault',
          message: 'One profile is always the default. Make another profile the default instead.',
        },
      ]);
    }
    if (wanted === true || countDefaults.get()?.n === 0) {
      clearDefault.run(id);
      markDefault.run(id);
    }
  };

  return {
    read,
    list: (): TBrandProfile[] => selectAll.all().map(brandFromRow),
    readDefault: (): TBrandProfile | undefined => {
      const row = selectDefault.get();
      return row ? brandFromRow(row) : undefined;
    },
    insert: (fields: TBrandFields): string => {
      const id = randomUUID();
      // Decided before the row exists, so a new profile starts at version 1 whatever its default.
      const isDefault = fields.isDefault === true || countDefaults.get()?.n === 0;
      if (isDefault) clearDefault.run(id);
      insert.run({ id, now: new Date().toISOString(), is_default: isDefault ? 1 : 0, ...brandToRow(fields) });
      return id;
    },
    update: (id: string, fields: TBrandFields): void => {
      const current = read(id);
      update.run({ id, now: new Date().toISOString(), ...brandToRow(fields) });
      applyDefault(id, fields.isDefault, current.isDefault);
    },
    remove: (id: string): void => {
      if (remove.run(id).changes === 0) throw notFound('clinic profile');
      if (countDefaults.get()?.n === 0) promoteOldest.run();
    },
    readLogo: (id: string): TStoredLogo | undefined => {
      const row = selectLogo.get(id);
      return row ? logoFromRow(row) : undefined;
    },
    writeLogo: (id: string, logo: TStoredLogo | undefined): void => {
      read(id);
      if (logo) upsertLogo.run({ id, ...logo });
      else deleteLogo.run(id);
      touch.run(new Date().toISOString(), id);
    },
  };
}
