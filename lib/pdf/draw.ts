import { renderToBuffer } from '@react-pdf/renderer';

import { CONTENT_RELEASE_DATE } from '@/lib/content-version';
import { HandoutError, invalidSpec } from '@/lib/errors';
import { FALLBACK_FONTS, LOCALES } from '@/lib/i18n/locales';
import { buildPayload } from '@/lib/payload/build';
import { formatDate } from '@/lib/payload/format';
import { perPatientValues } from '@/lib/spec/per-patient';
import type { THandoutSpec } from '@/lib/spec/schema';
import { HandoutDocument } from '@/templates/layout/document';

import { fontStack, registerFonts } from './fonts';
import { handoutCode } from './handout-code';
import { normalizeLogo } from './logo';
import { findUnprintableText } from './printable';
import { withPrivateText } from './private-text';
import { installTextLayoutCache } from './text-cache';

export interface RenderedHandout {
  pdf: Buffer;
  code: string;
  /** A download name without patient data. */
  filename: string;
}

/**
 * A valid spec with its brand inline -> PDF bytes. The CPU-heavy half of the pipeline: it runs in a
 * render worker (lib/pdf/pool.ts) or, outside the server, in the calling process. No I/O but fonts.
 */
export async function drawHandout(spec: THandoutSpec): Promise<RenderedHandout> {
  registerFonts();
  installTextLayoutCache();
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
  const { names, texts } = perPatientValues(spec);
  const printedDate = spec.patient?.date ? [formatDate(spec.patient.date, spec.locale)] : [];
  try {
    const pdf = await withPrivateText({ names, texts: [...texts, ...printedDate] }, () =>
      renderToBuffer(HandoutDocument({ payload })),
    );
    return { pdf, code, filename: `back-spasm-handout-${code}.pdf` };
  } catch (error) {
    // The renderer's message can quote document text; keep it out of the error that gets logged.
    throw new HandoutError('render_failed', 'The PDF could not be drawn.', [], { cause: error });
  }
}
