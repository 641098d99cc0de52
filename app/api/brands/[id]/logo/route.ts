import { notFound } from '@/lib/store/errors';
import { type IdContext, json, storeRoute } from '@/lib/store/http';
import { prepareLogo } from '@/lib/store/logo-upload';
import { getStore } from '@/lib/store/repository';
import { readLogoUpload } from '@/lib/store/upload-body';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The stored, normalised logo (for the settings page preview). */
export const GET = storeRoute(async (_request, { params }: IdContext) => {
  const logo = await getStore().brands.getLogo((await params).id);
  if (!logo) throw notFound('logo');
  return new Response(new Uint8Array(logo.png), {
    headers: { 'Content-Type': 'image/png', ETag: `"${logo.sha256}"`, 'Cache-Control': 'no-cache' },
  });
});

/** Multipart (field "logo") or the raw file as the body. A rejected file leaves the previous logo. */
export const PUT = storeRoute(async (request, { params }: IdContext) => {
  const { id } = await params;
  const store = getStore();
  await store.brands.get(id);
  const { bytes, declared } = await readLogoUpload(request);
  return json(await store.brands.setLogo(id, await prepareLogo(bytes, declared)));
});

export const DELETE = storeRoute(async (_request, { params }: IdContext) =>
  json(await getStore().brands.removeLogo((await params).id)),
);
