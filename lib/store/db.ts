import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

import { runMigrations } from './migrations';

export type TDatabase = Database.Database;

export const DATABASE_FILE = 'handouts.sqlite';

/** `HANDOUTS_DATA_DIR`, or `data/` in the working directory (git-ignored). */
export function dataDirectory(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return path.resolve(env.HANDOUTS_DATA_DIR || path.join(process.cwd(), 'data'));
}

/** Opens (creating when missing) a store file, sets the connection up and brings its schema up to date. */
export function openDatabase(file: string): TDatabase {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    // Set first: the pragmas below and the migrations may wait for another process's lock.
    db.pragma('busy_timeout = 5000');
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new Error(`The store could not switch to WAL mode (got ${String(mode)}).`);
    // FULL: a committed profile survives a power cut, not only a crashed process; writes are rare.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    runMigrations(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
