import { LOCALES, type TLocale } from '@/lib/i18n/locales';

/*
 * "A rendered line of the handout where it appears", for the reviewer: the string with its variables
 * filled in by values like those a handout prints, and a count that this plural form is used for.
 * Browser-safe (no node: imports): the Translations page builds it as the text is typed.
 */

const SAMPLES: Record<string, string> = {
  number: '911',
  phone: '555-0100',
  name: 'Northside Physio',
  duration: '15 min',
  rest: '20 min',
  height: '15 cm',
  page: '1',
  total: '3',
  code: '1.0-3F2A9C',
};

/** The first count (small numbers first, then a million, which Spanish and French call "many") of a form. */
export function countFor(locale: TLocale, form: string): number {
  const rules = new Intl.PluralRules(LOCALES[locale].tag);
  return [...Array.from({ length: 200 }, (_, n) => n), 1_000_000].find((n) => rules.select(n) === form) ?? 2;
}

/** The text as a handout could print it; an unknown variable stays visible as it was written. */
export function exampleLine(text: string, locale: TLocale, form: string): string {
  const count = String(countFor(locale, form || 'other'));
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name === 'count' ? count : (SAMPLES[name] ?? whole),
  );
}

export const REVIEW_FILTERS = ['all', 'open', 'changed', 'safety', 'corrected'] as const;
export type TReviewFilter = (typeof REVIEW_FILTERS)[number];

/** The Translations page's filters: not yet reviewed, changed since review, safety lines, corrected. */
export function matchesFilter(
  string: { status: string; safety?: string; isCorrected: boolean },
  filter: TReviewFilter,
): boolean {
  if (filter === 'open') return string.status !== 'reviewed';
  if (filter === 'changed') return string.status === 'changed';
  if (filter === 'safety') return string.safety !== undefined;
  if (filter === 'corrected') return string.isCorrected;
  return true;
}
