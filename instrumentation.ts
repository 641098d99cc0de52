/**
 * Next.js calls this once when the server starts: the render workers start, register their fonts and
 * draw one handout per language before the first request, so that nobody waits for a cold engine.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startRenderPool } = await import('@/lib/pdf/render');
  await startRenderPool().warm;
}
