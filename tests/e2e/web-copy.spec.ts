import { readFile } from 'node:fs/promises';

import { expect, type Page, test } from '@playwright/test';

import { seriousViolations, shownPreview } from '../helpers/e2e';

// Read directly: tests/helpers/specs.ts pulls the render pipeline, which Playwright's loader cannot import.
const firstVisit = JSON.parse(await readFile('examples/first-visit.json', 'utf8')) as Record<string, unknown>;
const DOC_URL = 'http://web-copy.invalid/handout.html';

// The first builder test of a fresh server waits for its first render (fonts, warm-up) on a busy machine.
test.describe.configure({ timeout: 150_000 });

/**
 * Opens the web copy as the browser would open the server's answer (its own headers, the CSP among
 * them) and records every request the page makes besides the document itself.
 */
async function openWebCopy(page: Page, html: string, headers: Record<string, string>): Promise<string[]> {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url() !== DOC_URL) requests.push(request.url());
  });
  await page.route(DOC_URL, (route) => route.fulfill({ status: 200, headers, body: html }));
  await page.goto(DOC_URL);
  return requests;
}

for (const locale of ['en', 'ar', 'zh-Hans'] as const) {
  test(`the web copy in ${locale}: headers, no outside request, axe, a phone-sized screen`, async ({
    page,
    request,
  }) => {
    const spec = { ...firstVisit, locale, note: 'Walk a little each day.' };
    const response = await request.post('/api/handouts?format=html', { data: spec });
    expect(response.status()).toBe(200);
    const headers = response.headers();
    // next.config.js gives every /api answer the app's own policy: the route's must be the one sent.
    expect(headers['content-security-policy']).toMatch(
      /^default-src 'none'; style-src 'unsafe-inline'; img-src data:/,
    );
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['cache-control']).toBe('no-store');
    expect(headers['content-disposition']).toMatch(
      /^attachment; filename="back-spasm-handout-[\w.-]+\.html"$/,
    );

    await page.setViewportSize({ width: 390, height: 844 });
    const html = await response.text();
    const requests = await openWebCopy(page, html, {
      'content-type': headers['content-type'] ?? 'text/html',
    });
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    // Nothing is wider than the phone: no sideways scrolling to read a line.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath(`web-copy-${locale}-390.png`), fullPage: true });
    expect(requests).toEqual([]);

    // axe runs in a page without the sandbox (the served policy blocks its script) but with the same HTML.
    await page.setContent(html);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

for (const [locale, secondaryLocale] of [
  ['ar', 'en'],
  ['en', 'zh-Hans'],
] as const) {
  test(`the bilingual web copy, ${locale} with ${secondaryLocale} below: axe, each language marked, a phone-sized screen`, async ({
    page,
    request,
  }) => {
    const spec = { ...firstVisit, locale, secondaryLocale, note: 'Walk a little each day.' };
    const response = await request.post('/api/handouts?format=html', { data: spec });
    expect(response.status()).toBe(200);
    const html = await response.text();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.setContent(html);
    // The second language is marked as such, so a screen reader switches voice for it.
    const second = page.locator('section.translation');
    expect(await second.count()).toBeGreaterThan(1);
    for (const section of await second.all()) {
      await expect(section).toHaveAttribute('lang', secondaryLocale === 'en' ? 'en-US' : secondaryLocale);
      await expect(section).toHaveAttribute('dir', 'ltr');
    }
    await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    await expect(page.locator('h1')).toHaveCount(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({
      path: test.info().outputPath(`web-copy-${locale}-${secondaryLocale}-390.png`),
      fullPage: true,
    });
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the builder downloads the web copy beside the PDF', async ({ page }) => {
  await page.goto('/');
  await expect(shownPreview(page)).toContainText('What to expect', { timeout: 90_000 });
  await page.getByLabel('Patient name (optional)').fill('Jordan Example');
  await expect(shownPreview(page)).toContainText('Jordan Example', { timeout: 60_000 });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download web page' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^back-spasm-handout-[\w.-]+\.html$/);
  expect(file.suggestedFilename()).not.toMatch(/jordan/i);
  const html = await readFile((await file.path()) ?? '', 'utf8');
  expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-US" dir="ltr">/);
  expect(html).toContain('Jordan Example');
  expect(html).toContain('<h2 id="section-what-to-expect-title">What to expect</h2>');
});

test('beside the preview: pages, sheets, the reading grade, and the edited section’s page', async ({
  page,
}) => {
  await page.goto('/');
  await expect(shownPreview(page)).toContainText('What to expect', { timeout: 90_000 });
  const pages = await shownPreview(page).locator('.pdf-page').count();
  await expect(page.locator('.print-count')).toContainText(`Pages: ${pages}`);
  await expect(page.locator('.print-count')).toContainText(`printed on both sides: ${Math.ceil(pages / 2)}`);
  await expect(page.locator('.over-budget')).toHaveCount(0);

  await page
    .getByLabel('Note to the patient (optional)')
    .fill('Pharmacological management necessitates consideration of gastrointestinal contraindications.');
  await expect(page.locator('.reading-grade')).toContainText('Aim for grade 6 or below');
  await page.getByLabel('Note to the patient (optional)').fill('Walk a little. Rest when it hurts.');
  await expect(page.locator('.reading-grade')).not.toContainText('Aim for grade');

  const box = page.locator('.preview-pages');
  await box.evaluate((element) => element.scrollTo(0, 0));
  await page.getByLabel(/Call if no better after/).fill('9');
  // A render can wait behind the note's on a busy machine (13.9 s seen with other test runs going).
  await expect(shownPreview(page)).toContainText('no better at all after 9 days', { timeout: 60_000 });
  await expect(page.locator('.preview-status')).toHaveText('Preview is up to date.', { timeout: 60_000 });
  // The page at the top of the preview is the one the section's heading is printed on.
  await expect
    .poll(() =>
      box.evaluate((element) => {
        const top = element.getBoundingClientRect().top;
        const shown = [...element.querySelectorAll('.pdf-layer:not(.is-pending) .pdf-page')].find(
          (figure) => Math.abs(figure.getBoundingClientRect().top - top) < 20,
        );
        return shown?.textContent?.includes('Call 911 or go') ?? false;
      }),
    )
    .toBe(true);
  expect(await box.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
});
