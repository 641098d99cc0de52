import { route, writer } from '@/lib/auth/guard';
import { readJsonBody } from '@/lib/http/body';
import { INVALID_BRAND } from '@/lib/store/brand-statements';
import { bodyAs, json } from '@/lib/store/http';
import { getStore } from '@/lib/store/open';
import { ZBrandFieldsSchema } from '@/lib/store/schemas';

// better-sqlite3 and sharp are native modules: Node runtime only.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = route({ access: 'build' }, async () => json({ brands: await getStore().brands.list() }));

export const POST = route({ access: 'admin', body: 'json' }, async (request, _context, caller) => {
  const input = bodyAs(ZBrandFieldsSchema, await readJsonBody(request), INVALID_BRAND);
  return json(await getStore().brands.create(input, { actor: writer(caller) }), 201);
});
