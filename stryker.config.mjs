// @ts-check
/*
 * Mutation testing (npm run test:mutation, never part of npm test). scripts/mutation.mjs runs one
 * folder at a time and passes its files to mutate, the tests that may kill them, and its own
 * incremental file; this holds what every folder shares.
 */
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  // The machine has two cores shared with other work: one test runner, one folder at a time.
  concurrency: 1,
  incremental: true,
  // Static mutants (schema definitions, evaluated once at import) each need a fresh import of the whole
  // pipeline (about 6 s here) and a run of every test: hours per folder on two shared cores. They are
  // left out; the logic inside the schemas (refinements, transforms) runs per parse and is mutated.
  ignoreStatic: true,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress-append-only'],
  clearTextReporter: { reportTests: false, reportMutants: false, maxTestsToLog: 0 },
  ignorePatterns: ['.next*', 'gallery', 'data', 'tests/e2e', 'test-results', 'playwright-report', 'docs'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
