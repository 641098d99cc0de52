import { expect, type Page, test } from '@playwright/test';

import { goodPng } from '../fixtures/store/images';
import { seriousViolations } from '../helpers/e2e';

/*
 * Day one of a clinic, as its owner meets it at the computer that runs the app: no admin yet, so the
 * settings page offers to create one; then a profile whose emergency number needs confirming, a
 * clinician account that can build but not change what prints, and the sign-in setting. Runs after
 * every other browser test (the `sign-in` project), because an admin cannot be un-made.
 */

test.describe.configure({ mode: 'serial' });

const OWNER = { username: 'owner', name: 'Clinic Owner', password: 'a long clinic password' };
const CLINICIAN = { username: 'sam', name: 'Sam Lee', password: 'clinician password 1' };

async function signIn(page: Page, who: { username: string; password: string }) {
  await page.goto('/settings');
  const form = page.locator('section', { has: page.getByRole('heading', { name: 'Sign in', exact: true }) });
  await form.getByLabel('User name').fill(who.username);
  await form.getByLabel('Password').fill(who.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

test('the first admin is created on this computer, then the settings page is theirs', async ({ page }) => {
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Create the clinic admin' })).toBeVisible();
  await page.getByLabel('User name').fill(OWNER.username);
  await page.getByLabel('Your name').fill(OWNER.name);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create admin and sign in' }).click();
  await expect(page.locator('#field-auth-password-error')).toHaveText(/Use at least 12 characters/);
  await page.getByLabel('Password').fill(OWNER.password);
  await page.getByRole('button', { name: 'Create admin and sign in' }).click();
  await expect(page.getByText('Signed in as Clinic Owner (clinic admin).')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Users', exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('an emergency number that is not one needs the admin to confirm it, and the change log keeps it', async ({
  page,
}) => {
  await signIn(page, OWNER);
  await page.getByRole('button', { name: 'New profile' }).click();
  await page.getByLabel('Clinic name').fill('Harbour Physio');
  await page.getByLabel('Clinic phone').fill('555-0150');
  await page.getByLabel('Emergency number').fill('555-0100');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(
    page.getByText('Confirm the emergency number, or correct it, before you save.').first(),
  ).toBeVisible();
  await expect(page.getByText('Profile “Harbour Physio” created.')).toHaveCount(0);

  await page.getByLabel('Yes, 555-0100 is the emergency number in our area').check();
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByText('Profile “Harbour Physio” created.', { exact: false })).toBeVisible();

  const log = page.locator('section', { has: page.getByRole('heading', { name: 'Change log' }) });
  await expect(log.getByText('profile.create · clinic profile “Harbour Physio”')).toBeVisible();
  await expect(log.getByText('emergencyNumber: (none) → 555-0100')).toBeVisible();
  await expect(log.getByText(/confirmed by the admin/)).toBeVisible();
  await expect(log.getByText('Clinic Owner (clinic admin)').first()).toBeVisible();
});

test('a logo chosen while a profile is created arrives with it; a new edit clears the old "saved"', async ({
  page,
}) => {
  await signIn(page, OWNER);
  await page.getByRole('button', { name: 'New profile' }).click();
  await page.getByLabel('Clinic name').fill('Lakeside Physio');
  await page.getByLabel('Clinic phone').fill('555-0177');
  const logo = page.getByLabel('Logo', { exact: true });
  await logo.setInputFiles({ name: 'lakeside.png', mimeType: 'image/png', buffer: await goodPng(600, 200) });
  await expect(
    page.getByText('“lakeside.png” is added as the logo when you create the profile.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByRole('img', { name: 'Logo of Lakeside Physio' })).toBeVisible();

  // Too big for the server: refused before it is sent, and the previous logo stays.
  await logo.setInputFiles({
    name: 'huge.png',
    mimeType: 'image/png',
    buffer: Buffer.alloc(3 * 1024 * 1024, 1),
  });
  await expect(page.getByText('This file is larger than 2 MB. Choose a smaller logo.')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Logo of Lakeside Physio' })).toBeVisible();

  await page.getByLabel('Address (optional)').fill('1 Lake Road');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const status = page.locator('.profile-column > .settings-status');
  await expect(status).toHaveText('Changes saved.');
  await page.getByLabel('Clinic phone').fill('not a phone');
  await expect(status).toHaveText('');
});

test('a clinician builds handouts but cannot change what prints on them', async ({ page }) => {
  await signIn(page, OWNER);
  const users = page.locator('section', { has: page.getByRole('heading', { name: 'Users', exact: true }) });
  // The admin adds someone else: the form asks for their name, not "Your name".
  await expect(users.getByRole('heading', { name: 'Add user' })).toBeVisible();
  await expect(users.getByLabel('Your name')).toHaveCount(0);
  await users.getByLabel('User name').fill(CLINICIAN.username);
  await users.getByLabel('Full name').fill(CLINICIAN.name);
  await users.getByLabel('Password').fill(CLINICIAN.password);
  await users.getByRole('radio', { name: 'clinician' }).check();
  await users.getByRole('button', { name: 'Create user' }).click();
  await expect(users.getByText('User “Sam Lee” created.')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, CLINICIAN);
  await expect(page.getByText('Signed in as Sam Lee (clinician).')).toBeVisible();
  await expect(page.getByText('Only a clinic admin can change them.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Clinic profiles' })).toHaveCount(0);
  // Straight at the API with the clinician's own cookie: refused, and nothing changed.
  const write = await page.evaluate(async () => {
    const response = await fetch('/api/brands', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Evil', phone: '555-6666', isDefault: true }),
    });
    return response.status;
  });
  expect(write).toBe(403);
  const brands = (await (await page.request.get('/api/brands')).json()) as { brands: { name: string }[] };
  expect(brands.brands.map((brand) => brand.name).sort()).toEqual(['Harbour Physio', 'Lakeside Physio']);

  const pdf = await page.request.post('/api/handouts', { data: { sections: [{ id: 'hydration' }] } });
  expect(pdf.status()).toBe(200);
});

test('requiring sign-in to build: a visitor is told to sign in and cannot render', async ({
  page,
  browser,
}) => {
  await signIn(page, OWNER);
  await page.getByLabel('Everyone must sign in before building handouts').check();
  await expect(page.getByText('Setting saved.')).toBeVisible();

  const visitor = await browser.newPage();
  await visitor.goto('/');
  await expect(
    visitor.getByText('This clinic asks everyone to sign in before building handouts.'),
  ).toBeVisible();
  const render = await visitor.request.post('/api/handouts', { data: { sections: [{ id: 'hydration' }] } });
  expect(render.status()).toBe(401);
  await visitor.close();

  await page.getByLabel('Everyone must sign in before building handouts').uncheck();
  await expect(page.getByText('Setting saved.')).toBeVisible();
});
