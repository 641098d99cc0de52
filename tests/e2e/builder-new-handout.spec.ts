import { expect, type Page, test } from '@playwright/test';

import { openBuilder, shownPreview } from '../helpers/e2e';

/* Between two patients: "New patient" in one click, a starting point in one step, and undo. */

const checkbox = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });

test('"New patient" clears every per-patient field in one click and keeps the clinic and choices', async ({
  page,
}) => {
  await openBuilder(page);
  await page.getByLabel('Clinic name').fill('Riverside Physical Therapy');
  await page.getByLabel('Clinician name').fill('Sam Lee');
  await page.getByRole('radio', { name: 'A4' }).check();
  await page.getByLabel('Heat minutes (10–20)').fill('12');
  await page.getByLabel('Patient name (optional)').fill('Alex Rivera');
  await page.getByLabel('Note to the patient (optional)').fill('Alex, see you Tuesday.');
  await page.getByLabel('Return-to-work or lifting note (optional)').fill('No forklift this week.');
  await expect(shownPreview(page)).toContainText('see you Tuesday');

  await page.getByRole('button', { name: 'New patient' }).click();
  await expect(page.getByLabel('Patient name (optional)')).toHaveValue('');
  await expect(page.getByLabel('Note to the patient (optional)')).toHaveValue('');
  await expect(page.getByLabel('Return-to-work or lifting note (optional)')).toHaveValue('');
  await expect(page.getByLabel('Clinic name')).toHaveValue('Riverside Physical Therapy');
  await expect(page.getByLabel('Clinician name')).toHaveValue('Sam Lee');
  await expect(page.getByRole('radio', { name: 'A4' })).toBeChecked();
  await expect(page.getByLabel('Heat minutes (10–20)')).toHaveValue('12');
  await expect(page.locator('#preview')).not.toContainText(/Alex|Tuesday|forklift/);
  await expect(shownPreview(page)).toContainText('Keep the heat on for 12 minutes');

  // A click by mistake is not a lost handout.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Patient name (optional)')).toHaveValue('Alex Rivera');
  await expect(page.getByLabel('Note to the patient (optional)')).toHaveValue('Alex, see you Tuesday.');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});

test('a starting point applies in one step and can be undone, while the form is as it left it', async ({
  page,
}) => {
  await openBuilder(page);
  await page.getByLabel('Heat minutes (10–20)').fill('12');
  await checkbox(page, 'Drink water').check();
  await page.getByLabel('Start from').selectOption({ label: 'Prevention after a spasm' });
  // No separate Apply: choosing it is the one step.
  await expect(checkbox(page, 'Prevent the next spasm')).toBeChecked();
  await expect(checkbox(page, 'Heat and cold')).not.toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'Filled from' })).toBeAttached();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(checkbox(page, 'Prevent the next spasm')).not.toBeChecked();
  await expect(checkbox(page, 'Drink water')).toBeChecked();
  await expect(page.getByLabel('Heat minutes (10–20)')).toHaveValue('12');

  // Once the clinician changes the new form, undo would lose that work, so it is no longer offered.
  await page.getByLabel('Start from').selectOption({ label: 'Everything' });
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await page.getByLabel('Walks per day (2–8)').fill('6');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});
