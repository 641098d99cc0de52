import { randomBytes } from 'node:crypto';

import { z } from 'zod';

import { diffRecords } from '../audit';
import { corruptRow, parseOrThrow } from '../errors';
import type { SettingsRepository } from '../repository';
import { SECRET_KEY, SETTINGS_KEY } from '../settings';
import { type TSettings, ZSettingsPatchSchema, ZSettingsSchema } from '../user-schemas';
import { pgAudit } from './audit';
import type { TPgDatabase, TSql } from './db';

async function read(sql: TSql): Promise<TSettings> {
  const row = (await sql.get('SELECT value FROM settings WHERE key = $1', [SETTINGS_KEY])) as
    { value: string } | undefined;
  const parsed = ZSettingsSchema.safeParse(row ? (JSON.parse(row.value) as unknown) : {});
  if (!parsed.success) throw corruptRow('settings', parsed.error);
  return parsed.data;
}

/** Clinic-wide settings and the shared session secret in PostgreSQL: lib/store/settings.ts step for step. */
export function createPgSettings(db: TPgDatabase): SettingsRepository {
  return {
    get: () => read(db.sql),
    update: async (patch, { actor }) => {
      const changes = parseOrThrow(ZSettingsPatchSchema, patch, 'The settings are not valid.');
      return db.write(async (sql) => {
        const before = await read(sql);
        const after = ZSettingsSchema.parse({ ...before, ...changes });
        await sql.run(
          `INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3)
           ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
          [SETTINGS_KEY, JSON.stringify(after), new Date().toISOString()],
        );
        const diff = diffRecords(before, after, Object.keys(after));
        await pgAudit(sql).append(actor, {
          action: 'settings.update',
          target: { type: 'settings' },
          ...diff,
        });
        return after;
      });
    },
    sessionSecret: async () => {
      const stored = async () =>
        (await db.sql.get('SELECT value FROM settings WHERE key = $1', [SECRET_KEY])) as
          { value: string } | undefined;
      // Read on every request, so written only when missing. Whoever comes first writes the secret;
      // every instance reads the one that won.
      let row = await stored();
      if (!row) {
        await db.sql.run(
          'INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING',
          [SECRET_KEY, JSON.stringify(randomBytes(48).toString('base64url')), new Date().toISOString()],
        );
        row = await stored();
      }
      const secret = z
        .string()
        .min(32)
        .safeParse(row ? (JSON.parse(row.value) as unknown) : undefined);
      if (!secret.success) throw corruptRow('settings', secret.error);
      return secret.data;
    },
    auditLog: (limit, before) => pgAudit(db.sql).list(limit, before),
  };
}
