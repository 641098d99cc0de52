import os from 'node:os';
import path from 'node:path';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.{ts,tsx}', 'templates/**/*.test.{ts,tsx}'],
    environment: 'node',
    // One throwaway PostgreSQL server for the store tests' second engine (skipped, with the reason, if none).
    globalSetup: ['tests/helpers/pg-global-setup.ts'],
    // Renders without a brand fall back to the default clinic profile: keep that store out of the repo.
    env: {
      HANDOUTS_DATA_DIR: path.join(os.tmpdir(), `handouts-vitest-${process.pid}`),
      // The token scripts/serve.mjs would give the app; tests/helpers/requests.ts sends it.
      HANDOUTS_PEER_TOKEN: 'vitest-peer-token',
    },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PDF renders are CPU-bound; two workers match the two cores of the target machine.
    maxWorkers: 2,
  },
});
