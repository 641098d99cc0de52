import { z } from 'zod';

import type { TFontFamilyName } from '@/lib/pdf/font-catalog';

/**
 * The handout languages. Adding one: add its folder under locales/, a line here, and its resources in
 * lib/i18n/resources.ts; the parity and glyph tests then tell you what is missing.
 */
export const ZLocaleSchema = z.enum([
  'en',
  'es',
  'zh-Hans',
  'zh-Hant',
  'vi',
  'tl',
  'ko',
  'ru',
  'ar',
  'ht',
  'pt',
  'fr',
  'ja',
  'hi',
  'bn',
  'ur',
  'fa',
  'uk',
  'so',
  'am',
]);
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
 * an English handout) still prints. CJK last: the CJK faces also hold Latin, Cyrillic and Greek and
 * would win. Japanese kana come from the SC face, which has them.
 */
export const FALLBACK_FONTS: readonly TFontFamilyName[] = [
  'NotoSans',
  'NotoSansArabic',
  'NotoSansDevanagari',
  'NotoSansBengali',
  'NotoSansEthiopic',
  'NotoSansSC',
];

const latin = { direction: 'ltr', fonts: ['NotoSans'], lineBreaking: 'words' } as const;

export const LOCALES: Record<TLocale, LocaleInfo> = {
  en: { ...latin, nativeName: 'English', tag: 'en-US' },
  es: { ...latin, nativeName: 'Español', tag: 'es-US' },
  'zh-Hans': {
    nativeName: '中文（简体）',
    direction: 'ltr',
    fonts: ['NotoSansSC'],
    lineBreaking: 'cjk',
    tag: 'zh-Hans',
  },
  'zh-Hant': {
    nativeName: '中文（繁體）',
    direction: 'ltr',
    fonts: ['NotoSansTC'],
    lineBreaking: 'cjk',
    tag: 'zh-Hant',
  },
  vi: { ...latin, nativeName: 'Tiếng Việt', tag: 'vi' },
  tl: { ...latin, nativeName: 'Tagalog', tag: 'tl' },
  // Korean puts spaces between words, so it wraps at spaces like Latin scripts.
  ko: { nativeName: '한국어', direction: 'ltr', fonts: ['NotoSansKR'], lineBreaking: 'words', tag: 'ko' },
  ru: { ...latin, nativeName: 'Русский', tag: 'ru' },
  ar: {
    nativeName: 'العربية',
    direction: 'rtl',
    fonts: ['NotoSansArabic', 'NotoSans'],
    lineBreaking: 'words',
    tag: 'ar',
  },
  ht: { ...latin, nativeName: 'Kreyòl ayisyen', tag: 'ht' },
  pt: { ...latin, nativeName: 'Português', tag: 'pt-BR' },
  fr: { ...latin, nativeName: 'Français', tag: 'fr' },
  // Breaks between characters by the Japanese kinsoku rules (lib/pdf/line-breaking.ts), JP glyph forms.
  ja: { nativeName: '日本語', direction: 'ltr', fonts: ['NotoSansJP'], lineBreaking: 'cjk', tag: 'ja' },
  // Devanagari and Bengali put spaces between words: a line breaks at a space, never inside a cluster.
  hi: {
    nativeName: 'हिन्दी',
    direction: 'ltr',
    fonts: ['NotoSansDevanagari', 'NotoSans'],
    lineBreaking: 'words',
    tag: 'hi',
  },
  bn: {
    nativeName: 'বাংলা',
    direction: 'ltr',
    fonts: ['NotoSansBengali', 'NotoSans'],
    lineBreaking: 'words',
    tag: 'bn',
  },
  // Urdu in Naskh (why: lib/pdf/font-catalog.ts). Urdu and Persian print Western digits like Arabic.
  ur: {
    nativeName: 'اردو',
    direction: 'rtl',
    fonts: ['NotoNaskhArabic', 'NotoSans'],
    lineBreaking: 'words',
    tag: 'ur',
  },
  fa: {
    nativeName: 'فارسی',
    direction: 'rtl',
    fonts: ['NotoSansArabic', 'NotoSans'],
    lineBreaking: 'words',
    tag: 'fa',
  },
  uk: { ...latin, nativeName: 'Українська', tag: 'uk' },
  so: { ...latin, nativeName: 'Soomaali', tag: 'so' },
  // The Ethiopic face has no Latin digits or stops: they come from Noto Sans.
  am: {
    nativeName: 'አማርኛ',
    direction: 'ltr',
    fonts: ['NotoSansEthiopic', 'NotoSans'],
    lineBreaking: 'words',
    tag: 'am',
  },
};
