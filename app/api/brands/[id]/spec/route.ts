import { route } from '@/lib/auth/guard';
import { type IdContext, json } from '@/lib/store/http';
import { getStore } from '@/lib/store/open';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * A profile as the inline brand of a handout spec (logo as a PNG data URL). The builder puts it into its
 * form, so its own check, the preview and the download run on exactly what `brandId` would print.
 */
export const GET = route({ access: 'build' }, async (_request, { params }: IdContext) =>
  json(await getStore().brands.forSpec((await params).id)),
);
