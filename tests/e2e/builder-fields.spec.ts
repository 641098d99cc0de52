import { expect, type Locator, type Page, test } from '@playwright/test';

import { openBuilder, shownPreview } from '../helpers/e2e';

/* Fewer stops between two patients: fields that do not apply are hidden with the reason, and the
   section list takes a keyboard user straight to a section and back. */

const checkbox = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });
const section = (page: Page, id: string) => page.locator(`li[data-section="${id}"]`);

/** Presses Tab from the top of a freshly loaded page until `target` has focus; returns the presses. */
async function tabsTo(page: Page, target: Locator, limit = 200): Promise<number> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the control in ${limit} presses.`);
}

test('fields that do not apply are hidden, with the reason, and never block the handout', async ({
  page,
}) => {
  await openBuilder(page);
  const heat = section(page, 'heat-cold');
  const coldMinutes = page.getByLabel('Cold minutes (10–20)');
  await coldMinutes.fill('45');
  await expect(page.getByRole('button', { name: 'Download PDF' })).toBeDisabled();

  await heat.getByRole('radio', { name: 'Heat only' }).check();
  await expect(coldMinutes).toHaveCount(0);
  await expect(heat).toContainText(
    'Not used with “Heat only”, so hidden: Cold minutes, Cold every … hours, Cold: at most … times a day.',
  );
  // The value nobody can see any more does not hold the handout back.
  await expect(page.getByRole('button', { name: 'Download PDF' })).toBeEnabled();

  await heat.getByRole('radio', { name: 'Cold only' }).check();
  await expect(page.getByLabel('Heat minutes (10–20)')).toHaveCount(0);
  await expect(heat).toContainText('Not used with “Cold only”, so hidden: Heat minutes');
  // The hidden value was kept, not dropped: it is back, still to fix, when it applies again.
  await expect(coldMinutes).toHaveValue('45');
  await expect(coldMinutes).toHaveAttribute('aria-invalid', 'true');
  await coldMinutes.fill('15');

  await checkbox(page, 'Leg lift exercise').check();
  const legLift = section(page, 'leg-lift');
  await expect(legLift.getByRole('group', { name: 'Which leg first' })).toBeVisible();
  await legLift.getByRole('radio', { name: 'Left only' }).check();
  await expect(legLift.getByRole('group', { name: 'Which leg first' })).toHaveCount(0);
  await expect(legLift).toContainText('Only used with “Both legs”, so hidden: Which leg first.');

  const relief = section(page, 'relief-positions');
  await relief.getByRole('checkbox', { name: 'Legs on a couch (floor)' }).uncheck();
  await expect(relief.getByRole('group', { name: 'Lower legs rest on' })).toHaveCount(0);
  await expect(relief).toContainText(
    'Only used with “Legs on a couch (floor)”, so hidden: Lower legs rest on.',
  );
  await expect(shownPreview(page)).not.toContainText('Legs on a couch');
});

test('a keyboard user reaches the leg lift through the section list in a few presses, and back', async ({
  page,
}) => {
  await openBuilder(page);
  await page.getByLabel('Start from').selectOption({ label: 'Acute spasm, first visit' });
  await expect(checkbox(page, 'Sleeping positions')).toBeChecked();
  const legLift = checkbox(page, 'Leg lift exercise');

  await page.reload();
  await expect(shownPreview(page)).toContainText('What to expect', { timeout: 20_000 });
  const tabOnly = await tabsTo(page, legLift);
  process.stdout.write(`Tab presses to the leg lift, Tab alone: ${tabOnly}\n`);

  await page.reload();
  await expect(shownPreview(page)).toContainText('What to expect', { timeout: 20_000 });
  const list = page.getByRole('navigation', { name: 'Go to a section' });
  const toLink = await tabsTo(page, list.getByRole('link', { name: /^Leg lift exercise/ }));
  await page.keyboard.press('Enter');
  await expect(legLift).toBeFocused();
  const withList = toLink + 1;
  process.stdout.write(
    `Key presses to the leg lift with the section list: ${withList} (${toLink} Tab + Enter)\n`,
  );
  test
    .info()
    .annotations.push({ type: 'key presses', description: `Tab alone ${tabOnly}, list ${withList}` });
  // The header's links (translation review, settings) and the starting points come before the list.
  expect(withList).toBeLessThanOrEqual(17);
  expect(withList).toBeLessThan(tabOnly / 4);

  // Switched on, its settings end with the way back to the list.
  await page.keyboard.press('Space');
  await expect(legLift).toBeChecked();
  await section(page, 'leg-lift').getByRole('link', { name: 'Back to the section list' }).focus();
  await page.keyboard.press('Enter');
  await expect(list).toBeFocused();

  // Folded settings take their fields out of the Tab order.
  const heatSettings = page.getByRole('button', { name: 'Settings for “Heat and cold”' });
  await expect(heatSettings).toHaveAttribute('aria-expanded', 'true');
  await heatSettings.click();
  await expect(heatSettings).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('Heat minutes (10–20)')).toBeHidden();
  await page.getByRole('button', { name: 'Hide all settings' }).click();
  await expect(page.getByLabel('Walks per day (2–8)')).toBeHidden();
  await page.getByRole('button', { name: 'Show all settings' }).click();
  await expect(page.getByLabel('Heat minutes (10–20)')).toBeVisible();
});

test('the draft-translation notice sits beside Download and Print too', async ({ page }) => {
  await openBuilder(page);
  const actions = page.locator('#preview .actions');
  await expect(actions).not.toContainText('draft translation');
  await page.getByLabel('Handout language').selectOption({ label: 'Tiếng Việt' });
  await expect(actions).toContainText('Tiếng Việt is a draft translation. No clinician has reviewed it yet.');
  await page.getByLabel('Handout language').selectOption({ label: 'English' });
  await expect(actions).not.toContainText('draft translation');
});
