import { route, writer } from '@/lib/auth/guard';
import { notFound } from '@/lib/store/errors';
import { type IdContext, json } from '@/lib/store/http';
import { prepareLogo } from '@/lib/store/logo-upload';
import { getStore } from '@/lib/store/open';
import { readLogoUpload } from '@/lib/store/upload-body';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The stored, normalised logo (for the settings page preview). */
export const GET = route({ access: 'build' }, async (_request, { params }: IdContext) => {
  const logo = await getStore().brands.getLogo((await params).id);
  if (!logo) throw notFound('logo');
  return new Response(new Uint8Array(logo.png), {
    headers: { 'Content-Type': 'image/png', ETag: `"${logo.sha256}"`, 'Cache-Control': 'no-cache' },
  });
});

/** Multipart (field "logo"). A rejected file leaves the previous logo. */
export const PUT = route(
  { access: 'admin', body: 'multipart', needsVersion: true },
  async (request, { params }: IdContext, caller) => {
    const { id } = await params;
    const store = getStore();
    await store.brands.get(id);
    const { bytes, declared } = await readLogoUpload(request);
    const logo = await prepareLogo(bytes, declared);
    const { expectedVersion } = caller;
    return json(await store.brands.setLogo(id, logo, { actor: writer(caller), expectedVersion }));
  },
);

export const DELETE = route(
  { access: 'admin', needsVersion: true },
  async (_request, { params }: IdContext, caller) => {
    const { expectedVersion } = caller;
    const id = (await params).id;
    return json(await getStore().brands.removeLogo(id, { actor: writer(caller), expectedVersion }));
  },
);
