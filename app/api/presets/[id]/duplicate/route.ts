import { type IdContext, json, storeRoute } from '@/lib/store/http';
import { getStore } from '@/lib/store/repository';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = storeRoute(async (_request, { params }: IdContext) =>
  json(await getStore().presets.duplicate((await params).id), 201),
);
