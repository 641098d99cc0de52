import type { HandoutStore } from '../repository';
import { createPgBrands } from './brands';
import { openPgDatabase } from './db';
import { createPgPresets } from './presets';
import { createPgSettings } from './settings';
import { createPgTransfer } from './transfer';
import { createPgTranslations } from './translations';
import { createPgUsers } from './users';

/** A store on a PostgreSQL database (postgres://…); its migrations run before the first query answers. */
export function openPgStore(url: string): HandoutStore {
  const db = openPgDatabase(url);
  return {
    brands: createPgBrands(db),
    presets: createPgPresets(db),
    users: createPgUsers(db),
    settings: createPgSettings(db),
    translations: createPgTranslations(db),
    ...createPgTransfer(db),
    close: () => db.close(),
  };
}
