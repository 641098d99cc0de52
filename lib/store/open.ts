import path from 'node:path';

import type { TBrand } from '@/lib/spec/brand';

import { createSqliteBrands } from './brands';
import { DATABASE_FILE, dataDirectory, openDatabase } from './db';
import { openPgStore } from './pg/open';
import { createSqlitePresets } from './presets';
import type { HandoutStore } from './repository';
import { createSqliteSettings } from './settings';
import { createSqliteTransfer } from './transfer';
import { createSqliteTranslations } from './translations';
import { createSqliteUsers } from './users';

/** Opens a store on an SQLite file; tests use this with a temporary path. */
export function openStore(file: string): HandoutStore {
  const db = openDatabase(file);
  return {
    brands: createSqliteBrands(db),
    presets: createSqlitePresets(db),
    users: createSqliteUsers(db),
    settings: createSqliteSettings(db),
    translations: createSqliteTranslations(db),
    ...createSqliteTransfer(db),
    close: async () => {
      db.close();
    },
  };
}

/**
 * A store at a location as the command line names it: a postgres:// URL, or an SQLite file given as
 * `sqlite:<path>` or a plain path.
 */
export function openStoreAt(location: string): HandoutStore {
  if (/^postgres(ql)?:\/\//.test(location)) return openPgStore(location);
  return openStore(location.replace(/^sqlite:/, ''));
}

// Kept on globalThis so that Next's dev server, which re-evaluates modules, still holds one connection.
const SHARED = Symbol.for('clinic-handouts.store');
type WithStore = typeof globalThis & { [SHARED]?: HandoutStore };

/**
 * The process's single store, opened on first use: PostgreSQL when DATABASE_URL is set (several
 * instances share it), else the SQLite file under HANDOUTS_DATA_DIR. It stays synchronous: a PostgreSQL
 * store holds its migrations as a promise that every query awaits, so no caller has to.
 */
export function getStore(): HandoutStore {
  const holder = globalThis as WithStore;
  const url = process.env.DATABASE_URL;
  holder[SHARED] ??= url ? openPgStore(url) : openStore(path.join(dataDirectory(), DATABASE_FILE));
  return holder[SHARED];
}

/** Closes the shared store (tests, and a clean shutdown); the next getStore() opens it again. */
export async function closeStore(): Promise<void> {
  const holder = globalThis as WithStore;
  const store = holder[SHARED];
  holder[SHARED] = undefined;
  await store?.close();
}

/** A saved clinic profile as the inline brand object the PDF spec accepts. */
export function brandForSpec(id: string): Promise<TBrand> {
  return getStore().brands.forSpec(id);
}
