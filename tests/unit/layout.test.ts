import { describe, expect, it } from 'vitest';

import { ZLocaleSchema } from '@/lib/i18n/locales';
import { renderHandout } from '@/lib/pdf/render';

import { overlappingText } from '../helpers/pdf';
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
    const { pdf } = await renderHandout({ ...loadSpec('examples/first-visit.json'), locale });
    expect(await overlappingText(pdf)).toEqual([]);
  });

  it.each([
    ['ar', 'en', 'examples/first-visit.json'],
    ['en', 'ar', 'examples/first-visit.json'],
    ['zh-Hans', 'es', 'examples/everything.json'],
  ] as const)('in a %s handout with %s below (%s)', async (locale, secondaryLocale, file) => {
    const { pdf } = await renderHandout({ ...loadSpec(file), locale, secondaryLocale });
    expect(await overlappingText(pdf)).toEqual([]);
  });
});
