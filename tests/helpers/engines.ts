import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, inject } from 'vitest';

import { DATABASE_FILE } from '@/lib/store/db';
import { closeStore, openStore } from '@/lib/store/open';
import { openPgStore } from '@/lib/store/pg/open';
import type { HandoutStore } from '@/lib/store/repository';

/*
 * Every store test runs on both engines. A test store is a temporary SQLite file, or a fresh schema in
 * the run's PostgreSQL server (tests/helpers/pg-global-setup.ts), selected through the connection's
 * search_path so the app's own SQL needs no schema names.
 */

export interface TTempStore {
  store: HandoutStore;
  /** The location, as `npm run store:copy` and DATABASE_URL take it. */
  location: string;
  cleanup: () => Promise<void>;
}

export interface TEngine {
  name: 'SQLite' | 'PostgreSQL';
  /** An empty location (a file path or a postgres:// URL with its own schema) and its removal. */
  emptyLocation(): Promise<{ location: string; remove: () => Promise<void> }>;
  open(location: string): HandoutStore;
  /** A query straight on the database, around the store (to check what the store really wrote). */
  query(location: string, sql: string): Promise<Record<string, unknown>[]>;
  /** SQL listing every column as { table, column }. */
  columnsSql: string;
  tempStore(): Promise<TTempStore>;
  /**
   * Points getStore() at a fresh empty store of this engine (for route tests) until the returned
   * function runs.
   */
  useForApp(): Promise<{ location: string; restore: () => Promise<void> }>;
}

async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function engine(
  base: Pick<TEngine, 'name' | 'emptyLocation' | 'open' | 'query' | 'columnsSql'>,
  appEnv: (location: string) => Record<string, string>,
): TEngine {
  const { emptyLocation, open } = base;
  return {
    ...base,
    tempStore: async () => {
      const { location, remove } = await emptyLocation();
      const store = open(location);
      return {
        store,
        location,
        cleanup: async () => {
          await store.close();
          await remove();
        },
      };
    },
    useForApp: async () => {
      const { location, remove } = await emptyLocation();
      const saved = {
        DATABASE_URL: process.env.DATABASE_URL,
        HANDOUTS_DATA_DIR: process.env.HANDOUTS_DATA_DIR,
      };
      await closeStore();
      delete process.env.DATABASE_URL;
      Object.assign(process.env, appEnv(location));
      const restore = async () => {
        await closeStore();
        delete process.env.DATABASE_URL;
        if (saved.DATABASE_URL !== undefined) process.env.DATABASE_URL = saved.DATABASE_URL;
        delete process.env.HANDOUTS_DATA_DIR;
        if (saved.HANDOUTS_DATA_DIR !== undefined) process.env.HANDOUTS_DATA_DIR = saved.HANDOUTS_DATA_DIR;
        await remove();
      };
      return { location, restore };
    },
  };
}

export const SQLITE = engine(
  {
    name: 'SQLite',
    emptyLocation: async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handouts-store-'));
      return {
        location: path.join(dir, DATABASE_FILE),
        remove: async () => fs.rmSync(dir, { recursive: true, force: true }),
      };
    },
    open: openStore,
    query: async (location, sql) => {
      const db = new Database(location);
      try {
        const statement = db.prepare<[], Record<string, unknown>>(sql);
        if (statement.reader) return statement.all();
        statement.run();
        return [];
      } finally {
        db.close();
      }
    },
    columnsSql: `SELECT m.name AS "table", p.name AS "column"
      FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'`,
  },
  (location) => ({ HANDOUTS_DATA_DIR: path.dirname(location) }),
);

export const POSTGRES = engine(
  {
    name: 'PostgreSQL',
    emptyLocation: async () => {
      const server = inject('pgUrl');
      const schema = `test_${randomBytes(6).toString('hex')}`;
      await onServer(server, (client) => client.query(`CREATE SCHEMA ${schema}`));
      const url = new URL(server);
      url.searchParams.set('options', `-c search_path=${schema}`);
      return {
        location: url.toString(),
        remove: async () => {
          await onServer(server, (client) => client.query(`DROP SCHEMA ${schema} CASCADE`));
        },
      };
    },
    open: openPgStore,
    query: (location, sql) => onServer(location, async (client) => (await client.query(sql)).rows),
    columnsSql: `SELECT table_name AS "table", column_name AS "column"
      FROM information_schema.columns WHERE table_schema = current_schema()`,
  },
  (location) => ({ DATABASE_URL: location }),
);

/** Why no PostgreSQL server is there for this run, or '' when there is one. */
export const pgSkipReason = () => (inject('pgUrl') ? '' : inject('pgSkipReason') || 'no PostgreSQL server');

/**
 * `describe(title)` once per engine. When no PostgreSQL server could be started its half is reported
 * as skipped, with the reason in the suite's name, never passed.
 */
export function forEachEngine(title: string, body: (engine: TEngine) => void): void {
  describe(`${title} [SQLite]`, () => body(SQLITE));
  const reason = pgSkipReason();
  describe.skipIf(reason !== '')(`${title} [PostgreSQL]${reason && ` (skipped: ${reason})`}`, () =>
    body(POSTGRES),
  );
}
