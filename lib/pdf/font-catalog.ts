import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where the bundled font files live; overridable for deployments that move the app. */
export const FONTS_DIR =
  process.env.HANDOUT_FONTS_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), 'fonts');

/*
 * Chinese, Japanese and Korean come from Debian's fonts-noto-cjk (about 20 MB a face: too large to commit, and
 * npm has no usable CJK TTF). `npm start` and `npm test` install the package when missing.
 */
export const CJK_FONTS_DIR = process.env.HANDOUT_CJK_FONTS_DIR ?? '/usr/share/fonts/opentype/noto';

export interface FontFace {
  file: string;
  /** The face inside a TrueType collection (.ttc). */
  postscriptName?: string;
}

export interface FontFamily {
  regular: FontFace;
  bold: FontFace;
  /** Debian package that provides the files, for the error message when they are missing. */
  package?: string;
}

const bundled = (name: string): FontFace => ({ file: path.join(/*turbopackIgnore: true*/ FONTS_DIR, name) });
const cjk = (weight: 'Regular' | 'Bold', region: 'sc' | 'tc' | 'jp' | 'kr'): FontFace => ({
  file: path.join(/*turbopackIgnore: true*/ CJK_FONTS_DIR, `NotoSansCJK-${weight}.ttc`),
  postscriptName: `NotoSansCJK${region}-${weight}`,
});

export const FONT_FAMILIES = {
  NotoSans: { regular: bundled('NotoSans-Regular.ttf'), bold: bundled('NotoSans-Bold.ttf') },
  NotoSansArabic: {
    regular: bundled('NotoSansArabic-Regular.ttf'),
    bold: bundled('NotoSansArabic-Bold.ttf'),
  },
  NotoSansDevanagari: {
    regular: bundled('NotoSansDevanagari-Regular.ttf'),
    bold: bundled('NotoSansDevanagari-Bold.ttf'),
  },
  NotoSansBengali: {
    regular: bundled('NotoSansBengali-Regular.ttf'),
    bold: bundled('NotoSansBengali-Bold.ttf'),
  },
  /*
   * Urdu. Urdu readers expect Nastaliq, but with @react-pdf/textkit 7 and fontkit 2.0.4 Noto Nastaliq
   * Urdu prints its words collapsed onto each other (its sloping joins are lost). No upstream report is
   * specific to Nastaliq; the nearest is diegomura/react-pdf#2424 (OpenType positioning of some Arabic
   * fonts not applied). Naskh is the style Urdu readers also meet on screens and signs, and it shapes
   * correctly: the cost is a less familiar style, not a wrong one. Persian keeps Noto Sans Arabic, the
   * face Arabic uses, which holds every Persian letter.
   */
  NotoNaskhArabic: {
    regular: bundled('NotoNaskhArabic-Regular.ttf'),
    bold: bundled('NotoNaskhArabic-Bold.ttf'),
  },
  NotoSansEthiopic: {
    regular: bundled('NotoSansEthiopic-Regular.ttf'),
    bold: bundled('NotoSansEthiopic-Bold.ttf'),
  },
  NotoSansSC: { regular: cjk('Regular', 'sc'), bold: cjk('Bold', 'sc'), package: 'fonts-noto-cjk' },
  NotoSansTC: { regular: cjk('Regular', 'tc'), bold: cjk('Bold', 'tc'), package: 'fonts-noto-cjk' },
  // The JP face of the collection: Japanese glyph forms (直, 骨, 角), not the Chinese ones.
  NotoSansJP: { regular: cjk('Regular', 'jp'), bold: cjk('Bold', 'jp'), package: 'fonts-noto-cjk' },
  NotoSansKR: { regular: cjk('Regular', 'kr'), bold: cjk('Bold', 'kr'), package: 'fonts-noto-cjk' },
} as const satisfies Record<string, FontFamily>;

export type TFontFamilyName = keyof typeof FONT_FAMILIES;

const availability = new Map<TFontFamilyName, boolean>();

/**
 * Whether a family's files are installed. Looked up once per process, not on every render: fonts
 * installed while the server runs are picked up at the next start.
 */
export function isFamilyAvailable(name: TFontFamilyName): boolean {
  let isAvailable = availability.get(name);
  if (isAvailable === undefined) {
    const family: FontFamily = FONT_FAMILIES[name];
    isAvailable = existsSync(family.regular.file) && existsSync(family.bold.file);
    availability.set(name, isAvailable);
  }
  return isAvailable;
}
