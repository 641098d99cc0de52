import i18next, { type i18n, type ParseKeys } from 'i18next';
import { initReactI18next } from 'react-i18next';

import type { TSectionId } from '@/lib/spec/ids';
import handoutEn from '@/locales/en/handout.json';
import uiEn from '@/locales/en/ui.json';
import handoutEs from '@/locales/es/handout.json';
import uiEs from '@/locales/es/ui.json';

/**
 * The clinician-facing language, separate from the handout's: one i18n instance per browser tab,
 * switched with changeLanguage (app/_components/ui-language-switch.tsx). Handout words come along for
 * the settings page's header preview, which shows what the PDF prints.
 */
export const UI_RESOURCES = {
  en: { ui: uiEn, handout: handoutEn },
  es: { ui: uiEs, handout: handoutEs },
} as const;
export type TUiLanguage = keyof typeof UI_RESOURCES;

/** Each screen language by its own name. */
export const UI_LANGUAGES: Record<TUiLanguage, string> = { en: 'English', es: 'Español' };

export function isUiLanguage(value: unknown): value is TUiLanguage {
  return typeof value === 'string' && value in UI_RESOURCES;
}

/** The clinician's choice of screen language, kept in the browser (it is not patient data). */
export const UI_LANGUAGE_KEY = 'clinic-handouts:ui-language';

export function createUiI18n(language: TUiLanguage = 'en'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: UI_RESOURCES,
    lng: language,
    fallbackLng: 'en',
    ns: ['ui', 'handout'],
    defaultNS: 'ui',
    // Bundled resources: ready on the first render, on the server and in the browser alike.
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export type UiKey = ParseKeys<'ui'>;

/*
 * Keys built from registry data (section ids, parameter names, option values). tsc cannot check a key
 * made at run time, so tests/unit/builder-labels.test.ts checks that every one of them exists in English.
 */
export function sectionKey(id: TSectionId, part: 'title' | 'description'): UiKey {
  return `catalog.${id}.${part}` as UiKey;
}

export function paramLabelKey(id: TSectionId, name: string): UiKey {
  return `catalog.${id}.params.${name}.label` as UiKey;
}

export function optionKey(id: TSectionId, name: string, option: string): UiKey {
  return `catalog.${id}.params.${name}.options.${option}` as UiKey;
}
