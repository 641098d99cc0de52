import { expect, test } from '@playwright/test';

import { openBuilder, seriousViolations, shownPreview } from '../helpers/e2e';

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 800, height: 1200 },
]) {
  test(`axe finds no serious or critical problems at ${viewport.width}x${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openBuilder(page);
    expect(await seriousViolations(page)).toEqual([]);
    // With an error on screen too: the message, the summary and the paused preview.
    await page.getByLabel('Heat minutes (10–20)').fill('45');
    await expect(page.getByText('Use a whole number from 10 to 20.')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('form and preview sit side by side at 1280x800 and stack on a tablet in portrait', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openBuilder(page);
  const form = page.locator('form.form-pane');
  const preview = page.locator('#preview');
  const [wideForm, widePreview] = [await form.boundingBox(), await preview.boundingBox()];
  expect(widePreview?.x).toBeGreaterThan((wideForm?.x ?? 0) + (wideForm?.width ?? 0) - 1);
  expect(widePreview?.y).toBeLessThan(200);

  await page.setViewportSize({ width: 800, height: 1200 });
  const [tallForm, tallPreview] = [await form.boundingBox(), await preview.boundingBox()];
  expect(tallPreview?.width).toBeGreaterThan(700);
  expect(tallForm?.width).toBeGreaterThan(700);
  expect(tallPreview?.y).toBeLessThan(tallForm?.y ?? 0);
  await expect(page.locator('.pdf-page canvas').first()).toBeVisible();
});

test.describe('with the Content-Security-Policy switched off', () => {
  // The app's CSP would block an outside request silently; this checks that the page never tries one.
  test.use({ bypassCSP: true });

  test('no request leaves the origin', async ({ page, baseURL }) => {
    const outside: string[] = [];
    const all: string[] = [];
    page.context().on('request', (request) => {
      const url = request.url();
      all.push(url);
      const isLocal = /^(blob:|data:)/.test(url) || url.startsWith(`${baseURL}/`);
      if (!isLocal) outside.push(url);
    });
    await openBuilder(page);
    await page.getByLabel('Heat minutes (10–20)').fill('12');
    await expect(shownPreview(page)).toContainText('12 minutes');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    await downloading;
    await page.reload();
    await expect(shownPreview(page)).toContainText('12 minutes');
    expect(outside).toEqual([]);
    // The pdf.js worker is served by the app itself.
    expect(all.filter((url) => url.includes('pdf.worker'))[0]).toMatch(new RegExp(`^${baseURL}/`));
  });
});
