import { route, writer } from '@/lib/auth/guard';
import { readJsonBody } from '@/lib/http/body';
import { bodyAs, json } from '@/lib/store/http';
import { getStore } from '@/lib/store/open';
import { ZUserInputSchema } from '@/lib/store/user-schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = route({ access: 'admin' }, async () => json({ users: await getStore().users.list() }));

export const POST = route({ access: 'admin', body: 'json' }, async (request, _context, caller) => {
  const input = bodyAs(ZUserInputSchema, await readJsonBody(request), 'The user is not valid.');
  return json(await getStore().users.create(input, { actor: writer(caller) }), 201);
});
