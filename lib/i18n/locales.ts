import { z } from 'zod';

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
  /** Font families in fallback order; react-pdf picks per glyph (see lib/pdf/fonts.ts). */
  fonts: readonly string[];
  /** BCP 47 tag for Intl formatting and the PDF /Lang entry. */
  tag: string;
  /** Whether the English hyphenation patterns built into react-pdf may be applied. */
  isEnglishHyphenation: boolean;
}

export const LOCALES: Record<TLocale, LocaleInfo> = {
  en: {
    nativeName: 'English',
    direction: 'ltr',
    fonts: ['NotoSans'],
    tag: 'en-US',
    isEnglishHyphenation: true,
  },
};
