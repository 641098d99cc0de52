import { z } from 'zod';

import type { TFontFamilyName } from '@/lib/pdf/font-catalog';

/**
 * The handout languages. Adding one: add its folder under locales/, a line here, and its resources in
 * lib/i18n/resources.ts; the parity and glyph tests then tell you what is missing.
 */
export const ZLocaleSchema = z.enum(['en']);
export type TLocale = z.infer<typeof ZLocaleSchema>;

export interface LocaleInfo {
  /** The language's name in its own script, as the picker shows it. */
  nativeName: string;
  direction: 'ltr' | 'rtl';
  /** Font families this language cannot print without; the rest of the stack is per-glyph fallback. */
  fonts: readonly TFontFamilyName[];
  /** How lines may break: at spaces, or between characters by the CJK rules (lib/pdf/line-breaking). */
  lineBreaking: 'words' | 'cjk';
  /** BCP 47 tag for Intl formatting and the PDF /Lang entry. */
  tag: string;
}

/**
 * Printed after a language's own fonts, so free text in another script (a patient's name in Chinese on
 * an English handout) still prints. Arabic before CJK: the CJK faces also hold Latin and would win.
 */
export const FALLBACK_FONTS: readonly TFontFamilyName[] = ['NotoSans', 'NotoSansArabic', 'NotoSansSC'];

export const LOCALES: Record<TLocale, LocaleInfo> = {
  en: { nativeName: 'English', direction: 'ltr', fonts: ['NotoSans'], lineBreaking: 'words', tag: 'en-US' },
};
