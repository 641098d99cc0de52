import handoutEn from '@/locales/en/handout.json';
import uiEn from '@/locales/en/ui.json';

import type { TLocale } from './locales';

/** Bundled at build time so a render never waits on the file system or the network. */
export const resources = {
  en: { handout: handoutEn, ui: uiEn },
} satisfies Record<TLocale, { handout: unknown; ui: unknown }>;

export type HandoutResources = typeof handoutEn;
export type UiResources = typeof uiEn;
