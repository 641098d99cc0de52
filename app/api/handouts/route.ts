import { route } from '@/lib/auth/guard';
import { readJsonBody } from '@/lib/http/body';
import { countPages } from '@/lib/pdf/page-count';
import { renderHandout } from '@/lib/pdf/render';
import { getStore } from '@/lib/store/open';

// react-pdf's renderToBuffer is a Node API; the Edge runtime cannot run it.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = route({ access: 'build', body: 'json' }, async (request) => {
  const { pdf, filename } = await renderHandout(await readJsonBody(request), {
    signal: request.signal,
    // The clinic's translation corrections (issue 16) print in its handouts.
    overridesFor: (locales) => getStore().translations.overrides(locales),
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
