import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import Database from 'better-sqlite3';

import { DATABASE_FILE } from '@/lib/store/db';

import { pdfText } from '../helpers/pdf';

/*
 * Issue 16, as a clinic does it: an admin and a translation reviewer check the Spanish handout. One
 * corrects a string (a correction that drops a variable is refused first), both approve every string
 * (red flags and safety lines need the two of them), the builder then calls Spanish reviewed, and the
 * PDF prints the correction under a new handout code. The settings export carries the whole review
 * along. Last, an English source that changed after its approval makes that string "changed since
 * review". Runs in the `sign-in` project (it creates the clinic admin when no other test has).
 */

test.describe.configure({ mode: 'serial' });
// About 400 strings on one page, and as many API writes, on a busy 2-core machine.
test.setTimeout(300_000);

const OWNER = { username: 'owner', displayName: 'Clinic Owner', password: 'a long clinic password' };
const REVIEWER = { username: 'rosa', displayName: 'Rosa Díaz', password: 'reviewer password 1' };
const TITLE = 'Espasmo lumbar: su plan para cuidarse en casa';
const SPEC = {
  brand: { name: 'Harbour Physio', phone: '555-0150' },
  locale: 'es',
  sections: [{ id: 'hydration' }, { id: 'red-flags' }],
};

interface TView {
  version: number;
  summary: { state: string; reviewed: number; total: number };
  strings: { key: string; needs: number; status: string }[];
}

async function signIn(request: APIRequestContext, who: { username: string; password: string }) {
  const response = await request.post('/api/auth/sign-in', {
    data: { username: who.username, password: who.password },
  });
  expect(response.status()).toBe(200);
}

async function view(request: APIRequestContext): Promise<TView> {
  const response = await request.get('/api/translations/es');
  expect(response.status()).toBe(200);
  return (await response.json()) as TView;
}

/** Approves the strings through the API, one write at a time with the version it read. */
async function approveAll(request: APIRequestContext, keys: string[]) {
  let { version } = await view(request);
  for (const key of keys) {
    const response = await request.put(`/api/translations/es/${encodeURIComponent(key)}`, {
      data: { approve: true },
      headers: { 'If-Match': `"${version}"` },
    });
    expect(response.status(), key).toBe(200);
    ({ version } = (await response.json()) as TView);
  }
}

const codeOf = async (request: APIRequestContext) => {
  const response = await request.post('/api/handouts', { data: SPEC });
  expect(response.status()).toBe(200);
  const name = /back-spasm-handout-([\w.-]+)\.pdf/.exec(response.headers()['content-disposition'] ?? '');
  return { code: name?.[1] ?? '', text: (await pdfText(new Uint8Array(await response.body()))).text };
};

const row = (page: Page, key: string) => page.getByRole('article', { name: key, exact: true });

let shippedCode = '';

test('the admin corrects a Spanish string; a correction that drops a variable is refused', async ({
  page,
}) => {
  // The first admin, unless the admin test made it already.
  const setup = await page.request.post('/api/auth/setup', { data: OWNER });
  expect([201, 403]).toContain(setup.status());
  await signIn(page.request, OWNER);
  const users = await page.request.post('/api/users', { data: { ...REVIEWER, role: 'reviewer' } });
  expect([201, 409, 422]).toContain(users.status());
  ({ code: shippedCode } = await codeOf(page.request));

  await page.goto('/settings');
  await page.getByRole('link', { name: 'Review translations' }).click();
  await expect(page.getByRole('heading', { name: 'Translation review' })).toBeVisible();
  await expect(page.getByText(/0 of \d+ lines reviewed\./)).toBeVisible();

  const emergency = row(page, 'doc.emergency');
  await emergency.getByRole('button', { name: 'Correct' }).click();
  await emergency
    .getByLabel('Correction of doc.emergency')
    .fill('¿Emergencia? Llame al número de emergencias');
  await emergency.getByRole('button', { name: 'Save correction' }).click();
  await expect(emergency.getByRole('alert')).toHaveText(
    'Keep the variables of the English: {{number}} is missing.',
  );
  await emergency.getByRole('button', { name: 'Cancel' }).click();

  const title = row(page, 'doc.title');
  await title.getByRole('button', { name: 'Correct' }).click();
  await title.getByLabel('Correction of doc.title').fill(TITLE);
  // The line as the handout prints it follows the typing.
  await expect(title.locator('.string-example')).toHaveText(TITLE);
  await title.getByRole('button', { name: 'Save correction' }).click();
  await expect(title.getByText('Corrected by the clinic')).toBeVisible();
  await expect(title.getByText('Reviewed', { exact: true })).toBeVisible();
  await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Corrected by the clinic' });
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByText(/^1 of \d+ lines reviewed\. Lines shown: 1\.$/)).toBeVisible();
  await page.screenshot({ path: 'test-results/translation-review-corrected.png', fullPage: false });

  const stored = await view(page.request);
  expect(stored.strings.find((string) => string.key === 'doc.emergency')?.status).toBe('open');
});

test('two reviewers approve every Spanish string; the builder calls Spanish reviewed and prints the correction', async ({
  page,
  browser,
}) => {
  await signIn(page.request, OWNER);
  const all = (await view(page.request)).strings;
  await approveAll(
    page.request,
    all.filter((string) => string.key !== 'doc.title').map((string) => string.key),
  );
  const afterOne = await view(page.request);
  expect(afterOne.summary.state).toBe('partly');
  expect(afterOne.strings.filter((string) => string.status === 'second').length).toBe(
    all.filter((string) => string.needs === 2).length,
  );

  // The second reviewer, in a browser of their own: one red flag in the page, the rest through the API.
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const second = await context.newPage();
  await signIn(second.request, REVIEWER);
  await second.goto('/translations');
  await second.getByLabel('Show', { exact: true }).selectOption({ label: 'Red flags and safety lines' });
  const saddle = row(second, 'red-flags.saddle');
  await expect(saddle.getByText('Needs a second reviewer')).toBeVisible();
  await saddle.getByRole('button', { name: 'Approve' }).click();
  await expect(saddle.getByText('Reviewed', { exact: true })).toBeVisible();
  await expect(saddle.getByText('Clinic Owner, Rosa Díaz')).toBeVisible();
  await second.screenshot({ path: 'test-results/translation-review-red-flags.png' });
  await approveAll(
    second.request,
    all
      .filter((string) => string.needs === 2 && string.key !== 'red-flags.saddle')
      .map((string) => string.key),
  );
  await context.close();
  const done = await view(page.request);
  expect(done.summary).toMatchObject({ state: 'reviewed', reviewed: done.summary.total });

  await page.goto('/');
  // A choice made before the builder has hydrated is lost (it failed once on a busy machine).
  await expect(page.locator('.preview-status')).toHaveText('Preview is up to date.', { timeout: 30_000 });
  await page.getByLabel('Handout language').selectOption('es');
  await expect(page.getByText(/Español was reviewed by your clinic on \w+ \d+, \d{4}\./)).toBeVisible();
  await expect(page.locator('.draft-notice')).toHaveCount(0);
  await expect(page.getByText(/is a draft translation/)).toHaveCount(0);
  await page.locator('.panel.format').screenshot({ path: 'test-results/translation-review-builder.png' });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const download = await downloading;
  const pdf = await readFile((await download.path()) ?? '');
  expect((await pdfText(new Uint8Array(pdf))).text).toContain(TITLE);

  const corrected = await codeOf(page.request);
  expect(corrected.text).toContain(TITLE);
  expect(corrected.code).not.toBe(shippedCode);
});

test('the settings export carries the review to a new machine; importing it again adds nothing', async ({
  page,
}) => {
  await signIn(page.request, OWNER);
  await page.goto('/settings');
  const transfer = page.locator('section', {
    has: page.getByRole('heading', { name: 'Move to a new computer, or share with another clinic' }),
  });
  const exporting = page.waitForEvent('download');
  await transfer.getByRole('link', { name: 'Export to a file' }).click();
  const exported = JSON.parse(await readFile((await (await exporting).path()) ?? '', 'utf8')) as {
    translations: Record<
      string,
      { overrides: Record<string, string>; approvals: { reviewerName: string }[] }
    >;
  };
  const es = exported.translations.es;
  expect(es?.overrides).toEqual({ 'doc.title': TITLE });
  const { strings } = await view(page.request);
  const needed = strings.reduce((sum, string) => sum + string.needs, 0);
  expect(es?.approvals.length).toBeGreaterThanOrEqual(needed);
  expect(new Set(es?.approvals.map((approval) => approval.reviewerName))).toEqual(
    new Set(['Clinic Owner', 'Rosa Díaz']),
  );

  // Only the translations, so the clinic's profiles are not doubled: this clinic already holds all of it.
  await transfer.getByLabel('Import a file').setInputFiles({
    name: 'moving.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...exported, brands: [], presets: [] })),
  });
  await expect(
    transfer.getByText('Imported. Clinic profiles added: 0. Saved handouts added: 0.'),
  ).toBeVisible();
  await expect(
    transfer.getByText('Español: corrections added: 0. Approvals added: 0. Your own corrections kept: 0.'),
  ).toBeVisible();
  expect((await view(page.request)).summary.state).toBe('reviewed');
});

test('an English source that changed after its approval makes the string "changed since review"', async ({
  page,
}) => {
  // The approval as a new content version leaves it: stored with the hash of an earlier English.
  const db = new Database(path.join(process.env.HANDOUTS_E2E_DATA_DIR ?? '', DATABASE_FILE));
  try {
    db.prepare(
      "UPDATE translation_approvals SET source_hash = '0123456789abcdef' WHERE locale = 'es' AND key = 'doc.subject'",
    ).run();
  } finally {
    db.close();
  }
  await signIn(page.request, OWNER);
  await page.goto('/translations');
  await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Changed since review' });
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(row(page, 'doc.subject').getByText('Changed since review')).toBeVisible();

  // The change log names the review's actions in words, with the reviewer who took them.
  await page.goto('/settings');
  const log = page.locator('section', { has: page.getByRole('heading', { name: 'Change log' }) });
  await expect(log.getByText(/^Translation approved · translation “[\w.-]+”$/).first()).toBeVisible();
  await expect(log.getByText('Rosa Díaz (translation reviewer)').first()).toBeVisible();

  await page.goto('/');
  // A choice made before the builder has hydrated is lost (it failed once on a busy machine).
  await expect(page.locator('.preview-status')).toHaveText('Preview is up to date.', { timeout: 30_000 });
  await page.getByLabel('Handout language').selectOption('es');
  await expect(
    page
      .getByText(/Español is partly reviewed by your clinic \(\d+ of \d+ lines\)\. Still draft: General\./)
      .first(),
  ).toBeVisible();
});
