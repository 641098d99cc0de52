import { describe, expect, it } from 'vitest';

import { ZLocaleSchema } from '@/lib/i18n/locales';
import { renderHandout } from '@/lib/pdf/render';
import { PAGE_MARGIN } from '@/templates/theme';

import { overlappingText, pdfLines } from '../helpers/pdf';
import { loadSpec, loadSpecFiles } from '../helpers/specs';

/*
 * Text that reads right can still be printed wrong: react-pdf squeezed whole bilingual sections into the
 * foot of a page, on top of the footer, while every word was still there to extract. These renders
 * must have no text drawn over other text.
 */
describe('no text is drawn over other text', () => {
  it.each(loadSpecFiles().map(({ file, spec }) => [file, spec]))('in %s', async (_file, spec) => {
    expect(await overlappingText((await renderHandout(spec)).pdf)).toEqual([]);
  });

  it.each(ZLocaleSchema.options)('in the first-visit handout in %s', async (locale) => {
    const { pdf, code } = await renderHandout({ ...loadSpec('examples/first-visit.json'), locale });
    expect(await overlappingText(pdf)).toEqual([]);
    await expectEveryPageFilledAndFooted(pdf, code);
  });

  it.each([
    ['ar', 'en', 'examples/first-visit.json'],
    ['en', 'ar', 'examples/first-visit.json'],
    ['zh-Hans', 'es', 'examples/everything.json'],
  ] as const)('in a %s handout with %s below (%s)', async (locale, secondaryLocale, file) => {
    const { pdf, code } = await renderHandout({ ...loadSpec(file), locale, secondaryLocale });
    expect(await overlappingText(pdf)).toEqual([]);
    await expectEveryPageFilledAndFooted(pdf, code);
  });
});

/*
 * The linear pagination engine (see templates/layout/document.tsx) once printed the footer on the last
 * page only, and a trailing bottom margin gave an extra page holding nothing but the footer. Every page
 * must carry content above the footer and the footer itself (its handout code is the same in every
 * language).
 */
async function expectEveryPageFilledAndFooted(pdf: Buffer, code: string) {
  const lines = await pdfLines(pdf);
  const pages = Math.max(...lines.map((line) => line.page));
  for (let page = 1; page <= pages; page += 1) {
    const onPage = lines.filter((line) => line.page === page);
    expect(
      onPage.some((line) => line.y > PAGE_MARGIN.bottom),
      `content on page ${page}`,
    ).toBe(true);
    expect(
      onPage.some((line) => line.text.includes(code)),
      `footer on page ${page}`,
    ).toBe(true);
  }
}
