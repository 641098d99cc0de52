import { readFile } from 'node:fs/promises';

import { expect, type Locator, type Page, test } from '@playwright/test';

import { openBuilder, shownPreview } from '../helpers/e2e';
import { pdfText } from '../helpers/pdf';

const sectionBox = (page: Page, title: string) => page.getByRole('checkbox', { name: title, exact: true });
const chosenOrder = (page: Page) =>
  page
    .locator('ol.section-list > li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-section')));

async function downloadText(page: Page, click: () => Promise<void>) {
  const downloading = page.waitForEvent('download');
  await click();
  const file = await downloading;
  return (await pdfText(new Uint8Array(await readFile((await file.path()) ?? '')))).text;
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, limit = 150) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control.');
}

test('an out-of-range value shows its message, sends nothing invalid and blocks nothing else', async ({
  page,
}) => {
  await openBuilder(page);
  const bodies: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/handouts')) bodies.push(r.postData() ?? '');
  });
  const heat = page.getByLabel('Heat minutes (10–20)');
  await heat.fill('45');
  await expect(heat).toHaveAttribute('aria-invalid', 'true');
  await expect(heat).toHaveAccessibleDescription('Use a whole number from 10 to 20.');
  await expect(page.locator('.preview-status')).toHaveText(/Preview paused/);
  await expect(page.getByRole('button', { name: 'Download PDF' })).toBeDisabled();

  // Everything else still works while the value is wrong.
  const walks = page.getByLabel('Walks per day (2–8)');
  await walks.fill('6');
  await expect(walks).toHaveValue('6');
  await sectionBox(page, 'Drink water').check();
  await expect(sectionBox(page, 'Drink water')).toBeChecked();
  await expect(shownPreview(page)).toContainText('Keep the heat on for 15 minutes');

  await page.getByRole('link', { name: 'Heat and cold: Heat minutes' }).click();
  await expect(heat).toBeFocused();
  await heat.fill('18');
  await expect(heat).not.toHaveAttribute('aria-invalid', 'true');
  await expect(shownPreview(page)).toContainText('Keep the heat on for 18 minutes');
  await expect(shownPreview(page)).toContainText('Take short, easy walks 6 times a day.');
  await expect(shownPreview(page)).toContainText('Drink water');
  expect(bodies.length).toBeGreaterThan(0);
  expect(bodies.some((body) => body.includes('"heatMinutes":45'))).toBe(false);
});

test('the whole job can be done with the keyboard alone', async ({ page }) => {
  await openBuilder(page);
  const legLift = sectionBox(page, 'Leg lift exercise');
  await tabTo(page, legLift);
  await expect(legLift).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Space');
  await expect(legLift).toBeChecked();
  await expect(legLift).toBeFocused();

  const up = page.getByRole('button', { name: 'Move “Leg lift exercise” up' });
  await tabTo(page, up);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(up).toBeFocused();
  // Two places up from the end: after "Your plan", which always opens the handout, and two sections.
  expect((await chosenOrder(page)).indexOf('leg-lift')).toBe(3);

  // dnd-kit's keyboard drag: pick up with Space, move with the arrows, drop with Space.
  const handle = page.getByRole('button', { name: 'Drag to reorder “What to expect”' });
  const liveRegion = page.locator('[id^="DndLiveRegion"]');
  await tabTo(page, handle);
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  // dnd-kit starts listening for the arrow keys on the next task after the pick-up.
  await page.waitForTimeout(100);
  await page.keyboard.press('ArrowDown');
  // Position 1 is "Your plan", which opens every handout.
  await expect(liveRegion).toContainText('is over position 3');
  await page.keyboard.press('Space');
  await expect(liveRegion).toContainText('Dropped “What to expect” at position 3.');
  await expect
    .poll(() => chosenOrder(page))
    .toEqual([
      'plan',
      'relief-positions',
      'what-to-expect',
      'leg-lift',
      'heat-cold',
      'staying-active',
      'red-flags',
    ]);

  const reps = page.getByLabel('Repetitions (5–15)');
  await tabTo(page, reps);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('8');
  await expect(shownPreview(page)).toContainText('Do it 8 times with your less painful leg.');

  const download = page.getByRole('button', { name: 'Download PDF' });
  const text = await downloadText(page, async () => {
    await tabTo(page, download);
    await page.keyboard.press('Enter');
  });
  expect(text).toContain('Do it 8 times with your less painful leg.');
  expect(text.indexOf('Leg lift exercise')).toBeLessThan(text.indexOf('Heat and cold'));
  expect(text.indexOf('Positions to ease the pain')).toBeLessThan(text.indexOf('What to expect'));
});

test('reordering by drag and drop changes the section order in the PDF', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1200 });
  await openBuilder(page);
  // Sections without settings are short, so the drag fits on one screen.
  for (const title of ['Relief positions', 'Heat and cold', 'Staying active'])
    await sectionBox(page, title).uncheck();
  for (const title of ['What is a back spasm?', 'Other care']) await sectionBox(page, title).check();
  await expect
    .poll(() => chosenOrder(page))
    .toEqual(['plan', 'about', 'what-to-expect', 'other-care', 'red-flags']);

  const handle = page.getByRole('button', { name: 'Drag to reorder “Other care”' });
  await handle.scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  const to = await page.locator('li[data-section="about"]').boundingBox();
  if (!from || !to) throw new Error('The list is not on screen.');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
  await page.mouse.move(from.x + from.width / 2, to.y + 10, { steps: 20 });
  await page.mouse.up();
  await expect
    .poll(() => chosenOrder(page))
    .toEqual(['plan', 'other-care', 'about', 'what-to-expect', 'red-flags']);
  await expect(page.locator('.preview-status')).toHaveText('Preview is up to date.');

  const text = await downloadText(page, () => page.getByRole('button', { name: 'Download PDF' }).click());
  // "When to get help" is also named in Your plan; the red flags' own first line is theirs alone.
  const order = ['Other care that can help', 'What is a back spasm?', 'What to expect', 'Call 911 or go to'];
  const positions = order.map((title) => text.indexOf(title));
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
});

test('a reload keeps the draft but never the patient’s name', async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel('Patient name (optional)').fill('Alex Rivera');
  await page.getByLabel('Clinician name').fill('Sam Lee');
  await page.getByLabel('Clinic name').fill('Riverside Physical Therapy');
  await page.getByLabel('Heat minutes (10–20)').fill('12');
  await sectionBox(page, 'Pain medicine').check();
  await expect(shownPreview(page)).toContainText('Alex Rivera');
  const storedBefore = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
  expect(storedBefore).toContain('Sam Lee');
  expect(storedBefore).not.toContain('Alex');

  await page.reload();
  await expect(page.getByLabel('Clinician name')).toHaveValue('Sam Lee');
  await expect(page.getByLabel('Clinic name')).toHaveValue('Riverside Physical Therapy');
  await expect(page.getByLabel('Heat minutes (10–20)')).toHaveValue('12');
  await expect(sectionBox(page, 'Pain medicine')).toBeChecked();
  await expect(page.getByLabel('Patient name (optional)')).toHaveValue('');
  await expect(shownPreview(page)).toContainText('Riverside Physical Therapy');
  await expect(shownPreview(page)).not.toContainText('Alex Rivera');
  const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
  expect(stored).toContain('Sam Lee');
  expect(stored).not.toContain('Alex');
});

test('a corrupt or tampered draft is ignored', async ({ page }) => {
  await openBuilder(page);
  await page.evaluate(() =>
    window.localStorage.setItem(
      'clinic-handouts:draft',
      JSON.stringify({ version: 1, spec: { sections: [{ id: 'heat-cold', params: { heatMinutes: 99 } }] } }),
    ),
  );
  await page.reload();
  await expect(page.getByLabel('Heat minutes (10–20)')).toHaveValue('15');
  await page.evaluate(() => window.localStorage.setItem('clinic-handouts:draft', '{not json'));
  await page.reload();
  await expect(shownPreview(page)).toContainText('What to expect', { timeout: 20_000 });
});

test('the form takes no input until the draft has loaded, then keeps what is chosen', async ({ page }) => {
  // The page's code held back: the server's form is on screen, the draft not loaded yet.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  const language = page.getByLabel('Handout language');
  await expect(language).toBeVisible();
  await expect(language).toBeDisabled();
  await expect(page.getByLabel('Patient name (optional)')).toBeDisabled();
  await expect(page.getByLabel('Start from')).toBeDisabled();

  release();
  await expect(shownPreview(page)).toContainText('What to expect', { timeout: 20_000 });
  await expect(language).toBeEnabled();
  await language.selectOption('es');
  await expect(shownPreview(page)).toContainText('Qué esperar');
  await expect(language).toHaveValue('es');
});

test('starting points fill the form, and Reset brings back the defaults but keeps the clinic', async ({
  page,
}) => {
  await openBuilder(page);
  await page.getByLabel('Clinic name').fill('Riverside Physical Therapy');
  await page.getByLabel('Start from').selectOption({ label: 'Prevention after a spasm' });
  await expect(sectionBox(page, 'Prevent the next spasm')).toBeChecked();
  await expect(sectionBox(page, 'Heat and cold')).not.toBeChecked();
  await expect(shownPreview(page)).toContainText('Prevent the next spasm');
  await expect(shownPreview(page)).toContainText('You can start this exercise now.');

  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(sectionBox(page, 'Heat and cold')).toBeChecked();
  await expect(sectionBox(page, 'Prevent the next spasm')).not.toBeChecked();
  await expect(page.getByLabel('Clinic name')).toHaveValue('Riverside Physical Therapy');
  await expect(shownPreview(page)).not.toContainText('Prevent the next spasm');
});

test('the header leads to the translation review beside the settings, for everyone', async ({ page }) => {
  await page.goto('/');
  const header = page.locator('header.topbar');
  const settings = header.getByRole('link', { name: 'Clinic profiles and saved handouts' });
  const review = header.getByRole('link', { name: 'Review translations' });
  await expect(review).toBeVisible();
  // Same look as the settings link beside it.
  expect(await review.getAttribute('class')).toBe(await settings.getAttribute('class'));
  await review.click();
  await expect(page).toHaveURL(/\/translations$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Translation review' })).toBeVisible();
});
