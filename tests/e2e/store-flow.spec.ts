import { readFile } from 'node:fs/promises';

import { type APIRequestContext, expect, type Page, test } from '@playwright/test';

import { goodPng } from '../fixtures/store/images';
import { seriousViolations, shownPreview } from '../helpers/e2e';
import { pdfText } from '../helpers/pdf';

/*
 * The store as a clinician meets it: a clinic profile with a logo made on the settings page and printed
 * by the builder, a saved handout that outlives a reload, and the files the upload and import refuse.
 * playwright.config.ts gives every run an empty store of its own.
 */

const CLINIC = 'Northside Physio';
const chosenOrder = (page: Page) =>
  page
    .locator('ol.section-list > li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-section')));

/** Leaves the store empty, so a spec that runs after this one meets the builder without profiles. */
async function emptyStore(request: APIRequestContext) {
  type Listed = { id: string; version: number }[];
  const ifMatch = (version: number) => ({ headers: { 'if-match': `"${version}"` } });
  // One at a time, each at the version it has now: deleting the default changes another profile.
  for (const kind of ['brands', 'presets'] as const) {
    for (;;) {
      const items =
        ((await (await request.get(`/api/${kind}`)).json()) as Record<string, Listed>)[kind] ?? [];
      const [first] = items;
      if (!first) break;
      expect((await request.delete(`/api/${kind}/${first.id}`, ifMatch(first.version))).status()).toBe(204);
    }
  }
}

// The later tests use what the earlier ones saved.
test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ request }) => emptyStore(request));
test.afterAll(async ({ request }) => emptyStore(request));

async function createProfile(page: Page) {
  await page.goto('/settings');
  await expect(page.getByText('No clinic profiles yet.')).toBeVisible();
  await page.getByLabel('Clinic name').fill(CLINIC);
  await page.getByLabel('Clinic phone').fill('555-0142');
  await page.getByLabel('After-hours phone (optional)').fill('555-0199');
  // Too light to read on white: refused where it is typed, with the schema's own words.
  const accent = page.getByLabel('Accent colour', { exact: true });
  await accent.fill('#ffe680');
  await expect(accent).toHaveAttribute('aria-invalid', 'true');
  await expect(accent).toHaveAccessibleDescription(/too light to read on white/);
  expect(await seriousViolations(page)).toEqual([]);
  await accent.fill('#7a1f5c');
  await expect(accent).not.toHaveAttribute('aria-invalid', 'true');
  const preview = page.locator('.header-preview');
  await expect(preview).toContainText(CLINIC);
  await expect(preview).toContainText('After hours: 555-0199');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Profile “${CLINIC}” created.` })).toBeVisible();
}

test('a clinic profile with a logo prints on the handout; a disguised file keeps the old logo', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await createProfile(page);

  const logoInput = page.getByLabel('Logo', { exact: true });
  await logoInput.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: await goodPng(600, 200) });
  await expect(page.getByText('Logo saved.')).toBeVisible();
  const stored = page.getByRole('img', { name: `Logo of ${CLINIC}` });
  await expect(stored).toBeVisible();
  await expect(page.locator('.header-preview img')).toBeVisible();
  const logoUrl = (await stored.getAttribute('src')) ?? '';
  const logoBefore = await (await page.request.get(logoUrl)).body();

  // A text file named .png: refused with a sentence, and the stored logo stays as it was.
  await logoInput.setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('This is a text file, not a picture.\n'),
  });
  await expect(page.getByText(/^This file was not used\. .*The previous logo is kept\.$/)).toBeVisible();
  await expect(stored).toHaveAttribute('src', logoUrl);
  expect((await (await page.request.get(logoUrl)).body()).equals(logoBefore)).toBe(true);

  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/store-settings.png', fullPage: true });

  // The builder preselects the default profile and prints it, logo and all.
  const bodies: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/handouts')) bodies.push(request.postData() ?? '');
  });
  await page.goto('/');
  await expect(page.getByLabel('Clinic profile')).toHaveValue(/[0-9a-f-]{36}/);
  await expect(page.getByLabel('Clinic profile').locator('option:checked')).toHaveText(`${CLINIC} (default)`);
  await expect(page.getByLabel('Clinic name')).toHaveCount(0);
  await expect(shownPreview(page)).toContainText(CLINIC, { timeout: 20_000 });
  await page.screenshot({ path: 'test-results/store-builder.png' });
  await page.locator('.panel.brand').screenshot({ path: 'test-results/store-builder-clinic.png' });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const pdf = await readFile((await (await downloading).path()) ?? '');
  const { text } = await pdfText(new Uint8Array(pdf));
  expect(text).toContain(CLINIC);
  expect(text).toContain('After hours: 555-0199');
  expect(pdf.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);

  // The inline brand the builder sends prints the same bytes as naming the profile by its id.
  const { brand: _brand, ...rest } = JSON.parse(bodies.at(-1) ?? '{}') as Record<string, unknown>;
  const byId = await page.request.post('/api/handouts', {
    data: { ...rest, brandId: await page.getByLabel('Clinic profile').inputValue() },
  });
  expect(byId.status()).toBe(200);
  expect((await byId.body()).equals(pdf)).toBe(true);
});

test('a saved handout outlives a reload and starts a new handout, without the patient', async ({ page }) => {
  await page.goto('/');
  await expect(shownPreview(page)).toContainText('What to expect', { timeout: 20_000 });
  await page.getByLabel('Patient name (optional)').fill('Alex Rivera');
  await page.getByLabel('Start from').selectOption({ label: 'Prevention after a spasm' });
  await page.getByRole('radio', { name: 'A4' }).check();
  await page.getByRole('radio', { name: 'Centimeters' }).check();
  const saved = await chosenOrder(page);

  await page.getByRole('button', { name: 'Save as a saved handout' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as a saved handout' });
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await dialog.getByLabel('Name').fill('Prevention, metric');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Saved as “Prevention, metric”.')).toBeAttached();
  expect(JSON.stringify(await (await page.request.get('/api/presets')).json())).not.toContain('Alex');

  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Letter' })).toBeChecked();
  expect(await chosenOrder(page)).not.toEqual(saved);

  await page.getByLabel('Start from').selectOption({ label: 'Prevention, metric' });
  await expect(page.getByRole('radio', { name: 'A4' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Centimeters' })).toBeChecked();
  expect(await chosenOrder(page)).toEqual(saved);
  await expect(shownPreview(page)).toContainText('Prevent the next spasm');
});

test('saved handouts are renamed, duplicated and deleted; an invalid import changes nothing', async ({
  page,
}) => {
  await page.goto('/settings');
  const presets = page.locator('section', { has: page.getByRole('heading', { name: 'Saved handouts' }) });
  await expect(presets.getByRole('heading', { name: 'Prevention, metric' })).toBeVisible();
  await presets.getByRole('button', { name: 'Rename “Prevention, metric”' }).click();
  const name = presets.getByLabel('New name for “Prevention, metric”');
  await expect(name).toBeFocused();
  await name.fill('Prevention (cm)');
  await name.press('Enter');
  await expect(presets.getByRole('heading', { name: 'Prevention (cm)' })).toBeVisible();
  await presets.getByRole('button', { name: 'Duplicate “Prevention (cm)”' }).click();
  await expect(presets.getByRole('heading', { name: 'Prevention (cm) (copy)' })).toBeVisible();
  await presets.getByRole('button', { name: 'Delete “Prevention (cm) (copy)”' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(presets.getByRole('heading', { name: 'Prevention (cm) (copy)' })).toHaveCount(0);

  const exporting = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export to a file' }).click();
  const exported = JSON.parse(await readFile((await (await exporting).path()) ?? '', 'utf8')) as {
    presets: { name: string }[];
  };
  expect(exported.presets.map((preset) => preset.name)).toEqual(['Prevention (cm)']);

  const before = JSON.stringify((await (await page.request.get('/api/presets')).json()) as unknown);
  const invalid = { ...exported, presets: [{ ...exported.presets[0], patient: { name: 'Alex' } }] };
  await page.getByLabel('Import a file').setInputFiles({
    name: 'shared.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(invalid)),
  });
  await expect(page.getByText('The file was not imported, and nothing was changed:')).toBeVisible();
  await expect(page.locator('.transfer-outcome li').first()).toContainText('presets[0]');
  expect(JSON.stringify((await (await page.request.get('/api/presets')).json()) as unknown)).toBe(before);

  await page.getByLabel('Import a file').setInputFiles({
    name: 'shared.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  await expect(page.getByText('Imported. Clinic profiles added: 1. Saved handouts added: 1.')).toBeVisible();
  await expect(presets.getByRole('heading', { name: /^Prevention \(cm\) \(/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
