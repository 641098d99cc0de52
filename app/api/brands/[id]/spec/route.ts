import { type IdContext, json, storeRoute } from '@/lib/store/http';
import { getStore } from '@/lib/store/repository';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * A profile as the inline brand of a handout spec (logo as a PNG data URL). The builder puts it into its
 * form, so its own check, the preview and the download run on exactly what `brandId` would print.
 */
export const GET = storeRoute(async (_request, { params }: IdContext) =>
  json(await getStore().brands.forSpec((await params).id)),
);
