import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The preview layer on screen (a new render draws in a hidden layer until all its pages are done). */
export const shownPreview = (page: Page) => page.locator('.pdf-layer:not(.is-pending)');

/**
 * Opens the builder and waits for its first preview: by then the form is hydrated and its draft loaded
 * (until then its fields are disabled: builder-form.spec.ts).
 */
export async function openBuilder(page: Page): Promise<void> {
  await page.goto('/');
  await expect(shownPreview(page)).toContainText('What to expect', { timeout: 20_000 });
}

/** WCAG 2.1 A/AA violations axe rates serious or critical, one line each, for a readable failure. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}
