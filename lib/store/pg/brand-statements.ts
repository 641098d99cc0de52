import { randomUUID } from 'node:crypto';

import { INVALID_BRAND } from '../brand-statements';
import { invalidInput, notFound } from '../errors';
import { BRAND_SELECT, brandFromRow, brandToRow, logoFromRow } from '../rows';
import type { TBrandFields, TBrandProfile, TStoredLogo } from '../schemas';
import { insertSql, updateSql } from './columns';
import type { TSql } from './db';

/** lib/store/brand-statements.ts for PostgreSQL: the same steps, awaited; callers own the transaction. */
export function pgBrandStatements(sql: TSql) {
  const countDefaults = async () =>
    ((await sql.get('SELECT count(*)::int AS n FROM brands WHERE is_default = 1')) as { n: number }).n;
  // A change of default changes what every handout prints: both profiles get a new version.
  const makeDefault = async (id: string) => {
    await sql.run(
      'UPDATE brands SET is_default = 0, version = version + 1 WHERE is_default = 1 AND id <> $1',
      [id],
    );
    await sql.run(
      'UPDATE brands SET is_default = 1, version = version + 1 WHERE id = $1 AND is_default = 0',
      [id],
    );
  };

  const read = async (id: string): Promise<TBrandProfile> => {
    const row = await sql.get(`${BRAND_SELECT} WHERE b.id = $1`, [id]);
    if (!row) throw notFound('clinic profile');
    return brandFromRow(row);
  };

  const readLogo = async (id: string): Promise<TStoredLogo | undefined> => {
    const row = await sql.get('SELECT png, sha256, width, height FROM brand_logos WHERE brand_id = $1', [id]);
    return row ? logoFromRow(row) : undefined;
  };

  return {
    read,
    readLogo,
    list: async (): Promise<TBrandProfile[]> =>
      (await sql.all(`${BRAND_SELECT} ORDER BY b.is_default DESC, lower(b.name), b.id`)).map(brandFromRow),
    readDefault: async (): Promise<TBrandProfile | undefined> => {
      const row = await sql.get(`${BRAND_SELECT} WHERE b.is_default = 1`);
      return row ? brandFromRow(row) : undefined;
    },
    insert: async (fields: TBrandFields): Promise<string> => {
      const id = randomUUID();
      const isDefault = fields.isDefault === true || (await countDefaults()) === 0;
      if (isDefault) {
        await sql.run('UPDATE brands SET is_default = 0, version = version + 1 WHERE is_default = 1');
      }
      const now = new Date().toISOString();
      const row = {
        id,
        ...brandToRow(fields),
        is_default: isDefault ? 1 : 0,
        created_at: now,
        updated_at: now,
      };
      const { text, values } = insertSql('brands', row);
      await sql.run(text, values);
      return id;
    },
    update: async (id: string, fields: TBrandFields): Promise<void> => {
      const current = await read(id);
      const { text, values } = updateSql('brands', id, {
        ...brandToRow(fields),
        updated_at: new Date().toISOString(),
      });
      await sql.run(text, values);
      if (fields.isDefault === false && current.isDefault) {
        throw invalidInput(INVALID_BRAND, [
          {
            path: 'isDefault',
            message: 'One profile is always the default. Make another profile the default instead.',
          },
        ]);
      }
      if (fields.isDefault === true || (await countDefaults()) === 0) await makeDefault(id);
    },
    remove: async (id: string): Promise<void> => {
      if ((await sql.run('DELETE FROM brands WHERE id = $1', [id])) === 0) throw notFound('clinic profile');
      if ((await countDefaults()) === 0) {
        await sql.run(`UPDATE brands SET is_default = 1, version = version + 1
          WHERE id = (SELECT id FROM brands ORDER BY created_at, seq LIMIT 1)`);
      }
    },
    writeLogo: async (id: string, logo: TStoredLogo | undefined): Promise<void> => {
      await read(id);
      if (logo) {
        await sql.run(
          `INSERT INTO brand_logos (brand_id, png, sha256, width, height) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (brand_id) DO UPDATE SET png = excluded.png, sha256 = excluded.sha256,
             width = excluded.width, height = excluded.height`,
          [id, logo.png, logo.sha256, logo.width, logo.height],
        );
      } else {
        await sql.run('DELETE FROM brand_logos WHERE brand_id = $1', [id]);
      }
      await sql.run('UPDATE brands SET updated_at = $2, version = version + 1 WHERE id = $1', [
        id,
        new Date().toISOString(),
      ]);
    },
  };
}
