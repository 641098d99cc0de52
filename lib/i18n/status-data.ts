import amStatus from '@/locales/am/status.json';
import arStatus from '@/locales/ar/status.json';
import bnStatus from '@/locales/bn/status.json';
import esStatus from '@/locales/es/status.json';
import faStatus from '@/locales/fa/status.json';
import frStatus from '@/locales/fr/status.json';
import hiStatus from '@/locales/hi/status.json';
import htStatus from '@/locales/ht/status.json';
import jaStatus from '@/locales/ja/status.json';
import koStatus from '@/locales/ko/status.json';
import ptStatus from '@/locales/pt/status.json';
import ruStatus from '@/locales/ru/status.json';
import soStatus from '@/locales/so/status.json';
import tlStatus from '@/locales/tl/status.json';
import ukStatus from '@/locales/uk/status.json';
import urStatus from '@/locales/ur/status.json';
import viStatus from '@/locales/vi/status.json';
import zhHansStatus from '@/locales/zh-Hans/status.json';
import zhHantStatus from '@/locales/zh-Hant/status.json';

import type { TLocale } from './locales';
import { type TTranslationStatus, ZTranslationStatusSchema } from './status';

/** English is the source the clinical owner signs off; every other language carries its own status. */
export const TRANSLATION_STATUS: Partial<Record<TLocale, TTranslationStatus>> = Object.fromEntries(
  Object.entries({
    es: esStatus,
    'zh-Hans': zhHansStatus,
    'zh-Hant': zhHantStatus,
    vi: viStatus,
    tl: tlStatus,
    ko: koStatus,
    ru: ruStatus,
    ar: arStatus,
    ht: htStatus,
    pt: ptStatus,
    fr: frStatus,
    ja: jaStatus,
    hi: hiStatus,
    bn: bnStatus,
    ur: urStatus,
    fa: faStatus,
    uk: ukStatus,
    so: soStatus,
    am: amStatus,
  }).map(([locale, status]) => [locale, ZTranslationStatusSchema.parse(status)]),
);

export function isReviewed(locale: TLocale): boolean {
  return locale === 'en' || TRANSLATION_STATUS[locale]?.status === 'reviewed';
}
