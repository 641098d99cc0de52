import { route } from '@/lib/auth/guard';
import { startSignIn } from '@/lib/auth/oidc';
import { getStore } from '@/lib/store/open';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Sends the browser to the organisation's sign-in page. */
export const GET = route({ access: 'anyone' }, async () => {
  const { url, flowCookie } = await startSignIn(await getStore().settings.sessionSecret());
  return new Response(null, {
    status: 302,
    headers: { Location: url.href, 'Set-Cookie': flowCookie, 'Cache-Control': 'no-store' },
  });
});
