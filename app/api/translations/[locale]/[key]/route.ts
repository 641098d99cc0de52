import { route, writer } from '@/lib/auth/guard';
import { readJsonBody } from '@/lib/http/body';
import { bodyAs, json } from '@/lib/store/http';
import { getStore } from '@/lib/store/open';
import { INVALID_TRANSLATION } from '@/lib/store/translation-rules';
import { ZTranslationWriteSchema } from '@/lib/translations/schema';
import { approve, correct, reviewView } from '@/lib/translations/service';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface KeyContext {
  params: Promise<{ locale: string; key: string }>;
}

/** `{ "text": "…" }` corrects the string, `{ "approve": true }` approves it; If-Match is the set's version. */
export const PUT = route(
  { access: 'review', body: 'json', needsVersion: true },
  async (request, { params }: KeyContext, caller) => {
    const { locale, key } = await params;
    const body = bodyAs(ZTranslationWriteSchema, await readJsonBody(request), INVALID_TRANSLATION);
    const context = { actor: writer(caller), expectedVersion: caller.expectedVersion };
    const store = getStore();
    if ('text' in body) await correct(store, locale, key, body.text, context);
    else await approve(store, locale, key, context);
    return json(await reviewView(store, locale));
  },
);
