import { readJsonBody } from '@/lib/http/body';
import { bodyAs, json, storeRoute } from '@/lib/store/http';
import { INVALID_PRESET } from '@/lib/store/preset-statements';
import { getStore } from '@/lib/store/repository';
import { ZPresetInputSchema } from '@/lib/store/schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = storeRoute(async () => json({ presets: await getStore().presets.list() }));

export const POST = storeRoute(async (request) => {
  const input = bodyAs(ZPresetInputSchema, await readJsonBody(request), INVALID_PRESET);
  return json(await getStore().presets.create(input), 201);
});
