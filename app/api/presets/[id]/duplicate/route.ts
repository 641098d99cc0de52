import { route, writer } from '@/lib/auth/guard';
import { type IdContext, json } from '@/lib/store/http';
import { getStore } from '@/lib/store/open';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = route({ access: 'admin' }, async (_request, { params }: IdContext, caller) =>
  json(await getStore().presets.duplicate((await params).id, { actor: writer(caller) }), 201),
);
