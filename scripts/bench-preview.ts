// The preview measure of `npm run bench` (issue 10: from the last keystroke to the new PDF drawn, at most
// 400 ms for first-visit): the builder in Debian's Chromium against the bench's server, a parameter
// typed, and the time until the new handout's page on screen is drawn, then every page of it.
import { chromium } from '@playwright/test';

import { median } from './bench-server';

export interface PreviewTimes {
  /** Keystroke to the new handout's page on screen drawn, median ms. */
  onScreenMs: number;
  /** Keystroke to every page of the new handout drawn (the old one gone), median ms. */
  allPagesMs: number;
  /** Keystroke to the request leaving (the debounce), median ms. */
  requestMs: number;
  /** Keystroke to the PDF's last byte arriving (debounce, render, transfer), median ms. */
  responseMs: number;
  pages: number;
}

/** A new preview layer's first drawn page, and the moment it becomes the only layer. */
const SHOWN = '.pdf-layer:not(.is-pending) .pdf-page.is-drawn';

export async function measurePreview(url: string, runs: number): Promise<PreviewTimes> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${url}/`);
    // The builder's own first handout: what a clinician sees on opening it (first-visit's sections).
    await page.getByLabel('Start from').selectOption({ label: 'Acute spasm, first visit' });
    await page.locator(SHOWN).first().waitFor({ timeout: 60_000 });
    const field = page.getByLabel('Heat minutes (10–20)');
    const onScreen: number[] = [];
    const allPages: number[] = [];
    const requests: number[] = [];
    const responses: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      // Each run waits for the last to settle, so one keystroke's time is measured at a time.
      await page.waitForFunction(() => document.querySelectorAll('.pdf-layer').length === 1);
      const timing = page.evaluate(
        () =>
          new Promise<{ onScreen: number; all: number; request: number; response: number }>((resolve) => {
            const start = { at: 0 };
            const old = new Set(document.querySelectorAll('.pdf-layer'));
            let onScreen = 0;
            const observer = new MutationObserver(() => {
              const layers = [...document.querySelectorAll('.pdf-layer')];
              const fresh = layers.find((layer) => !old.has(layer));
              if (!fresh || start.at === 0) return;
              if (!onScreen && fresh.querySelector('.pdf-page.is-drawn')) onScreen = performance.now();
              if (layers.length === 1 && !fresh.classList.contains('is-pending')) {
                observer.disconnect();
                // The request behind the new layer: the last handout request sent after the keystroke.
                const request = performance
                  .getEntriesByType('resource')
                  .filter((entry) => entry.name.endsWith('/api/handouts') && entry.startTime >= start.at)
                  .at(-1) as PerformanceResourceTiming | undefined;
                resolve({
                  onScreen: onScreen - start.at,
                  all: performance.now() - start.at,
                  request: (request?.startTime ?? Number.NaN) - start.at,
                  response: (request?.responseEnd ?? Number.NaN) - start.at,
                });
              }
            });
            observer.observe(document.body, { subtree: true, childList: true, attributes: true });
            document.addEventListener('input', () => (start.at = performance.now()), {
              capture: true,
              once: true,
            });
          }),
      );
      await field.focus();
      await field.fill(run % 2 === 0 ? '12' : '15');
      const { onScreen: shown, all, request, response } = await timing;
      onScreen.push(shown);
      allPages.push(all);
      requests.push(request);
      responses.push(response);
    }
    const pages = await page.locator('.pdf-layer .pdf-page').count();
    return {
      onScreenMs: median(onScreen),
      allPagesMs: median(allPages),
      requestMs: median(requests),
      responseMs: median(responses),
      pages,
    };
  } finally {
    await browser.close();
  }
}
