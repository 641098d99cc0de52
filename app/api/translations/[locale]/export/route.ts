import { route } from '@/lib/auth/guard';
import { getStore } from '@/lib/store/open';
import { parseLocale } from '@/lib/store/translation-rules';
import { exportCorrections } from '@/lib/translations/service';

import type { LocaleContext } from '../route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The clinic's corrections as a locales/<lang>/handout.json-shaped file, to send to the project. */
export const GET = route({ access: 'review' }, async (_request, { params }: LocaleContext) => {
  const locale = parseLocale((await params).locale);
  return Response.json(await exportCorrections(getStore(), locale), {
    headers: {
      'Content-Disposition': `attachment; filename="handout-${locale}-corrections.json"`,
      'Cache-Control': 'no-store',
    },
  });
});
