import { renderToBuffer } from '@react-pdf/renderer';

import { CONTENT_RELEASE_DATE } from '@/lib/content-version';
import { HandoutError, invalidSpec, issuesFromZod } from '@/lib/errors';
import { FALLBACK_FONTS, LOCALES } from '@/lib/i18n/locales';
import { buildPayload } from '@/lib/payload/build';
import { type THandoutSpec, ZHandoutSpecSchema } from '@/lib/spec/schema';
import { resolveBrandReference } from '@/lib/store/resolve-brand';
import { HandoutDocument } from '@/templates/layout/document';

import { fontStack, registerFonts } from './fonts';
import { handoutCode } from './handout-code';
import { normalizeLogo } from './logo';
import { findUnprintableText } from './printable';

export interface RenderedHandout {
  pdf: Buffer;
  code: string;
  /** A download name without patient data. */
  filename: string;
}

/** Any JSON value -> a valid spec, or HandoutError('invalid_spec') listing every problem with its path. */
export function parseSpec(input: unknown): THandoutSpec {
  const result = ZHandoutSpecSchema.safeParse(input);
  if (!result.success) throw invalidSpec(issuesFromZod(result.error));
  return result.data;
}

/**
 * The one pipeline behind the preview, the download, the API and the CLI:
 * spec -> payload (content, brand, parameters resolved) -> document -> PDF bytes.
 */
export async function renderHandout(input: unknown): Promise<RenderedHandout> {
  const spec = parseSpec(await resolveBrandReference(input));
  registerFonts();
  const fontFamily = fontStack(LOCALES[spec.locale].fonts, FALLBACK_FONTS);
  const unprintable = findUnprintableText(spec, fontFamily);
  if (unprintable.length > 0) throw invalidSpec(unprintable);
  const logo = spec.brand.logo ? await normalizeLogo(spec.brand.logo) : undefined;
  const code = handoutCode(spec);
  const secondaryFontFamily = spec.secondaryLocale
    ? fontStack(LOCALES[spec.secondaryLocale].fonts, FALLBACK_FONTS)
    : undefined;
  const payload = buildPayload(spec, {
    logo,
    code,
    creationDate: CONTENT_RELEASE_DATE,
    fontFamily,
    secondaryFontFamily,
  });
  try {
    const pdf = await renderToBuffer(HandoutDocument({ payload }));
    return { pdf, code, filename: `back-spasm-handout-${code}.pdf` };
  } catch (error) {
    // The renderer's message can quote document text; keep it out of the error that gets logged.
    throw new HandoutError('render_failed', 'The PDF could not be drawn.', [], { cause: error });
  }
}
