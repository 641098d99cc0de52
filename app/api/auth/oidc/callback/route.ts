import { route } from '@/lib/auth/guard';
import { clearedFlowCookie, finishSignIn, OIDC_COOKIE } from '@/lib/auth/oidc';
import { sessionCookie } from '@/lib/auth/session';
import { getStore } from '@/lib/store/open';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const flowCookieOf = (request: Request) =>
  (request.headers.get('cookie') ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${OIDC_COOKIE}=`))
    ?.slice(OIDC_COOKIE.length + 1);

/** The provider's redirect back: checked (state, nonce, PKCE), then the user is signed in. */
export const GET = route({ access: 'anyone' }, async (request) => {
  const secret = await getStore().settings.sessionSecret();
  const user = await finishSignIn(request, flowCookieOf(request), secret);
  const headers = new Headers({ Location: '/settings', 'Cache-Control': 'no-store' });
  headers.append('Set-Cookie', await sessionCookie(request, user, secret));
  headers.append('Set-Cookie', clearedFlowCookie());
  return new Response(null, { status: 303, headers });
});
