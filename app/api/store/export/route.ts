import { route } from '@/lib/auth/guard';
import { getStore } from '@/lib/store/open';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = route({ access: 'admin' }, async () => {
  const doc = await getStore().exportAll();
  const day = doc.exportedAt?.slice(0, 10) ?? 'export';
  return Response.json(doc, {
    headers: {
      'Content-Disposition': `attachment; filename="clinic-handouts-${day}.json"`,
      'Cache-Control': 'no-store',
    },
  });
});
