import { route, writer } from '@/lib/auth/guard';
import { readJsonBody } from '@/lib/http/body';
import { bodyAs, type IdContext, json, noContent } from '@/lib/store/http';
import { getStore } from '@/lib/store/open';
import { INVALID_PRESET } from '@/lib/store/preset-statements';
import { ZPresetInputSchema, ZPresetPatchSchema } from '@/lib/store/schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const WRITE = { access: 'admin', body: 'json', needsVersion: true } as const;

export const GET = route({ access: 'build' }, async (_request, { params }: IdContext) =>
  json(await getStore().presets.get((await params).id)),
);

export const PUT = route(WRITE, async (request, { params }: IdContext, caller) => {
  const { id } = await params;
  const input = bodyAs(ZPresetInputSchema, await readJsonBody(request), INVALID_PRESET);
  const { expectedVersion } = caller;
  return json(await getStore().presets.replace(id, input, { actor: writer(caller), expectedVersion }));
});

/** Rename or change part of a saved handout. */
export const PATCH = route(WRITE, async (request, { params }: IdContext, caller) => {
  const { id } = await params;
  const patch = bodyAs(ZPresetPatchSchema, await readJsonBody(request), INVALID_PRESET);
  const { expectedVersion } = caller;
  return json(await getStore().presets.update(id, patch, { actor: writer(caller), expectedVersion }));
});

export const DELETE = route(
  { access: 'admin', needsVersion: true },
  async (_request, { params }: IdContext, caller) => {
    const { expectedVersion } = caller;
    await getStore().presets.remove((await params).id, { actor: writer(caller), expectedVersion });
    return noContent();
  },
);
