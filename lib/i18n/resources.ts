import handoutAr from '@/locales/ar/handout.json';
import handoutEn from '@/locales/en/handout.json';
import uiEn from '@/locales/en/ui.json';
import handoutEs from '@/locales/es/handout.json';
import handoutFr from '@/locales/fr/handout.json';
import handoutHt from '@/locales/ht/handout.json';
import handoutKo from '@/locales/ko/handout.json';
import handoutPt from '@/locales/pt/handout.json';
import handoutRu from '@/locales/ru/handout.json';
import handoutTl from '@/locales/tl/handout.json';
import handoutVi from '@/locales/vi/handout.json';
import handoutZhHans from '@/locales/zh-Hans/handout.json';
import handoutZhHant from '@/locales/zh-Hant/handout.json';

import type { TLocale } from './locales';

/**
 * Bundled at build time so a render never waits on the file system or the network. The builder's own
 * words (ui) exist in English; a handout language needs only its handout namespace.
 */
export const resources = {
  en: { handout: handoutEn, ui: uiEn },
  es: { handout: handoutEs },
  'zh-Hans': { handout: handoutZhHans },
  'zh-Hant': { handout: handoutZhHant },
  vi: { handout: handoutVi },
  tl: { handout: handoutTl },
  ko: { handout: handoutKo },
  ru: { handout: handoutRu },
  ar: { handout: handoutAr },
  ht: { handout: handoutHt },
  pt: { handout: handoutPt },
  fr: { handout: handoutFr },
} satisfies Record<TLocale, { handout: unknown; ui?: unknown }>;

export type HandoutResources = typeof handoutEn;
export type UiResources = typeof uiEn;
