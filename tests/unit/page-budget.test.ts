import { describe, expect, it } from 'vitest';

import { STARTERS } from '@/lib/builder/starters';
import { type TLocale, ZLocaleSchema } from '@/lib/i18n/locales';
import { renderHandout } from '@/lib/pdf/render';
import type { TTextSize } from '@/lib/spec/ids';
import {
  bilingualBudget,
  ENGLISH_BUDGET,
  LARGE_PRINT_BUDGET,
  MIN_LAST_PAGE_FILL,
  MIN_PAGE_FILL,
  OTHER_LANGUAGE_EXTRA_PAGES,
} from '@/lib/spec/page-budget';

import { pageFills } from '../helpers/page-fill';
import { BRAND, loadSpecFiles } from '../helpers/specs';

/*
 * Issue 11's budgets and fill rules (lib/spec/page-budget.ts), read from the PDF itself: every example
 * and fixture in every language, a few bilingual pairs, and large print. A translation that runs long
 * or a layout change that leaves pages half empty fails here. Everything renders in this one process,
 * each spec and language once (the English render is shared by the other languages' comparison).
 */

// The examples and fixtures, and the builder's own starting points (what most clinicians print).
const SPECS = [
  ...loadSpecFiles(),
  ...STARTERS.filter(({ id }) => id !== 'everything').map(({ id, sections }) => ({
    file: `builder starter "${id}"`,
    spec: { brand: BRAND, sections } as Record<string, unknown>,
  })),
];
const LOCALES = ZLocaleSchema.options;

type Variant = { file: string; locale: TLocale; secondaryLocale?: TLocale; textSize: TTextSize };

const renders = new Map<string, Promise<number[]>>();

/** Page fills of a spec file in a language and print size, rendered once through the real pipeline. */
function fillsOf({ file, locale, secondaryLocale, textSize }: Variant): Promise<number[]> {
  const key = [file, locale, secondaryLocale, textSize].join('|');
  let fills = renders.get(key);
  if (!fills) {
    const spec = SPECS.find((entry) => entry.file === file)?.spec;
    fills = renderHandout({ ...spec, locale, secondaryLocale, textSize }).then(({ pdf }) =>
      pageFills(pdf, textSize),
    );
    renders.set(key, fills);
  }
  return fills;
}

/*
 * Known defects, visible rather than hidden: each of these renders breaks a rule today and is marked
 * as expected to fail, so the day it is fixed its test fails and the entry must go. Keys are
 * file|locale|secondLocale|textSize.
 */
const KNOWN: Record<string, string> = {
  'examples/first-visit.json|en||large':
    '7 pages against 6: about 6.6 pages of material at 18 pt (6.0 even at 1.15 leading); the tracker with list A fills one page, list B with "make an appointment" another',
  'examples/first-visit.json|tl||large': '10 pages, English large print plus 3; page 2 at 38 %',
  'examples/first-visit.json|ru||large': '9 pages, English large print plus 2; pages 2 and 7 at 38 and 48 %',
  'examples/first-visit.json|pt||large': 'pages 6 and 7 at 48 and 54 %',
  'examples/first-visit.json|fr||large': '9 pages, English large print plus 2; pages 2 and 7 at 38 and 55 %',
  'examples/first-visit.json|uk||large': 'page 6 at 45 %',
  'examples/first-visit.json|so||large': '10 pages, English large print plus 3; page 2 at 55 %',
  'examples/everything.json|en||large':
    '14 pages; page 13 holds list A alone (45 %): it fits neither after the tracker nor with B',
  'examples/everything.json|es||large': '16 pages; pages 14 and 15 at 46 and 54 %',
  'examples/everything.json|zh-Hans||large': 'the last page holds under a quarter of a page',
  'examples/everything.json|zh-Hant||large': 'page 2 at 58 %, the last page under a quarter',
  'examples/everything.json|vi||large': 'list A alone on page 14 (51 %)',
  'examples/everything.json|tl||large': '19 pages, English large print plus 5; page 16 at 49 %',
  'examples/everything.json|ht||large': 'page 8 at 58 %',
  'examples/everything.json|ko||large': 'page 12 at 59 %, the last page under a quarter',
  'examples/everything.json|ru||large': '17 pages; pages 9 and 15 under half full',
  'examples/everything.json|pt||large': '17 pages; page 8 at 57 %',
  'examples/everything.json|fr||large': '16 pages, English large print plus 2',
  'examples/everything.json|ja||large': '16 pages; pages 9 and 15 about half full',
  'examples/everything.json|hi||large': 'list A alone on page 13 (51 %)',
  'examples/everything.json|bn||large': 'pages 8 and 14 at 55 and 54 %',
  'examples/everything.json|ur||large': 'list A alone on page 13 (51 %)',
  'examples/everything.json|uk||large': '17 pages; pages 9 and 15 about half full',
  'examples/everything.json|so||large':
    '19 pages, English large print plus 5; pages 3, 10, 15 and 16 under 60 %',
  'examples/everything.json|am||large': 'list A alone on page 13 (48 %)',
};

function check(fills: number[], maxPages: number) {
  expect(fills.length, 'pages').toBeLessThanOrEqual(maxPages);
  fills.slice(0, -1).forEach((fill, index) => {
    expect(fill, `page ${index + 1} of ${fills.length} fill`).toBeGreaterThanOrEqual(MIN_PAGE_FILL);
  });
  expect(fills.at(-1), `last page (${fills.length}) fill`).toBeGreaterThanOrEqual(
    fills.length === 1 ? 0 : MIN_LAST_PAGE_FILL,
  );
}

function englishBudget(file: string, textSize: TTextSize): number {
  const budget = textSize === 'large' ? LARGE_PRINT_BUDGET : ENGLISH_BUDGET;
  if (file.endsWith('first-visit.json')) return budget.firstVisit;
  if (file.endsWith('everything.json')) return budget.everything;
  return Infinity;
}

function variantTest(name: string, variant: Variant, run: () => Promise<void>) {
  const key = [variant.file, variant.locale, variant.secondaryLocale, variant.textSize].join('|');
  (key in KNOWN ? it.fails : it)(name, run, 120_000);
}

describe.each(SPECS.map(({ file }) => file))('%s, standard print', (file) => {
  for (const locale of LOCALES) {
    const variant: Variant = { file, locale, textSize: 'standard' };
    variantTest(`in ${locale}`, variant, async () => {
      const fills = await fillsOf(variant);
      const english = await fillsOf({ ...variant, locale: 'en' });
      check(
        fills,
        locale === 'en' ? englishBudget(file, 'standard') : english.length + OTHER_LANGUAGE_EXTRA_PAGES,
      );
    });
  }
});

describe.each([
  ['examples/first-visit.json', 'ar', 'en'],
  ['examples/first-visit.json', 'en', 'ar'],
  ['examples/first-visit.json', 'tl', 'en'],
  ['examples/everything.json', 'zh-Hans', 'es'],
] as const)('%s in %s with %s below', (file, locale, secondaryLocale) => {
  const variant: Variant = { file, locale, secondaryLocale, textSize: 'standard' };
  variantTest('stays within twice its first language plus one', variant, async () => {
    const alone = await fillsOf({ file, locale, textSize: 'standard' });
    check(await fillsOf(variant), bilingualBudget(alone.length));
  });
});

// Large print, in every language: its own budget, the same fill rules.
describe.each(['examples/first-visit.json', 'examples/everything.json'])('%s, large print', (file) => {
  for (const locale of LOCALES) {
    const variant: Variant = { file, locale, textSize: 'large' };
    variantTest(`in ${locale}`, variant, async () => {
      const english = await fillsOf({ ...variant, locale: 'en' });
      check(
        await fillsOf(variant),
        locale === 'en' ? englishBudget(file, 'large') : english.length + OTHER_LANGUAGE_EXTRA_PAGES,
      );
    });
  }
});
