import { route, writer } from '@/lib/auth/guard';
import { readJsonBody } from '@/lib/http/body';
import { bodyAs, json } from '@/lib/store/http';
import { getStore } from '@/lib/store/open';
import { ZSettingsPatchSchema } from '@/lib/store/user-schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = route({ access: 'admin' }, async () => json(await getStore().settings.get()));

export const PATCH = route({ access: 'admin', body: 'json' }, async (request, _context, caller) => {
  const patch = bodyAs(ZSettingsPatchSchema, await readJsonBody(request), 'The settings are not valid.');
  return json(await getStore().settings.update(patch, { actor: writer(caller) }));
});
