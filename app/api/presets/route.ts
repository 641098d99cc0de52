import { route, writer } from '@/lib/auth/guard';
import { readJsonBody } from '@/lib/http/body';
import { bodyAs, json } from '@/lib/store/http';
import { getStore } from '@/lib/store/open';
import { INVALID_PRESET } from '@/lib/store/preset-statements';
import { ZPresetInputSchema } from '@/lib/store/schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = route({ access: 'build' }, async () => json({ presets: await getStore().presets.list() }));

export const POST = route({ access: 'admin', body: 'json' }, async (request, _context, caller) => {
  const input = bodyAs(ZPresetInputSchema, await readJsonBody(request), INVALID_PRESET);
  return json(await getStore().presets.create(input, { actor: writer(caller) }), 201);
});
