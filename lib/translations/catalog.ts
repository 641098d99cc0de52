import { createHash } from 'node:crypto';

import { LOCALES, type TLocale } from '@/lib/i18n/locales';
import { resources } from '@/lib/i18n/resources';
import { leaves, pluralParts, type TTree, variables } from '@/lib/i18n/tree';

import { safetyKind, type TSafetyKind } from './safety';

/** What the reviewer sees of one shipped string, before the clinic's corrections and approvals. */
export interface TCatalogEntry {
  key: string;
  /** The key without its plural suffix, and the plural form ('' when the string has none). */
  base: string;
  form: string;
  /** The handout section (or 'doc', 'units', 'common', 'figures', 'plan') the string belongs to. */
  section: string;
  /** The English this string translates: the same plural form, else English's "other". */
  source: string;
  sourceHash: string;
  shipped: string;
  /** Every variable English uses for this string's key, across its plural forms. */
  variables: string[];
  safety: TSafetyKind | undefined;
  /** The longest correction accepted (see lib/translations/checks.ts). */
  maxLength: number;
}

/** A short, stable fingerprint of a text: what an approval remembers of the English and the translation. */
export const textHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/*
 * A correction may be longer than English (Spanish runs about a third longer), but not so much that it
 * breaks the page budgets of issue 11: 2.5 times the English, and never less than 40 characters for
 * the short titles. Every shipped translation fits (tests/unit/translation-checks.test.ts).
 */
export const maxLengthFor = (source: string) => Math.max(40, Math.ceil(source.length * 2.5));

const built = new Map<string, TCatalogEntry[]>();

/** Every patient-facing string of a language, in file order, with its English source. */
export function catalog(locale: TLocale, english: TTree = resources.en.handout as TTree): TCatalogEntry[] {
  const cacheable = english === resources.en.handout;
  const cached = cacheable ? built.get(locale) : undefined;
  if (cached) return cached;
  const englishValues = new Map(leaves(english));
  const englishVariables = new Map<string, Set<string>>();
  for (const [key, value] of englishValues) {
    const { base } = pluralParts(key);
    englishVariables.set(base, new Set([...(englishVariables.get(base) ?? []), ...variables(value)]));
  }
  const entries = leaves(resources[locale].handout as TTree).map(([key, shipped]): TCatalogEntry => {
    const { base, form } = pluralParts(key);
    const source = englishValues.get(key) ?? englishValues.get(`${base}_other`) ?? '';
    return {
      key,
      base,
      form,
      section: base.split('.')[0] ?? base,
      source,
      sourceHash: textHash(source),
      shipped,
      variables: [...(englishVariables.get(base) ?? [])],
      safety: safetyKind(base),
      maxLength: maxLengthFor(source),
    };
  });
  if (cacheable) built.set(locale, entries);
  return entries;
}

/** The plural forms a language needs (i18next picks them with Intl.PluralRules). */
export const pluralForms = (locale: TLocale): string[] =>
  new Intl.PluralRules(LOCALES[locale].tag).resolvedOptions().pluralCategories.map(String);
