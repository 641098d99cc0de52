import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { UI_RESOURCES } from '@/lib/builder/ui-i18n';
import { FALLBACK_FONTS, LOCALES, ZLocaleSchema } from '@/lib/i18n/locales';
import { resources } from '@/lib/i18n/resources';
import { handoutT } from '@/lib/i18n/server';
import { ZTranslationStatusSchema } from '@/lib/i18n/status';
import { grouped, leaves, type TTree as Tree, variables } from '@/lib/i18n/tree';
import { fontStack } from '@/lib/pdf/fonts';
import { missingGlyphs } from '@/lib/pdf/glyphs';
import { pluralForms } from '@/lib/translations/catalog';
import { leftoverEnglish, mayMatchEnglish, variableProblems } from '@/lib/translations/checks';
import uiEn from '@/locales/en/ui.json';

const english = grouped(resources.en.handout as Tree);
const others = ZLocaleSchema.options.filter((locale) => locale !== 'en');

describe.each(others)('locale %s', (locale) => {
  const tree = resources[locale].handout as Tree;
  const mine = grouped(tree);
  const categories = pluralForms(locale);

  it('has every English key and no other', () => {
    expect([...mine.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('gives each plural key exactly the forms its language needs', () => {
    for (const [key, forms] of english) {
      if (!forms.has('other')) continue;
      expect.soft([...(mine.get(key)?.keys() ?? [])].sort(), key).toEqual([...categories].sort());
    }
  });

  it('keeps the interpolation variables of English', () => {
    for (const [key, forms] of english) {
      const want = [...forms.values()].flatMap((value) => [...variables(value)]);
      for (const [form, value] of mine.get(key) ?? new Map<string, string>()) {
        const { lacks, unknown } = variableProblems(form, value, want);
        expect.soft(lacks, `${key}_${form} lacks`).toEqual([]);
        expect.soft(unknown, `${key}_${form} has unknown`).toEqual([]);
      }
    }
  });

  it('leaves nothing in English by mistake', () => {
    const englishValues = new Map(leaves(resources.en.handout as Tree));
    const same = leaves(tree).filter(
      ([key, value]) => englishValues.get(key) === value && !mayMatchEnglish(locale, key),
    );
    expect(same.map(([key]) => key)).toEqual([]);
  });

  it('has a glyph for every character in its fonts', () => {
    const stack = fontStack(LOCALES[locale].fonts, FALLBACK_FONTS);
    const missing = leaves(tree).flatMap(([key, value]) =>
      missingGlyphs(value, stack).map((char) => `${key}: ${char}`),
    );
    expect(missing).toEqual([]);
  });

  // The phone numbers, 911 and every count are printed in Western digits (lib/payload/format.ts).
  it('writes numbers in Western digits, as the clinic writes its phone numbers', () => {
    const native = leaves(tree).filter(([, value]) => /(?![0-9])\p{Nd}/u.test(value));
    expect(native.map(([key]) => key)).toEqual([]);
  });

  // A zero-width non-joiner belongs inside a word (Persian "می‌شود"); at a word's edge it is a typo.
  it('has no stray zero-width non-joiner', () => {
    const stray = leaves(tree).filter(([, value]) => /(^|\s)\u200c|\u200c(\s|$)/u.test(value));
    expect(stray.map(([key]) => key)).toEqual([]);
  });

  // Arabic yeh and kaf (and in Urdu the Arabic heh) look alike but are other letters, and shape otherwise.
  it.runIf(locale === 'fa' || locale === 'ur')('uses its own letters, not their Arabic look-alikes', () => {
    const arabic = locale === 'ur' ? /[\u064a\u0643\u0649\u0647]/u : /[\u064a\u0643\u0649]/u;
    const wrong = leaves(tree).filter(([, value]) => arabic.test(value));
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  it('records its translation status', () => {
    const status = ZTranslationStatusSchema.parse(
      JSON.parse(readFileSync(`locales/${locale}/status.json`, 'utf8')),
    );
    expect(status.translatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe.each(others)('the builder in %s (ui namespace)', (locale) => {
  const english = grouped(uiEn as Tree);
  const mine = grouped(UI_RESOURCES[locale].ui as Tree);
  const categories = pluralForms(locale);

  it('has every English key, with the plural forms its language needs', () => {
    expect([...mine.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, forms] of english) {
      if (forms.has('other'))
        expect([...(mine.get(key)?.keys() ?? [])].sort(), key).toEqual([...categories].sort());
    }
  });

  it('keeps the interpolation variables of English', () => {
    for (const [key, forms] of english) {
      const want = [...forms.values()].flatMap((value) => [...variables(value)]);
      for (const [form, value] of mine.get(key) ?? new Map<string, string>()) {
        const { lacks, unknown } = variableProblems(form, value, want);
        expect.soft(lacks, `${key}_${form} lacks`).toEqual([]);
        expect.soft(unknown, `${key}_${form} has unknown`).toEqual([]);
      }
    }
  });

  it('has a glyph for every character in its fonts', () => {
    const stack = fontStack(LOCALES[locale].fonts, FALLBACK_FONTS);
    const missing = leaves(UI_RESOURCES[locale].ui as Tree).flatMap(([key, value]) =>
      missingGlyphs(value, stack).map((char) => `${key}: ${char}`),
    );
    expect(missing).toEqual([]);
  });
});

/*
 * Translation findings of issue 9, each read by a reader of the language: wording that could harm, and
 * English left in a handout that is not in English. What a test can hold is held here.
 */
describe('translation findings', () => {
  const values = (locale: (typeof others)[number]) => leaves(resources[locale].handout as Tree);
  const valueOf = (locale: (typeof others)[number], key: string) =>
    new Map(values(locale)).get(key) ?? `(missing ${key})`;

  const BANNED: [(typeof others)[number], RegExp, string][] = [
    ['zh-Hant', /電熱毯/, '電熱毯 is an electric blanket, which people sleep on: 電熱敷墊'],
    ['zh-Hant', /(?<!電)熱敷墊/, 'the heating pad is 電熱敷墊 everywhere, the "never lie on it" line too'],
    ['zh-Hans', /电热毯/, '电热毯 is an electric blanket'],
    ['fr', /eau chaude du robinet|chaude, mais pas brûlante/, 'warm is tiède, not chaude (scalds)'],
    ['ru', /высок\p{L}* температур/u, 'any fever counts, not only a high one'],
    ['ar', /لا تهزّ جسمك/, '"do not shake your body" for "do not bounce"'],
    ['ko', /추위 때문에/, '"because of the cold weather" for cold sensitivity'],
    ['zh-Hans', /把腰拱起|新出现开始小便困难/, 'the arch and pee lines'],
    ['zh-Hant', /把腰拱起|新出現開始小便困難/, 'the arch and pee lines'],
  ];
  it.each(BANNED)('%s never says %s (%s)', (locale, pattern) => {
    expect(values(locale).filter(([, value]) => pattern.test(value))).toEqual([]);
  });

  it('never prints "the first 1 day" in Tagalog (its "one" plural form also serves 2, 3, 5...)', () => {
    const t = handoutT('tl');
    for (const count of [1, 2, 3]) {
      for (const key of ['staying-active.easy', 'heat-cold.introColdThenHeat', 'plan.coldFirst'] as const) {
        expect(t(key, { count })).not.toMatch(/unang 1 araw/);
      }
    }
  });

  it('names acetaminophen and paracetamol where Portuguese warns about the liver', () => {
    expect(valueOf('pt', 'medicine.liver')).toMatch(/acetaminofeno[\s\S]*paracetamol/);
  });

  it('prints Russian "lower the knee", not "lower her"', () => {
    expect(valueOf('ru', 'stretching.kneeToChest.switch')).toMatch(/колено/);
  });

  it('uses the Arabic dual for 2 inches and 2 centimetres', () => {
    expect(valueOf('ar', 'units.inch_two')).toBe('بوصتين');
    expect(valueOf('ar', 'units.cm_two')).toBe('سنتيمترين');
  });

  it.each(['zh-Hans', 'zh-Hant', 'ko'] as const)(
    'has no full-width middle dot in the %s footer',
    (locale) => {
      expect(valueOf(locale, 'doc.clinicPhone')).not.toMatch(/·/);
    },
  );

  it.each(others)('leaves no English words in the %s handout', (locale) => {
    const english = values(locale)
      .map(([key, value]) => [key, leftoverEnglish(value)] as const)
      .filter(([, word]) => word !== undefined)
      .map(([key, word]) => `${key}: ${word}`);
    expect(english).toEqual([]);
  });

  it('puts a no-break space before ? : ; ! and inside « » in French', () => {
    const bad = values('fr').filter(
      ([, value]) =>
        /(^|[^\u00a0\u202f])[?;!:]/.test(value.replace(/:\/\//g, '')) ||
        /«[^\u00a0\u202f]|[^\u00a0\u202f]»/.test(value),
    );
    expect(bad.map(([key]) => key)).toEqual([]);
  });
});
