import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

import { DATABASE_FILE, dataDirectory, openDatabase } from '@/lib/store/db';
import { MIGRATIONS, runMigrations } from '@/lib/store/migrations';
import { closeStore, getStore, openStore } from '@/lib/store/open';

import { NORTHSIDE } from '../fixtures/store/temp-store';
import { AS_ADMIN } from '../helpers/actors';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handouts-migrate-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  closeStore();
  delete process.env.HANDOUTS_DATA_DIR;
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const versions = (db: Database.Database) =>
  db
    .prepare<[], { version: number }>('SELECT version FROM schema_migrations ORDER BY version')
    .all()
    .map((row) => row.version);

describe('store set-up', () => {
  it('opens in WAL mode with foreign keys and a busy timeout', () => {
    const db = openDatabase(path.join(tempDir(), DATABASE_FILE));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('runs every migration once, and reopening applies nothing and keeps the data', async () => {
    const file = path.join(tempDir(), DATABASE_FILE);
    const first = openStore(file);
    const brand = await first.brands.create(NORTHSIDE, AS_ADMIN);
    first.close();

    const db = new Database(file);
    expect(versions(db)).toEqual(MIGRATIONS.map((migration) => migration.version));
    expect(runMigrations(db)).toEqual([]);
    expect(versions(db)).toEqual(MIGRATIONS.map((migration) => migration.version));
    db.close();

    const reopened = openStore(file);
    expect(await reopened.brands.get(brand.id)).toEqual(brand);
    reopened.close();
  });

  it('rolls back a failing migration entirely and does not record it', () => {
    const db = new Database(path.join(tempDir(), DATABASE_FILE));
    const broken = [
      { version: 1, name: 'ok', sql: 'CREATE TABLE a (x INTEGER)' },
      { version: 2, name: 'half', sql: 'CREATE TABLE b (x INTEGER); INSERT INTO missing VALUES (1);' },
    ];
    expect(() => runMigrations(db, broken)).toThrow(/missing/);
    expect(versions(db)).toEqual([1]);
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all();
    expect(tables.map((table) => table.name)).not.toContain('b');
    db.close();
  });

  it('creates the data directory from HANDOUTS_DATA_DIR on first use', async () => {
    const dir = path.join(tempDir(), 'nested', 'data');
    process.env.HANDOUTS_DATA_DIR = dir;
    expect(dataDirectory()).toBe(dir);
    expect(fs.existsSync(dir)).toBe(false);
    const store = getStore();
    expect(getStore()).toBe(store);
    await store.presets.create({ name: 'Persisted', sections: [{ id: 'hydration' }] }, AS_ADMIN);
    expect(fs.existsSync(path.join(dir, DATABASE_FILE))).toBe(true);

    closeStore();
    expect((await getStore().presets.list()).map((preset) => preset.name)).toEqual(['Persisted']);
  });

  it('defaults to data/ under the working directory', () => {
    expect(dataDirectory({})).toBe(path.join(process.cwd(), 'data'));
  });
});
