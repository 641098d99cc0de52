import { route, writer } from '@/lib/auth/guard';
import { readJsonBody } from '@/lib/http/body';
import { bodyAs, json } from '@/lib/store/http';
import { getStore } from '@/lib/store/open';
import { MAX_IMPORT_BYTES, ZStoreExportSchema } from '@/lib/store/transfer-schema';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** All or nothing: a 422 (with issue paths) or 413 means nothing in the store changed. */
export const POST = route({ access: 'admin', body: 'json' }, async (request, _context, caller) => {
  const doc = bodyAs(
    ZStoreExportSchema,
    await readJsonBody(request, MAX_IMPORT_BYTES),
    'The import file is not valid. Nothing was changed.',
  );
  return json(await getStore().importAll(doc, writer(caller)));
});
