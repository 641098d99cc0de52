import i18next, { type TFunction } from 'i18next';

import { type TLocale } from './locales';
import { resources } from './resources';

/*
 * One instance for the whole process, initialised synchronously with bundled resources. Renders never
 * call changeLanguage: each takes its own fixed t, so concurrent requests in different languages
 * cannot see each other's language.
 */
const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: 'en',
  fallbackLng: false,
  ns: ['handout', 'ui'],
  defaultNS: 'handout',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type HandoutT = TFunction<'handout'>;

export function handoutT(locale: TLocale): HandoutT {
  return instance.getFixedT(locale, 'handout');
}
