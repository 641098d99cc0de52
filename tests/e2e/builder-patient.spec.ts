import { expect, type Page, test } from '@playwright/test';

import { openBuilder, shownPreview } from '../helpers/e2e';

/*
 * Nothing written for one patient reaches the next: the name, the note, the work note and the
 * clinician's medicine text never rest in the browser or in a saved handout, and a reload or a new
 * handout starts without them (lib/spec/per-patient.ts).
 */

const PATIENT = {
  name: 'Alex Rivera',
  note: 'Alex, call us Tuesday about the MRI.',
  work: 'Alex drives a forklift at Acme.',
  medicine: 'Alex takes naproxen 220 mg twice a day.',
};
const TRACES = /Alex|Tuesday|forklift|naproxen/i;

const checkbox = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });
const patientFields = (page: Page) => ({
  name: page.getByLabel('Patient name (optional)'),
  note: page.getByLabel('Note to the patient (optional)'),
  work: page.getByLabel('Return-to-work or lifting note (optional)'),
  medicine: page.getByLabel('Your medicine note'),
});

/** Writes one patient's handout: every per-patient field filled, and the PDF shows them. */
async function writeForPatient(page: Page) {
  await checkbox(page, 'Pain medicine').check();
  await page.getByRole('radio', { name: 'My own text' }).check();
  const fields = patientFields(page);
  await fields.name.fill(PATIENT.name);
  await fields.note.fill(PATIENT.note);
  await fields.work.fill(PATIENT.work);
  await fields.medicine.fill(PATIENT.medicine);
  await expect(shownPreview(page)).toContainText('call us Tuesday', { timeout: 20_000 });
  await expect(shownPreview(page)).toContainText('naproxen');
}

async function expectNoPatient(page: Page) {
  const fields = patientFields(page);
  for (const field of [fields.name, fields.note, fields.work]) await expect(field).toHaveValue('');
  if (await fields.medicine.isVisible()) await expect(fields.medicine).toHaveValue('');
  // The preview pane, whether it shows a handout or waits for the medicine text to be written.
  await expect(page.locator('#preview')).not.toContainText(TRACES);
  const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
  expect(stored).not.toMatch(TRACES);
}

test('no per-patient text survives a reload', async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel('Clinician name').fill('Sam Lee');
  await writeForPatient(page);
  const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
  expect(stored).toContain('Sam Lee');
  expect(stored).not.toMatch(TRACES);

  await page.reload();
  await expect(page.getByLabel('Clinician name')).toHaveValue('Sam Lee');
  // The medicine plan is a handout choice and stays; its text is written for the next patient.
  await expect(page.getByRole('radio', { name: 'My own text' })).toBeChecked();
  await expect(patientFields(page).medicine).toHaveValue('');
  await expectNoPatient(page);
});

test('no per-patient text survives a starting point or a saved handout, and none is saved', async ({
  page,
}) => {
  await openBuilder(page);
  await writeForPatient(page);
  await page.getByLabel('Start from').selectOption({ label: 'Acute spasm, first visit' });
  await expect(checkbox(page, 'Sleeping positions')).toBeChecked();
  await expectNoPatient(page);

  await writeForPatient(page);
  await page.getByRole('button', { name: 'Save as a saved handout' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as a saved handout' });
  await dialog.getByLabel('Name').fill('Own medicine note');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  const saved = await (await page.request.get('/api/presets')).json();
  expect(JSON.stringify(saved)).toContain('Own medicine note');
  expect(JSON.stringify(saved)).not.toMatch(TRACES);

  await page.getByLabel('Start from').selectOption({ label: 'Own medicine note' });
  await expect(page.getByRole('radio', { name: 'My own text' })).toBeChecked();
  await expectNoPatient(page);
  await expect(patientFields(page).medicine).toHaveAccessibleDescription(/Write the medicine note/);

  for (const { id, version } of (saved as { presets: { id: string; version: number }[] }).presets) {
    const deleted = await page.request.delete(`/api/presets/${id}`, {
      headers: { 'if-match': `"${version}"` },
    });
    expect(deleted.status()).toBe(204);
  }
});
