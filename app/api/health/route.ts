import { route } from '@/lib/auth/guard';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Liveness: the process answers. It never touches the store, so a database outage restarts nothing. */
export const GET = route({ access: 'anyone', probe: true }, async () =>
  Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } }),
);
