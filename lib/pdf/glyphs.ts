import type * as fontkit from 'fontkit';

import { FONT_FAMILIES, type FontFamily, isFamilyAvailable, type TFontFamilyName } from './font-catalog';
import { openFace } from './font-files';

function regularFace(name: TFontFamilyName): fontkit.Font | undefined {
  if (!isFamilyAvailable(name)) return undefined;
  const family: FontFamily = FONT_FAMILIES[name];
  return openFace(family.regular);
}

// Spaces, joiners and direction marks are laid out, not drawn: no glyph is needed for them.
const INVISIBLE = /[\s\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/u;

/**
 * The characters of `text` that no font of the stack can draw, each once. react-pdf would print them
 * as empty boxes ("tofu"), so callers refuse such text with a message instead.
 */
export function missingGlyphs(text: string, stack: readonly string[]): string[] {
  const fonts = stack
    .filter((name): name is TFontFamilyName => name in FONT_FAMILIES)
    .map(regularFace)
    .filter((font) => font !== undefined);
  const missing = new Set<string>();
  for (const char of text) {
    if (INVISIBLE.test(char) || missing.has(char)) continue;
    const codePoint = char.codePointAt(0) ?? 0;
    if (!fonts.some((font) => font.hasGlyphForCodePoint(codePoint))) missing.add(char);
  }
  return [...missing];
}
