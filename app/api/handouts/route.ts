import { HandoutError } from '@/lib/errors';
import { readJsonBody } from '@/lib/http/body';
import { errorResponse } from '@/lib/http/errors';
import { renderHandout } from '@/lib/pdf/render';

// react-pdf's renderToBuffer is a Node API; the Edge runtime cannot run it.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** A refused render (every worker busy, the queue full) is worth retrying about this much later. */
const RETRY_AFTER_SECONDS = 1;

export async function POST(request: Request): Promise<Response> {
  try {
    const { pdf, filename } = await renderHandout(await readJsonBody(request), { signal: request.signal });
    return new Response(new Uint8Array(pdf), {
      status: 200,
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Content-Length': String(pdf.length),
        // The PDF can hold a patient's name: no cache may keep it.
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    const response = errorResponse(error);
    if (error instanceof HandoutError && error.code === 'overloaded') {
      response.headers.set('Retry-After', String(RETRY_AFTER_SECONDS));
    }
    return response;
  }
}
