/**
 * Next.js calls this once when the server starts, and serves no request before it resolves: the store
 * opens (its migrations run before the first clinician rather than in their request), then the render
 * workers start, register their fonts and draw warm-up handouts in each language in use (English and
 * the languages of the clinic's saved handouts, lib/pdf/render-config.ts), in the clinic's own brand
 * (its default profile) when it has one, before the first request.
 */
import type { TBrand } from '@/lib/spec/brand';

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ startRenderPool }, { getStore }, { defaultBrand }, { languagesInUse }, { ZBrandSchema }] =
    await Promise.all([
      import('@/lib/pdf/render'),
      import('@/lib/store/open'),
      import('@/lib/store/resolve-brand'),
      import('@/lib/pdf/warm-up'),
      import('@/lib/spec/brand'),
    ]);
  let inUse: Awaited<ReturnType<typeof languagesInUse>> = [];
  let brand: TBrand | undefined;
  try {
    inUse = languagesInUse(await getStore().presets.list());
    // A profile the brand schema no longer accepts is not warmed: its handouts say what is wrong.
    brand = ZBrandSchema.safeParse(await defaultBrand()).data;
  } catch (error) {
    // The pages that need the store say what is wrong with it; the handouts still print (English warm).
    console.error(`[handouts] the store did not open: ${error instanceof Error ? error.message : 'unknown'}`);
  }
  const pool = startRenderPool({ inUse, brand });
  await pool.ready;
  // A status line, no patient data: which handout languages the workers drew before the first request.
  process.stdout.write(
    `[handouts] render workers ready; languages warmed: ${pool.warmed().join(', ') || 'none'}` +
      `${brand ? ' (in the clinic’s brand)' : ''}\n`,
  );
}
