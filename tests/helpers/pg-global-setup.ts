import type { TestProject } from 'vitest/node';

import { startPgServer } from './pg-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server the store tests may create schemas in; empty when there is none. */
    pgUrl: string;
    /** Why the PostgreSQL half of the store tests is skipped, when it is. */
    pgSkipReason: string;
  }
}

/**
 * One PostgreSQL server for the whole run (a few seconds to start), shared by every worker: each test
 * store lives in its own schema. HANDOUTS_TEST_DATABASE_URL uses an existing server instead.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.HANDOUTS_TEST_DATABASE_URL;
  if (given) {
    project.provide('pgUrl', given);
    project.provide('pgSkipReason', '');
    return () => undefined;
  }
  try {
    const server = await startPgServer();
    project.provide('pgUrl', server.url);
    project.provide('pgSkipReason', '');
    return () => server.stop();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(`\n! PostgreSQL store tests skipped: ${reason}\n`);
    project.provide('pgUrl', '');
    project.provide('pgSkipReason', reason);
    return () => undefined;
  }
}
