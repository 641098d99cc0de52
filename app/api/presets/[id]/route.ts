import { readJsonBody } from '@/lib/http/body';
import { bodyAs, type IdContext, json, noContent, storeRoute } from '@/lib/store/http';
import { INVALID_PRESET } from '@/lib/store/preset-statements';
import { getStore } from '@/lib/store/repository';
import { ZPresetInputSchema, ZPresetPatchSchema } from '@/lib/store/schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = storeRoute(async (_request, { params }: IdContext) =>
  json(await getStore().presets.get((await params).id)),
);

export const PUT = storeRoute(async (request, { params }: IdContext) => {
  const { id } = await params;
  const input = bodyAs(ZPresetInputSchema, await readJsonBody(request), INVALID_PRESET);
  return json(await getStore().presets.replace(id, input));
});

/** Rename or change part of a preset. */
export const PATCH = storeRoute(async (request, { params }: IdContext) => {
  const { id } = await params;
  const patch = bodyAs(ZPresetPatchSchema, await readJsonBody(request), INVALID_PRESET);
  return json(await getStore().presets.update(id, patch));
});

export const DELETE = storeRoute(async (_request, { params }: IdContext) => {
  await getStore().presets.remove((await params).id);
  return noContent();
});
