import { expect, type Page, test } from '@playwright/test';

import { shownPreview } from '../helpers/e2e';

/* A saved handout keeps every handout choice, and saving under its name again updates it. */

const NAME = 'Leg lift - Spanish';

type Saved = {
  id: string;
  version: number;
  name: string;
  secondaryLocale?: string;
  sections: { id: string; params: object }[];
};
const savedHandouts = async (page: Page) =>
  ((await (await page.request.get('/api/presets')).json()) as { presets: Saved[] }).presets;

async function saveAs(page: Page, name: string) {
  await page.getByRole('button', { name: 'Save as a saved handout' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as a saved handout' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  return dialog;
}

test.afterEach(async ({ page }) => {
  for (const { id, version } of await savedHandouts(page)) {
    await page.request.delete(`/api/presets/${id}`, { headers: { 'if-match': `"${version}"` } });
  }
});

test('the second language survives a save and a start', async ({ page }) => {
  await page.goto('/');
  await expect(shownPreview(page)).toContainText('What to expect', { timeout: 20_000 });
  await page.getByLabel('Handout language').selectOption({ label: 'Español' });
  await page.getByLabel('Second language (for you)').selectOption({ label: 'English' });
  await page.getByRole('checkbox', { name: 'Leg lift exercise', exact: true }).check();
  await expect(await saveAs(page, NAME)).toBeHidden();
  expect((await savedHandouts(page))[0]).toMatchObject({ name: NAME, locale: 'es', secondaryLocale: 'en' });

  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(page.getByLabel('Second language (for you)')).toHaveValue('');
  await page.reload();
  await page.getByLabel('Start from').selectOption({ label: NAME });
  await expect(page.getByLabel('Handout language')).toHaveValue('es');
  await expect(page.getByLabel('Second language (for you)')).toHaveValue('en');
  await expect(page.getByRole('checkbox', { name: 'Leg lift exercise', exact: true })).toBeChecked();
  await expect(shownPreview(page)).toContainText('Leg lift exercise', { timeout: 20_000 });
});

test('saving under an existing name offers to update that saved handout', async ({ page }) => {
  await page.goto('/');
  await expect(shownPreview(page)).toContainText('What to expect', { timeout: 20_000 });
  await expect(await saveAs(page, NAME)).toBeHidden();
  await page.getByLabel('Heat minutes (10–20)').fill('18');

  const dialog = await saveAs(page, 'leg lift - SPANISH');
  await expect(dialog.getByRole('alert')).toHaveText(
    `A saved handout named “${NAME}” already exists. Update it with this form, or type another name.`,
  );
  await expect(dialog).not.toContainText(/preset/i);
  await dialog.getByRole('button', { name: `Update “${NAME}”` }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`“${NAME}” updated.`)).toBeAttached();

  const saved = await savedHandouts(page);
  expect(saved.map((handout) => handout.name)).toEqual([NAME]);
  expect(saved[0]?.sections.find((section) => section.id === 'heat-cold')?.params).toMatchObject({
    heatMinutes: 18,
  });
});
