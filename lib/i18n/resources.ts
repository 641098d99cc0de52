import handoutAm from '@/locales/am/handout.json';
import handoutAr from '@/locales/ar/handout.json';
import handoutBn from '@/locales/bn/handout.json';
import handoutEn from '@/locales/en/handout.json';
import uiEn from '@/locales/en/ui.json';
import handoutEs from '@/locales/es/handout.json';
import handoutFa from '@/locales/fa/handout.json';
import handoutFr from '@/locales/fr/handout.json';
import handoutHi from '@/locales/hi/handout.json';
import handoutHt from '@/locales/ht/handout.json';
import handoutJa from '@/locales/ja/handout.json';
import handoutKo from '@/locales/ko/handout.json';
import handoutPt from '@/locales/pt/handout.json';
import handoutRu from '@/locales/ru/handout.json';
import handoutSo from '@/locales/so/handout.json';
import handoutTl from '@/locales/tl/handout.json';
import handoutUk from '@/locales/uk/handout.json';
import handoutUr from '@/locales/ur/handout.json';
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
  ja: { handout: handoutJa },
  hi: { handout: handoutHi },
  bn: { handout: handoutBn },
  ur: { handout: handoutUr },
  fa: { handout: handoutFa },
  uk: { handout: handoutUk },
  so: { handout: handoutSo },
  am: { handout: handoutAm },
} satisfies Record<TLocale, { handout: unknown; ui?: unknown }>;

export type HandoutResources = typeof handoutEn;
export type UiResources = typeof uiEn;
