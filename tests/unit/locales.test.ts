import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { UI_RESOURCES } from '@/lib/builder/ui-i18n';
import { FALLBACK_FONTS, LOCALES, ZLocaleSchema } from '@/lib/i18n/locales';
import { resources } from '@/lib/i18n/resources';
import { ZTranslationStatusSchema } from '@/lib/i18n/status';
import { fontStack } from '@/lib/pdf/fonts';
import { missingGlyphs } from '@/lib/pdf/glyphs';
import uiEn from '@/locales/en/ui.json';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

/** key (plural suffix folded) -> { form -> value } */
function grouped(tree: Tree): Map<string, Map<string, string>> {
  const map = new Map<string, Map<string, string>>();
  for (const [key, value] of leaves(tree)) {
    const form = PLURAL.exec(key)?.[1] ?? '';
    const base = key.replace(PLURAL, '');
    map.set(base, (map.get(base) ?? new Map()).set(form, value));
  }
  return map;
}

const variables = (value: string) => new Set(value.match(/\{\{\w+\}\}/g) ?? []);

// Values that may read the same as English: pure placeholders, and words the language shares.
const SAME_AS_ENGLISH: Record<string, string[]> = { '*': ['doc.clinicPhone'], fr: ['doc.date'] };
const mayMatchEnglish = (locale: string, key: string) =>
  [...(SAME_AS_ENGLISH['*'] ?? []), ...(SAME_AS_ENGLISH[locale] ?? [])].includes(key.replace(PLURAL, ''));

const english = grouped(resources.en.handout as Tree);
const others = ZLocaleSchema.options.filter((locale) => locale !== 'en');

describe.each(others)('locale %s', (locale) => {
  const tree = resources[locale].handout as Tree;
  const mine = grouped(tree);
  const categories = new Intl.PluralRules(LOCALES[locale].tag).resolvedOptions().pluralCategories;

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
      const want = new Set([...forms.values()].flatMap((value) => [...variables(value)]));
      const theirs = mine.get(key) ?? new Map<string, string>();
      for (const [form, value] of theirs) {
        const have = variables(value);
        // Plural forms for exactly one or two may write the number as a word (Arabic "مرتين").
        const mayDropCount = ['zero', 'one', 'two'].includes(form);
        const expected = new Set([...want].filter((name) => !(mayDropCount && name === '{{count}}')));
        for (const name of expected) expect.soft(have.has(name), `${key}_${form} lacks ${name}`).toBe(true);
        for (const name of have) expect.soft(want.has(name), `${key}_${form} has unknown ${name}`).toBe(true);
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
  const categories = new Intl.PluralRules(LOCALES[locale].tag).resolvedOptions().pluralCategories;

  it('has every English key, with the plural forms its language needs', () => {
    expect([...mine.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, forms] of english) {
      if (forms.has('other'))
        expect([...(mine.get(key)?.keys() ?? [])].sort(), key).toEqual([...categories].sort());
    }
  });

  it('keeps the interpolation variables of English', () => {
    for (const [key, forms] of english) {
      const want = new Set([...forms.values()].flatMap((value) => [...variables(value)]));
      for (const [form, value] of mine.get(key) ?? new Map<string, string>()) {
        const mayDropCount = ['zero', 'one', 'two'].includes(form);
        const expected = [...want].filter((name) => !(mayDropCount && name === '{{count}}'));
        const have = variables(value);
        for (const name of expected) expect.soft(have.has(name), `${key}_${form} lacks ${name}`).toBe(true);
        for (const name of have) expect.soft(want.has(name), `${key}_${form} has unknown ${name}`).toBe(true);
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
