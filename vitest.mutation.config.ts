import { defineConfig, mergeConfig } from 'vitest/config';

import base from './vitest.config';

/*
 * The unit config for Stryker (npm run test:mutation): the same aliases and environment, without the
 * throwaway PostgreSQL server (the store tests' PostgreSQL half reports itself skipped; every mutant in
 * the store's validation is reached through the SQLite half), one worker, since Stryker runs its own,
 * and modules kept loaded between runs: Stryker switches mutants at run time, and importing the
 * pipeline again for each of hundreds of mutants cost more than the tests themselves.
 */
const { globalSetup: _omitted, ...test } = base.test ?? {};

export default mergeConfig(
  defineConfig({ resolve: base.resolve }),
  defineConfig({ test: { ...test, maxWorkers: 1, isolate: false } }),
);
