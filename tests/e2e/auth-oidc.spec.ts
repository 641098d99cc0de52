import { expect, test } from '@playwright/test';

import { OIDC_PORT } from '../helpers/oidc-config';
import { startOidcProvider } from '../helpers/oidc-provider';

/*
 * Sign-in through a clinic group's identity provider: a real OpenID Connect provider (oidc-provider)
 * runs in this test on its own port; the app under test is configured for it (playwright.config.ts).
 * The provider's groups claim decides the role.
 */

let stop: (() => Promise<void>) | undefined;

test.beforeAll(async ({ baseURL }) => {
  stop = await startOidcProvider(baseURL ?? '');
});
test.afterAll(async () => stop?.());

test.beforeEach(async ({ context }) => {
  // The provider's development login page links a web font; nothing here may leave this machine.
  await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
});

for (const [login, name, role] of [
  ['dana.admin', 'Dana Admin', 'clinic admin'],
  ['chris.clinician', 'Chris Clinician', 'clinician'],
] as const) {
  test(`${login} signs in with the organisation's account and is a ${role}`, async ({ page }) => {
    await page.goto('/settings');
    await page.getByRole('link', { name: 'Sign in with your organisation' }).click();
    await expect(page).toHaveURL(new RegExp(`localhost:${OIDC_PORT}/interaction/`));
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByText(`Signed in as ${name} (${role}).`)).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
  });
}
