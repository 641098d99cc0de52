import os from 'node:os';
import path from 'node:path';

import { defineConfig } from '@playwright/test';

import { OIDC_CLIENT, OIDC_ISSUER } from './tests/helpers/oidc-config';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// A fresh store for every run: profiles and presets from an earlier run (or from a developer's own use)
// must not change what the tests see. The app creates the directory on first use.
// Kept in the environment, which the test workers inherit, so a test can read what the server stored.
process.env.HANDOUTS_E2E_DATA_DIR ??= path.join(os.tmpdir(), `handouts-e2e-${Date.now()}-${process.pid}`);
const DATA_DIR = process.env.HANDOUTS_E2E_DATA_DIR;

// The tests that sign in (and so create the clinic admin, if no test has yet).
const SIGNS_IN = /(auth-[^/]*|translation-review)\.spec\.ts$/;

/*
 * Playwright cannot download its own browsers here: the tests drive Debian's Chromium, which
 * `npm test` installs. The flags keep it from reaching out to Google's services at start-up.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  // A preview is a real PDF render: on a busy 2-core machine it can take longer than Playwright's 5 s.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'builder', testIgnore: SIGNS_IN },
    // Creating the clinic admin ends the store's open first day for good, so the sign-in tests run last.
    { name: 'sign-in', testMatch: SIGNS_IN, dependencies: ['builder'] },
  ],
  webServer: {
    command: 'node scripts/serve.mjs',
    url: `http://localhost:${PORT}/api/sections`,
    reuseExistingServer: false,
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      HANDOUTS_DATA_DIR: DATA_DIR,
      PORT: String(PORT),
      HOST: 'localhost',
      // The organisation sign-in of tests/e2e/auth-oidc.spec.ts, against the provider that test starts.
      HANDOUTS_OIDC_ISSUER: OIDC_ISSUER,
      HANDOUTS_OIDC_CLIENT_ID: OIDC_CLIENT.id,
      HANDOUTS_OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
      HANDOUTS_PUBLIC_URL: `http://localhost:${PORT}`,
    },
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
