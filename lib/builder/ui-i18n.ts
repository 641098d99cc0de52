import i18next, { type i18n, type ParseKeys } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { LOCALES, type TLocale } from '@/lib/i18n/locales';
import type { TSectionId } from '@/lib/spec/ids';
import uiAm from '@/locales/am/ui.json';
import uiAr from '@/locales/ar/ui.json';
import uiBn from '@/locales/bn/ui.json';
import handoutEn from '@/locales/en/handout.json';
import uiEn from '@/locales/en/ui.json';
import handoutEs from '@/locales/es/handout.json';
import uiEs from '@/locales/es/ui.json';
import uiFa from '@/locales/fa/ui.json';
import uiFr from '@/locales/fr/ui.json';
import uiHi from '@/locales/hi/ui.json';
import uiHt from '@/locales/ht/ui.json';
import uiJa from '@/locales/ja/ui.json';
import uiKo from '@/locales/ko/ui.json';
import uiPt from '@/locales/pt/ui.json';
import uiRu from '@/locales/ru/ui.json';
import uiSo from '@/locales/so/ui.json';
import uiTl from '@/locales/tl/ui.json';
import uiUk from '@/locales/uk/ui.json';
import uiUr from '@/locales/ur/ui.json';
import uiVi from '@/locales/vi/ui.json';
import uiZhHans from '@/locales/zh-Hans/ui.json';
import uiZhHant from '@/locales/zh-Hant/ui.json';

/**
 * The clinician-facing language, separate from the handout's: one i18n instance per browser tab,
 * switched with changeLanguage (app/_components/ui-language-switch.tsx). Handout words come along for
 * the settings page's header preview, which shows what the PDF prints (English where a language's
 * handout words are not bundled for the browser).
 */
export const UI_RESOURCES = {
  en: { ui: uiEn, handout: handoutEn },
  es: { ui: uiEs, handout: handoutEs },
  'zh-Hans': { ui: uiZhHans },
  'zh-Hant': { ui: uiZhHant },
  vi: { ui: uiVi },
  tl: { ui: uiTl },
  ko: { ui: uiKo },
  ru: { ui: uiRu },
  ar: { ui: uiAr },
  ht: { ui: uiHt },
  pt: { ui: uiPt },
  fr: { ui: uiFr },
  ja: { ui: uiJa },
  hi: { ui: uiHi },
  bn: { ui: uiBn },
  ur: { ui: uiUr },
  fa: { ui: uiFa },
  uk: { ui: uiUk },
  so: { ui: uiSo },
  am: { ui: uiAm },
} as const satisfies Record<TLocale, { ui: unknown; handout?: unknown }>;
export type TUiLanguage = keyof typeof UI_RESOURCES;

/** Each screen language by its own name, as the handout languages are listed. */
export const UI_LANGUAGES = Object.fromEntries(
  Object.keys(UI_RESOURCES).map((code) => [code, LOCALES[code as TUiLanguage].nativeName]),
) as Record<TUiLanguage, string>;

export function uiDirection(language: TUiLanguage): 'ltr' | 'rtl' {
  return LOCALES[language].direction;
}
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
