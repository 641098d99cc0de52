/**
 * Next.js calls this once when the server starts, and serves no request before it resolves: the render
 * workers start, register their fonts and draw a warm-up handout in the first language (English by
 * default) before the first request. The other languages are warmed next, behind any real request
 * (awaiting all twelve held the server's start for two minutes on a busy 2-core machine). The store is
 * opened meanwhile, so its migrations run before the first clinician rather than in their request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ startRenderPool }, { getStore }] = await Promise.all([
    import('@/lib/pdf/render'),
    import('@/lib/store/open'),
  ]);
  const pool = startRenderPool();
  try {
    getStore();
  } catch (error) {
    // The pages that need the store say what is wrong with it; the handouts still print.
    console.error(`[handouts] the store did not open: ${error instanceof Error ? error.message : 'unknown'}`);
  }
  await pool.ready;
}
