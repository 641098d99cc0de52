import i18next, { type TFunction } from 'i18next';

import { type TLocale } from './locales';
import { resources } from './resources';
import { type TTree, withValues } from './tree';

/*
 * One instance for the whole process, initialised synchronously with bundled resources. Renders never
 * call changeLanguage: each takes its own fixed t, so concurrent requests in different languages
 * cannot see each other's language.
 */
const OPTIONS = {
  lng: 'en',
  fallbackLng: false,
  ns: ['handout', 'ui'],
  defaultNS: 'handout',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
} as const;
const instance = i18next.createInstance();
void instance.init({ ...OPTIONS, resources });

export type HandoutT = TFunction<'handout'>;

// A clinic's corrected language, kept for the next renders: a clinic has a handful of them at most.
const corrected = new Map<string, HandoutT>();
const KEPT = 40;

/**
 * The fixed t of a handout language, with a clinic's corrections (lib/translations) when it has any:
 * those get an instance of their own, so the shared one never changes under a concurrent render.
 */
export function handoutT(locale: TLocale, overrides?: Readonly<Record<string, string>>): HandoutT {
  if (!overrides || Object.keys(overrides).length === 0) return instance.getFixedT(locale, 'handout');
  const id = `${locale}\n${JSON.stringify(Object.entries(overrides).sort())}`;
  const kept = corrected.get(id);
  if (kept) return kept;
  const own = i18next.createInstance();
  const handout = withValues(resources[locale].handout as TTree, overrides);
  void own.init({ ...OPTIONS, lng: locale, ns: ['handout'], resources: { [locale]: { handout } } });
  const t = own.getFixedT(locale, 'handout');
  if (corrected.size >= KEPT) corrected.delete(corrected.keys().next().value ?? '');
  corrected.set(id, t);
  return t;
}
