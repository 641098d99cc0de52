import { route, writer } from '@/lib/auth/guard';
import { readJsonBody } from '@/lib/http/body';
import { INVALID_BRAND } from '@/lib/store/brand-statements';
import { bodyAs, type IdContext, json, noContent } from '@/lib/store/http';
import { getStore } from '@/lib/store/open';
import { ZBrandFieldsSchema, ZBrandPatchSchema } from '@/lib/store/schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const WRITE = { access: 'admin', body: 'json', needsVersion: true } as const;

export const GET = route({ access: 'build' }, async (_request, { params }: IdContext) =>
  json(await getStore().brands.get((await params).id)),
);

export const PUT = route(WRITE, async (request, { params }: IdContext, caller) => {
  const { id } = await params;
  const input = bodyAs(ZBrandFieldsSchema, await readJsonBody(request), INVALID_BRAND);
  const { expectedVersion } = caller;
  return json(await getStore().brands.replace(id, input, { actor: writer(caller), expectedVersion }));
});

export const PATCH = route(WRITE, async (request, { params }: IdContext, caller) => {
  const { id } = await params;
  const patch = bodyAs(ZBrandPatchSchema, await readJsonBody(request), INVALID_BRAND);
  const { expectedVersion } = caller;
  return json(await getStore().brands.update(id, patch, { actor: writer(caller), expectedVersion }));
});

export const DELETE = route(
  { access: 'admin', needsVersion: true },
  async (_request, { params }: IdContext, caller) => {
    const { expectedVersion } = caller;
    await getStore().brands.remove((await params).id, { actor: writer(caller), expectedVersion });
    return noContent();
  },
);
