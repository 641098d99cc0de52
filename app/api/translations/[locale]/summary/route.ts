import { route } from '@/lib/auth/guard';
import { json } from '@/lib/store/http';
import { getStore } from '@/lib/store/open';
import { reviewSummary } from '@/lib/translations/service';

import type { LocaleContext } from '../route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Where the clinic's review of a language stands, for the builder's notice: anyone who builds may read it. */
export const GET = route({ access: 'build' }, async (_request, { params }: LocaleContext) =>
  json(await reviewSummary(getStore(), (await params).locale)),
);
