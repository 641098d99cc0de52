import { route } from '@/lib/auth/guard';
import { json } from '@/lib/store/http';
import { getStore } from '@/lib/store/open';
import { reviewView } from '@/lib/translations/service';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export interface LocaleContext {
  params: Promise<{ locale: string }>;
}

/** Every string of the language: English, translation, section, variables, status; the set's version as ETag. */
export const GET = route({ access: 'review' }, async (_request, { params }: LocaleContext) =>
  json(await reviewView(getStore(), (await params).locale)),
);
