import { randomBytes } from 'node:crypto';

import { z } from 'zod';

import { auditStatements, diffRecords } from './audit';
import type { TDatabase } from './db';
import { corruptRow, parseOrThrow } from './errors';
import type { SettingsRepository } from './repository';
import { type TSettings, ZSettingsPatchSchema, ZSettingsSchema } from './user-schemas';

export const SETTINGS_KEY = 'clinic';
// Kept in the store, not in memory, so every instance of a clinic group seals and opens the same cookies.
export const SECRET_KEY = 'session-secret';

/** Clinic-wide settings, audited, and the session secret the app makes for itself on first use. */
export function createSqliteSettings(db: TDatabase): SettingsRepository {
  const audit = auditStatements(db);
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare(`INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`);
  const insertOnce = db.prepare(
    'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING',
  );

  const read = (): TSettings => {
    const row = select.get(SETTINGS_KEY);
    const parsed = ZSettingsSchema.safeParse(row ? (JSON.parse(row.value) as unknown) : {});
    if (!parsed.success) throw corruptRow('settings', parsed.error);
    return parsed.data;
  };

  return {
    get: async () => read(),
    update: async (patch, { actor }) => {
      const changes = parseOrThrow(ZSettingsPatchSchema, patch, 'The settings are not valid.');
      return db
        .transaction(() => {
          const before = read();
          const after = ZSettingsSchema.parse({ ...before, ...changes });
          upsert.run(SETTINGS_KEY, JSON.stringify(after), new Date().toISOString());
          const diff = diffRecords(before, after, Object.keys(after));
          audit.append(actor, { action: 'settings.update', target: { type: 'settings' }, ...diff });
          return after;
        })
        .immediate();
    },
    sessionSecret: async () => {
      // Read on every signed-in request, so written only when missing (an insert on each request cost
      // about 0.5 ms of the server's main thread): whoever comes first writes the secret; everyone reads
      // the one that won.
      let row = select.get(SECRET_KEY);
      if (!row) {
        insertOnce.run(
          SECRET_KEY,
          JSON.stringify(randomBytes(48).toString('base64url')),
          new Date().toISOString(),
        );
        row = select.get(SECRET_KEY);
      }
      const secret = z
        .string()
        .min(32)
        .safeParse(row ? (JSON.parse(row.value) as unknown) : undefined);
      if (!secret.success) throw corruptRow('settings', secret.error);
      return secret.data;
    },
    auditLog: async (limit, before) => auditStatements(db).list(limit, before),
  };
}
