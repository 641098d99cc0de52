import { route } from '@/lib/auth/guard';
import { readiness } from '@/lib/http/readiness';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * Readiness: 200 when the store answers and the fonts are registered, else 503 naming which check failed;
 * `renderers` says whether the render workers are still warming up (the bench waits for `warm`).
 */
export const GET = route({ access: 'anyone', probe: true }, async () => {
  const { isReady, checks, renderers } = await readiness();
  return Response.json(
    { status: isReady ? 'ready' : 'not ready', checks, ...(renderers && { renderers }) },
    { status: isReady ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
});
