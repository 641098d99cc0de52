import { z } from 'zod';

import { route } from '@/lib/auth/guard';
import { HandoutError } from '@/lib/errors';
import { renderHandoutHtml } from '@/lib/html/render';
import { readJsonBody } from '@/lib/http/body';
import { countPages } from '@/lib/pdf/page-count';
import { renderHandout } from '@/lib/pdf/render';
import { getStore } from '@/lib/store/open';
import type { TReviewLocale } from '@/lib/translations/schema';
import { WEB_COPY_CSP } from '@/templates/html/document';

// react-pdf's renderToBuffer is a Node API; the Edge runtime cannot run it.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/*
 * The web copy holds the patient's name and runs in the browser that opens it: it must never act as a
 * page of this origin. No script, no request anywhere, no form, no frame; `sandbox` gives it an opaque
 * origin even if a browser shows it inline.
 */
const WEB_COPY_POLICY = `${WEB_COPY_CSP}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox`;

/** What `?format=` may ask for: the PDF (the default) or its web copy. */
const ZFormatSchema = z.enum(['pdf', 'html']);
const FORMAT_ISSUE = { path: '?format', message: 'Use pdf or html.' };

// The clinic's translation corrections (issue 16) print in its handouts, PDF and web copy alike.
const clinicOverrides = (locales: TReviewLocale[]) => getStore().translations.overrides(locales);

async function webCopy(request: Request): Promise<Response> {
  const { html, filename } = await renderHandoutHtml(await readJsonBody(request), {
    overridesFor: clinicOverrides,
  });
  return new Response(html, {
    status: 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Content-Security-Policy': WEB_COPY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}

/** The handout as a PDF, or with `?format=html` as its accessible web copy (same spec, same words). */
export const POST = route({ access: 'build', body: 'json' }, async (request) => {
  const format = ZFormatSchema.safeParse(new URL(request.url).searchParams.get('format') ?? 'pdf');
  if (!format.success) throw new HandoutError('invalid_spec', 'Unknown format.', [FORMAT_ISSUE]);
  if (format.data === 'html') return webCopy(request);
  const { pdf, filename } = await renderHandout(await readJsonBody(request), {
    signal: request.signal,
    overridesFor: clinicOverrides,
  });
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Content-Length': String(pdf.length),
      // The PDF can hold a patient's name: no cache may keep it.
      'Cache-Control': 'no-store',
      // For the request log (scripts/request-log.mjs): a count, nothing of what the pages say.
      'X-Handout-Pages': String(countPages(pdf)),
    },
  });
});
