import { route, writer } from '@/lib/auth/guard';
import { readJsonBody } from '@/lib/http/body';
import { json } from '@/lib/store/http';
import { getStore } from '@/lib/store/open';
import { importCorrections, reviewView } from '@/lib/translations/service';

import type { LocaleContext } from '../route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** All or nothing: a 422 lists every string that fails its checks, and nothing is stored. */
export const POST = route(
  { access: 'review', body: 'json', needsVersion: true },
  async (request, { params }: LocaleContext, caller) => {
    const { locale } = await params;
    const context = { actor: writer(caller), expectedVersion: caller.expectedVersion };
    await importCorrections(getStore(), locale, await readJsonBody(request), context);
    return json(await reviewView(getStore(), locale));
  },
);
