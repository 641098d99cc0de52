import { describe, expect, it } from 'vitest';

import { ZLocaleSchema } from '@/lib/i18n/locales';
import { handoutCode } from '@/lib/pdf/handout-code';
import { parseSpec, renderHandout } from '@/lib/pdf/render';

import { pdfLines, textSizes } from '../helpers/pdf';
import { loadSpec } from '../helpers/specs';

const FIRST_VISIT = loadSpec('examples/first-visit.json');

/** The size most of the text is set in: the body. */
function bodySize(sizes: Map<number, number>): number {
  return [...sizes].sort(([, a], [, b]) => b - a)[0]?.[0] ?? 0;
}

describe('text size (issue 11)', () => {
  it('sets standard print at 11 pt and large print at 18 pt, nothing printed smaller than a label', async () => {
    const standard = await textSizes((await renderHandout(FIRST_VISIT)).pdf);
    const large = await textSizes((await renderHandout({ ...FIRST_VISIT, textSize: 'large' })).pdf);
    expect(bodySize(standard)).toBe(11);
    expect(bodySize(large)).toBe(18);
    // Captions, contact lines and the footer are labels; in large print even they stay at 13 pt or more.
    expect(Math.min(...standard.keys())).toBeGreaterThanOrEqual(9);
    expect(Math.min(...large.keys())).toBeGreaterThanOrEqual(13);
  }, 120_000);

  it('keeps a bilingual second language at 10.5 pt or more', async () => {
    const sizes = await textSizes(
      (await renderHandout({ ...FIRST_VISIT, locale: 'es', secondaryLocale: 'en' })).pdf,
    );
    const body = [...sizes].filter(([size]) => size >= 10.5 && size < 11);
    expect(body.map(([size]) => size)).toEqual([10.5]);
  }, 120_000);

  it('gives large print its own handout code, and leaves the standard code as it was', () => {
    const standard = handoutCode(parseSpec(FIRST_VISIT));
    expect(handoutCode(parseSpec({ ...FIRST_VISIT, textSize: 'standard' }))).toBe(standard);
    expect(handoutCode(parseSpec({ ...FIRST_VISIT, textSize: 'large' }))).not.toBe(standard);
    // The code printed on first-visit handouts before text sizes existed (tests/reference images).
    expect(standard).toBe('1.0-89FAF8');
  });

  it('prints the leg lift\'s "Do" and "Do not" side by side, and in large print one under the other', async () => {
    const spec = { ...FIRST_VISIT, sections: [{ id: 'leg-lift' }, { id: 'red-flags' }] };
    const titles = async (textSize: string) => {
      const lines = await pdfLines((await renderHandout({ ...spec, textSize })).pdf);
      const line = (text: string) => lines.find((candidate) => candidate.text.trim() === text);
      return { does: line('Do'), dont: line('Do not') };
    };
    const standard = await titles('standard');
    expect(standard.dont?.y).toBe(standard.does?.y);
    expect(standard.dont?.left).toBeGreaterThan((standard.does?.left ?? 0) + 100);
    // One column: "Do not" starts where "Do" does, below its items.
    const large = await titles('large');
    expect(large.dont?.left).toBeCloseTo(large.does?.left ?? -1, 0);
    expect(large.dont?.y).toBeLessThan((large.does?.y ?? 0) - 2 * 18);
  }, 120_000);

  it('rejects a text size it does not know', () => {
    expect(() => parseSpec({ ...FIRST_VISIT, textSize: 'huge' })).toThrow();
  });
});

// The large-print type scale in every language, not only the four the issue names: no script's text
// (Chinese wrapped per character, Arabic, Devanagari) is set under its sizes.
describe.each(ZLocaleSchema.options)('large print in %s', (locale) => {
  it('sets the body at 18 pt and nothing under 13 pt', async () => {
    const sizes = await textSizes((await renderHandout({ ...FIRST_VISIT, locale, textSize: 'large' })).pdf);
    expect(bodySize(sizes)).toBe(18);
    expect(Math.min(...sizes.keys())).toBeGreaterThanOrEqual(13);
  }, 120_000);
});
