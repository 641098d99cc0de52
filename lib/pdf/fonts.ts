import { Font } from '@react-pdf/renderer';

import { HandoutError } from '@/lib/errors';

import { FONT_FAMILIES, type FontFamily, isFamilyAvailable, type TFontFamilyName } from './font-catalog';
import { openFace } from './font-files';

let isRegistered = false;

/**
 * Registers every available font once per process. Called by the render pipeline, never inside a
 * component: react-pdf keeps fonts in a global store and parses a file only when a text needs it.
 */
export function registerFonts(): void {
  if (isRegistered) return;
  for (const [name, family] of Object.entries(FONT_FAMILIES) as [TFontFamilyName, FontFamily][]) {
    if (!isFamilyAvailable(name)) continue;
    Font.register({
      family: name,
      fonts: [
        { src: family.regular.file, postscriptName: family.regular.postscriptName, fontWeight: 'normal' },
        { src: family.bold.file, postscriptName: family.bold.postscriptName, fontWeight: 'bold' },
      ],
    });
    // react-pdf still loads a face only when a text uses it, but from the bytes this process holds
    // once (font-files.ts) instead of reading the file again for each face.
    for (const [fontWeight, face] of [
      [400, family.regular],
      [700, family.bold],
    ] as const) {
      const source = Font.getFont({ fontFamily: name, fontWeight });
      source._load = () => {
        source.data = openFace(face) as typeof source.data;
        return Promise.resolve();
      };
    }
  }
  // No hyphenation by default: broken words are harder to read for the patients we write for, and
  // react-pdf's built-in patterns are US English only. CJK text gets its own break rules per Text.
  Font.registerHyphenationCallback((word) => [word]);
  isRegistered = true;
}

/** The stack for a handout: required families must be installed; optional fallbacks are dropped if not. */
export function fontStack(
  required: readonly TFontFamilyName[],
  fallbacks: readonly TFontFamilyName[],
): string[] {
  for (const name of required) {
    if (!isFamilyAvailable(name)) {
      const family: FontFamily = FONT_FAMILIES[name];
      throw new HandoutError(
        'fonts_missing',
        `The fonts for this language are not installed on the server${family.package ? ` (Debian package ${family.package})` : ''}.`,
      );
    }
  }
  return [...required, ...fallbacks.filter((name) => !required.includes(name) && isFamilyAvailable(name))];
}
