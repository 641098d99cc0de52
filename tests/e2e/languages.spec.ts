import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { openBuilder } from '../helpers/e2e';
import { pdfText } from '../helpers/pdf';

const squash = (text: string) => text.replace(/[\s\u200e\u200f]/g, '');
// Read as data: Playwright's loader does not take the JSON modules that lib/i18n imports.
const chinese = JSON.parse(readFileSync('locales/zh-Hans/handout.json', 'utf8')) as {
  'red-flags': { title: string };
};

/** The language picker lists languages by their own names, warns about drafts, and the PDF follows. */
test('a handout in Chinese with English below, chosen in the builder, downloads in both languages', async ({
  page,
}) => {
  await openBuilder(page);
  const picker = page.getByLabel('Handout language');
  await expect(picker.locator('option', { hasText: 'العربية' })).toHaveCount(1);
  await expect(picker.locator('option', { hasText: '中文（简体）' })).toHaveCount(1);
  await picker.selectOption({ label: '中文（简体）' });
  // Said twice: under the language picker and beside Download and Print.
  await expect(page.getByText('中文（简体） is a draft translation.', { exact: false })).toHaveCount(2);
  await page.getByLabel('Second language (for you)').selectOption({ label: 'English' });
  await expect(page.getByText('Preview is up to date.')).toBeVisible({ timeout: 20_000 });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const file = await (await download).path();
  const { text, info } = await pdfText(readFileSync(file));
  expect(info.Language).toBe('zh-Hans');
  expect(squash(text)).toContain(squash(chinese['red-flags'].title));
  expect(text).toContain('When to get help');
});

// Each language by its own name, as a reader of it would look for it.
const NATIVE_NAMES = ['日本語', 'हिन्दी', 'বাংলা', 'اردو', 'فارسی', 'Українська', 'Soomaali', 'አማርኛ'];
const urdu = JSON.parse(readFileSync('locales/ur/handout.json', 'utf8')) as {
  doc: { title: string };
};

test('an Urdu handout with English below, chosen in the builder, downloads right to left in both', async ({
  page,
}) => {
  await openBuilder(page);
  const picker = page.getByLabel('Handout language');
  await expect(picker.locator('option')).toHaveCount(20);
  for (const name of NATIVE_NAMES) await expect(picker.locator('option', { hasText: name })).toHaveCount(1);
  await picker.selectOption({ label: 'اردو' });
  await expect(page.getByText('اردو is a draft translation.', { exact: false })).toHaveCount(2);
  await page.getByLabel('Second language (for you)').selectOption({ label: 'English' });
  await expect(page.getByText('Preview is up to date.')).toBeVisible({ timeout: 20_000 });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const { text, info } = await pdfText(readFileSync(await (await download).path()));
  expect(info.Language).toBe('ur');
  // Words pdf.js reads back whole (no lam-alef ligature) from the Urdu title.
  const words = urdu.doc.title
    .split(/\s+/)
    .filter((word) => /^[\u0621-\u06d3]+$/u.test(word) && !/ل[اأإآ]/u.test(word));
  expect(words.length).toBeGreaterThan(2);
  for (const word of words) expect(text).toContain(word);
  expect(text).toContain('When to get help');
});

test('English needs no translation notice', async ({ page }) => {
  await openBuilder(page);
  await expect(page.getByLabel('Handout language')).toHaveValue('en');
  await expect(page.getByText('is a draft translation', { exact: false })).toHaveCount(0);
});
