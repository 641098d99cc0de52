import { readJsonBody } from '@/lib/http/body';
import { INVALID_BRAND } from '@/lib/store/brand-statements';
import { bodyAs, json, storeRoute } from '@/lib/store/http';
import { getStore } from '@/lib/store/repository';
import { ZBrandFieldsSchema } from '@/lib/store/schemas';

// better-sqlite3 and sharp are native modules: Node runtime only.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = storeRoute(async () => json({ brands: await getStore().brands.list() }));

export const POST = storeRoute(async (request) => {
  const input = bodyAs(ZBrandFieldsSchema, await readJsonBody(request), INVALID_BRAND);
  return json(await getStore().brands.create(input), 201);
});
