import { describe, expect, it } from 'vitest';

import { renderHandoutHtml } from '@/lib/html/render';
import { renderHandout } from '@/lib/pdf/render';

import { loadSpec } from '../helpers/specs';
import { pdfBodyText, webCopyText, words } from '../helpers/web-copy';

const firstVisit = loadSpec('examples/first-visit.json');
const everything = loadSpec('examples/everything.json');

/** Chinese has no spaces to count words by (pdf.js adds its own at line ends): compared by character. */
const byCharacter = (text: string) => [...words(text).join('')];

/*
 * pdf.js cannot give Arabic back word for word: it reads lam-alef and lam-yeh ligatures out of order
 * (see i18n-render.test.ts) and drops the space between a label and a Latin value. What it gives back
 * is every character: an Arabic handout is compared as the count of each character, spaces and
 * direction marks aside (left-to-right and Chinese handouts are compared in order).
 */
function characterCounts(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const char of words(text).join('')) counts[char] = (counts[char] ?? 0) + 1;
  return counts;
}

const IN_ORDER: [string, Record<string, unknown>][] = [
  ['first-visit, English', firstVisit],
  ['every section, English, with a note', everything],
  ['first-visit, Spanish, A4 and metric', { ...firstVisit, locale: 'es', paper: 'a4', units: 'metric' }],
  ['every section, Tagalog', { ...everything, locale: 'tl' }],
  ['bilingual, English with Spanish', { ...firstVisit, secondaryLocale: 'es' }],
  ['tests/fixtures/acute-cold-first.json', loadSpec('tests/fixtures/acute-cold-first.json')],
];

async function bothTexts(spec: Record<string, unknown>) {
  const [{ pdf }, { html }] = await Promise.all([renderHandout(spec), renderHandoutHtml(spec)]);
  return { fromPdf: await pdfBodyText(pdf), fromHtml: webCopyText(html) };
}

describe('the web copy says what the PDF says', () => {
  it.each(IN_ORDER)('%s: the same words in the same order', async (_name, spec) => {
    const { fromPdf, fromHtml } = await bothTexts(spec);
    expect(words(fromHtml).length).toBeGreaterThan(300);
    expect(words(fromHtml)).toEqual(words(fromPdf));
  });

  it('first-visit, Chinese: the same characters in the same order', async () => {
    const { fromPdf, fromHtml } = await bothTexts({ ...firstVisit, locale: 'zh-Hans' });
    expect(byCharacter(fromHtml).length).toBeGreaterThan(1000);
    expect(byCharacter(fromHtml)).toEqual(byCharacter(fromPdf));
  });

  it.each([
    ['first-visit, Arabic', { ...firstVisit, locale: 'ar' }],
    ['bilingual, Arabic with English', { ...firstVisit, locale: 'ar', secondaryLocale: 'en' }],
  ])('%s: the same characters, each as often', async (_name, spec) => {
    const { fromPdf, fromHtml } = await bothTexts(spec);
    expect(words(fromHtml).length).toBeGreaterThan(300);
    expect(characterCounts(fromHtml)).toEqual(characterCounts(fromPdf));
  });
});
