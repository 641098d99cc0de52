import pg from 'pg';

import { lockKey } from './lock';
import { runPgMigrations } from './migrations';

/** The three shapes a statement's answer takes, like better-sqlite3's all/get/run. */
export interface TSql {
  all(text: string, values?: readonly unknown[]): Promise<unknown[]>;
  get(text: string, values?: readonly unknown[]): Promise<unknown>;
  /** The number of rows the statement changed. */
  run(text: string, values?: readonly unknown[]): Promise<number>;
}

export interface TPgDatabase {
  /** Reads outside a transaction, for single-statement answers. */
  sql: TSql;
  /**
   * A write transaction. It first takes the store's write lock, so writes run one at a time as in
   * SQLite's BEGIN IMMEDIATE: a version check, the single-default rule, a free name or the last admin
   * is read and written without another instance's write in between.
   */
  write<T>(work: (sql: TSql) => Promise<T>): Promise<T>;
  /** A read-only snapshot: every statement in `work` sees the same committed state. */
  snapshot<T>(work: (sql: TSql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function sqlOf(client: pg.Pool | pg.PoolClient): TSql {
  const query = (text: string, values: readonly unknown[] = []) => client.query(text, [...values]);
  return {
    all: async (text, values) => (await query(text, values)).rows,
    get: async (text, values) => (await query(text, values)).rows[0],
    run: async (text, values) => (await query(text, values)).rowCount ?? 0,
  };
}

const noop = () => undefined;

async function inTransaction<T>(pool: pg.Pool, begin: string, work: (sql: TSql) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await work(sqlOf(client));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * A connection pool on DATABASE_URL. The schema is brought up to date once, before the first query
 * (migrations take an advisory lock, so instances starting together migrate once); every method waits
 * for that, which keeps getStore() synchronous for its callers.
 */
export function openPgDatabase(url: string): TPgDatabase {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // An idle client whose server went away must not crash the process; the next query reconnects.
  pool.on('error', noop);
  const ready = runPgMigrations(pool);
  // Awaited by every call below; this only keeps an early failure from being an unhandled rejection.
  ready.catch(noop);
  const direct = sqlOf(pool);
  let closing: Promise<void> | undefined;
  return {
    sql: {
      all: async (text, values) => (await ready, direct.all(text, values)),
      get: async (text, values) => (await ready, direct.get(text, values)),
      run: async (text, values) => (await ready, direct.run(text, values)),
    },
    write: async (work) => {
      await ready;
      return inTransaction(pool, 'BEGIN', async (sql) => {
        await sql.run(`SELECT pg_advisory_xact_lock(${lockKey('write')})`);
        return work(sql);
      });
    },
    snapshot: async (work) => {
      await ready;
      return inTransaction(pool, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', work);
    },
    // Idempotent: a test's cleanup and a shutdown may both close the store.
    close: () => (closing ??= ready.then(noop, noop).then(() => pool.end())),
  };
}
