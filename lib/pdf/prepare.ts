import { CONTENT_RELEASE_DATE } from '@/lib/content-version';
import { invalidSpec } from '@/lib/errors';
import { FALLBACK_FONTS, LOCALES } from '@/lib/i18n/locales';
import { buildPayload } from '@/lib/payload/build';
import type { THandoutPayload } from '@/lib/payload/schema';
import type { THandoutSpec } from '@/lib/spec/schema';
import type { TOverrides } from '@/lib/translations/schema';

import { fontStack, registerFonts } from './fonts';
import { handoutCode } from './handout-code';
import { normalizeLogo } from './logo';
import { findUnprintableText } from './printable';

/**
 * A valid spec -> the payload both drawers take (the PDF, lib/pdf/draw.ts, and the web copy,
 * lib/html/render.ts), so the two say the same words and refuse the same text: a character no font
 * of the handout can print is refused in the web copy too. `overrides` are the clinic's translation
 * corrections (issue 16): part of the words and of the code.
 */
export async function prepareHandout(
  spec: THandoutSpec,
  overrides: TOverrides = {},
): Promise<{ payload: THandoutPayload; code: string }> {
  registerFonts();
  const fontFamily = fontStack(LOCALES[spec.locale].fonts, FALLBACK_FONTS);
  const unprintable = findUnprintableText(spec, fontFamily);
  if (unprintable.length > 0) throw invalidSpec(unprintable);
  const logo = spec.brand.logo ? await normalizeLogo(spec.brand.logo) : undefined;
  const code = handoutCode(spec, overrides);
  const secondaryFontFamily = spec.secondaryLocale
    ? fontStack(LOCALES[spec.secondaryLocale].fonts, FALLBACK_FONTS)
    : undefined;
  const payload = buildPayload(spec, {
    logo,
    code,
    creationDate: CONTENT_RELEASE_DATE,
    fontFamily,
    secondaryFontFamily,
    overrides,
  });
  return { payload, code };
}
