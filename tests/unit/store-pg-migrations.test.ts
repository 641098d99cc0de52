import { describe, expect, it } from 'vitest';

import { PG_MIGRATIONS } from '@/lib/store/pg/migrations';

import { AS_ADMIN } from '../helpers/actors';
import { pgSkipReason, POSTGRES } from '../helpers/engines';

const reason = pgSkipReason();
describe.skipIf(reason !== '')(`PostgreSQL set-up${reason && ` (skipped: ${reason})`}`, () => {
  it('migrates once when several instances start together, and every instance then works', async () => {
    const { location, remove } = await POSTGRES.emptyLocation();
    const stores = Array.from({ length: 4 }, () => POSTGRES.open(location));
    try {
      // Each store runs its migrations before its first answer; all four race for the advisory lock.
      await Promise.all(
        stores.map((store, index) =>
          store.presets.create({ name: `P${index}`, sections: [{ id: 'hydration' }] }, AS_ADMIN),
        ),
      );
      const applied = await POSTGRES.query(
        location,
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(applied.map((row) => row.version)).toEqual(PG_MIGRATIONS.map((migration) => migration.version));
      expect((await stores[0]?.presets.list())?.map((preset) => preset.name)).toEqual([
        'P0',
        'P1',
        'P2',
        'P3',
      ]);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      await remove();
    }
  });

  it('keeps the audit log append-only with a trigger, TRUNCATE included', async () => {
    const { store, location, cleanup } = await POSTGRES.tempStore();
    try {
      await store.brands.create({ name: 'Clinic', phone: '555-0100' }, AS_ADMIN);
      for (const sql of [
        "UPDATE audit_log SET actor_name = 'x'",
        'DELETE FROM audit_log',
        'TRUNCATE audit_log',
      ]) {
        await expect(POSTGRES.query(location, sql)).rejects.toThrow(/append-only/);
      }
      expect(await store.settings.auditLog(10)).toHaveLength(1);
    } finally {
      await cleanup();
    }
  });
});
