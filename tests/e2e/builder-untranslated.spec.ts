import { expect, test } from '@playwright/test';

/*
 * A clinician who reads English builds a Spanish handout: what they type for the patient prints as
 * typed, so the builder says so where they type it (issue: clinician free text is never translated).
 */
test('typed text for a patient reading another language is flagged as untranslated', async ({ page }) => {
  await page.goto('/');
  const notice = page.getByText(/print exactly as you typed them\. They are not translated into/);
  await page.getByLabel('Note to the patient (optional)').fill('Come back on Friday.');
  await expect(notice).toHaveCount(0);
  await page.getByLabel('Handout language').selectOption('es');
  await expect(notice).toHaveText(/not translated into Español\./);
  await page.getByLabel('Note to the patient (optional)').fill('');
  await expect(notice).toHaveCount(0);
});
