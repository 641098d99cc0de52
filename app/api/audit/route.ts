import { z } from 'zod';

import { route } from '@/lib/auth/guard';
import { bodyAs, json } from '@/lib/store/http';
import { getStore } from '@/lib/store/open';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const ZQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().positive().optional(),
});

/** The audit log, newest first; `?before=<seq>` pages back. Read-only: nothing in the app edits it. */
export const GET = route({ access: 'admin' }, async (request) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { limit, before } = bodyAs(ZQuerySchema, params, 'The audit query is not valid.');
  return json({ entries: await getStore().settings.auditLog(limit, before) });
});
