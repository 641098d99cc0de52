import { storeRoute } from '@/lib/store/http';
import { getStore } from '@/lib/store/repository';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = storeRoute(async () => {
  const doc = await getStore().exportAll();
  const day = doc.exportedAt?.slice(0, 10) ?? 'export';
  return Response.json(doc, {
    headers: {
      'Content-Disposition': `attachment; filename="clinic-handouts-${day}.json"`,
      'Cache-Control': 'no-store',
    },
  });
});
