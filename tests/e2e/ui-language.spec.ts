import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

interface UiWords {
  format: { language: string };
  app: { uiLanguage: string };
}
// Read as data: Playwright's loader does not take JSON modules.
const spanish = JSON.parse(readFileSync('locales/es/ui.json', 'utf8')) as UiWords;

test('the screen language switches to Spanish, survives a reload, and leaves the handout in English', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Screen language').selectOption('es');
  await expect(page.getByText(spanish.format.language, { exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  await page.reload();
  await expect(page.getByLabel(spanish.app.uiLanguage)).toHaveValue('es');
  await expect(page.getByLabel(spanish.format.language)).toHaveValue('en');
  await expect(page.locator('.preview-pane')).toContainText('Low back spasm: your home care plan', {
    timeout: 20_000,
  });

  await page.goto('/settings');
  await expect(page.getByLabel(spanish.app.uiLanguage)).toHaveValue('es');
});

test('Arabic, Urdu and Persian screens are laid out right to left; every language is listed', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByLabel('Screen language').locator('option')).toHaveCount(20);
  for (const language of ['ar', 'ur', 'fa']) {
    await page.locator('#ui-language').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
  }
  await page.locator('#ui-language').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});
