import i18next, { type i18n, type ParseKeys } from 'i18next';
import { initReactI18next } from 'react-i18next';

import type { TSectionId } from '@/lib/spec/ids';
import handoutEn from '@/locales/en/handout.json';
import uiEn from '@/locales/en/ui.json';

/**
 * The clinician-facing language, separate from the handout's. Only English exists so far; a UI language
 * switch adds its bundle here and calls changeLanguage on this instance (one per browser tab). English
 * handout words come along for the settings page's header preview, which shows what the PDF prints.
 */
export const UI_RESOURCES = { en: { ui: uiEn, handout: handoutEn } } as const;
export type TUiLanguage = keyof typeof UI_RESOURCES;

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
