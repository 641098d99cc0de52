/**
 * Next.js calls this once when the server starts, and serves no request before it resolves: the render
 * workers start, register their fonts and draw a warm-up handout in the first language (English by
 * default) before the first request. The other languages are warmed next, behind any real request
 * (awaiting all twelve held the server's start for two minutes on a busy 2-core machine).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startRenderPool } = await import('@/lib/pdf/render');
  await startRenderPool().ready;
}
