import Database from 'better-sqlite3';
import pg from 'pg';

import { openStoreAt } from './open';

/*
 * `npm run store:copy`: moves a whole clinic store between engines, rows as they are (ids, versions,
 * timestamps, password hashes, logos byte for byte, the audit log with its numbers). Both engines
 * use the same table and column names (lib/store/pg/migrations.ts), so a row needs no translation.
 * The target must be empty and is written in one transaction: all or nothing.
 */

/** Parents before children (logos name their profile); schema_migrations stays each engine's own. */
export const COPIED_TABLES = [
  'brands',
  'brand_logos',
  'presets',
  'users',
  'settings',
  'audit_log',
  'translation_sets',
  'translation_overrides',
  'translation_approvals',
] as const;
type TTable = (typeof COPIED_TABLES)[number];
type TRow = Record<string, unknown>;

interface TRawStore {
  columns(table: TTable): Promise<string[]>;
  /** Every table's rows in insertion order, read from one snapshot. */
  readAll(): Promise<Record<TTable, TRow[]>>;
  count(table: TTable): Promise<number>;
  /** Inserts in one transaction; nothing stays if one row fails. */
  writeAll(rows: Record<TTable, TRow[]>): Promise<void>;
  close(): Promise<void>;
}

const isPostgres = (location: string) => /^postgres(ql)?:\/\//.test(location);

function insertText(table: string, keys: string[], place: (index: number) => string) {
  return `INSERT INTO ${table} (${keys.join(', ')}) VALUES (${keys.map((_, i) => place(i)).join(', ')})`;
}

function sqliteRaw(file: string): TRawStore {
  const db = new Database(file);
  const columns = (table: TTable) =>
    db
      .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
      .all()
      .map((column) => column.name);
  return {
    columns: async (table) => columns(table),
    readAll: async () =>
      db.transaction(() =>
        Object.fromEntries(
          COPIED_TABLES.map((table) => [
            table,
            db.prepare<[], TRow>(`SELECT * FROM ${table} ORDER BY rowid`).all(),
          ]),
        ),
      )() as Record<TTable, TRow[]>,
    count: async (table) => db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n ?? 0,
    writeAll: async (rows) =>
      db
        .transaction(() => {
          for (const table of COPIED_TABLES) {
            const keys = columns(table);
            const insert = db.prepare(insertText(table, keys, () => '?'));
            for (const row of rows[table]) insert.run(...keys.map((key) => row[key] ?? null));
          }
        })
        .immediate(),
    close: async () => {
      db.close();
    },
  };
}

// PostgreSQL has no rowid: the identity columns and creation times give the same order.
const PG_ORDER: Record<TTable, string> = {
  brands: 'seq',
  brand_logos: 'brand_id',
  presets: 'created_at, id',
  users: 'created_at, id',
  settings: 'key',
  translation_sets: 'locale',
  translation_overrides: 'locale, key',
  translation_approvals: 'locale, approved_at, key, reviewer_id',
  audit_log: 'seq',
};

function postgresRaw(url: string): TRawStore {
  const client = new pg.Client({ connectionString: url });
  const connected = client.connect();
  const columns = async (table: TTable) => {
    await connected;
    const { rows } = await client.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'`,
      [table],
    );
    // brands.seq is PostgreSQL's own insertion order, made again by the inserts.
    return rows.map((row) => row.column_name).filter((name) => !(table === 'brands' && name === 'seq'));
  };
  const inTransaction = async (begin: string, work: () => Promise<void>) => {
    await connected;
    await client.query(begin);
    try {
      await work();
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  };
  return {
    columns,
    readAll: async () => {
      const all: Partial<Record<TTable, TRow[]>> = {};
      await inTransaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', async () => {
        for (const table of COPIED_TABLES) {
          all[table] = (await client.query<TRow>(`SELECT * FROM ${table} ORDER BY ${PG_ORDER[table]}`)).rows;
        }
      });
      return all as Record<TTable, TRow[]>;
    },
    count: async (table) => {
      await connected;
      return (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n ?? 0;
    },
    writeAll: (rows) =>
      inTransaction('BEGIN', async () => {
        for (const table of COPIED_TABLES) {
          const keys = await columns(table);
          const text = insertText(table, keys, (index) => `$${index + 1}`);
          for (const row of rows[table])
            await client.query(
              text,
              keys.map((key) => row[key] ?? null),
            );
        }
        // The next audit entry continues after the copied ones.
        await client.query(
          `SELECT setval(pg_get_serial_sequence('audit_log', 'seq'), coalesce(max(seq), 0) + 1, false) FROM audit_log`,
        );
      }),
    close: () => client.end(),
  };
}

async function openRaw(location: string): Promise<TRawStore> {
  // Opening the store first brings its schema up to date (an empty target gets its tables).
  const store = openStoreAt(location);
  await store.settings.get();
  await store.close();
  return isPostgres(location) ? postgresRaw(location) : sqliteRaw(location.replace(/^sqlite:/, ''));
}

export async function copyStore(from: string, to: string): Promise<Record<TTable, number>> {
  const [source, target] = await Promise.all([openRaw(from), openRaw(to)]);
  try {
    for (const table of COPIED_TABLES) {
      if ((await target.count(table)) > 0) {
        throw new Error(`The target store is not empty (${table} has rows). Nothing was copied.`);
      }
      const known = new Set(await target.columns(table));
      const lost = (await source.columns(table)).filter((column) => !known.has(column));
      if (lost.length > 0) {
        throw new Error(`The target has no column ${table}.${lost.join(', ')}: update the app there first.`);
      }
    }
    const rows = await source.readAll();
    await target.writeAll(rows);
    return Object.fromEntries(COPIED_TABLES.map((table) => [table, rows[table].length])) as Record<
      TTable,
      number
    >;
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
}
