import { readJsonBody } from '@/lib/http/body';
import { INVALID_BRAND } from '@/lib/store/brand-statements';
import { bodyAs, type IdContext, json, noContent, storeRoute } from '@/lib/store/http';
import { getStore } from '@/lib/store/repository';
import { ZBrandFieldsSchema, ZBrandPatchSchema } from '@/lib/store/schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = storeRoute(async (_request, { params }: IdContext) =>
  json(await getStore().brands.get((await params).id)),
);

export const PUT = storeRoute(async (request, { params }: IdContext) => {
  const { id } = await params;
  const input = bodyAs(ZBrandFieldsSchema, await readJsonBody(request), INVALID_BRAND);
  return json(await getStore().brands.replace(id, input));
});

export const PATCH = storeRoute(async (request, { params }: IdContext) => {
  const { id } = await params;
  const patch = bodyAs(ZBrandPatchSchema, await readJsonBody(request), INVALID_BRAND);
  return json(await getStore().brands.update(id, patch));
});

export const DELETE = storeRoute(async (_request, { params }: IdContext) => {
  await getStore().brands.remove((await params).id);
  return noContent();
});
