import { type NextRequest, NextResponse } from 'next/server';

import { contentSecurityPolicy } from '@/lib/http/csp';

/**
 * A nonce per page view, so the pages' Content-Security-Policy can drop 'unsafe-inline' for scripts:
 * Next reads the nonce from the request's policy header and puts it on the scripts it writes.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Pages only: the API and static files get the fixed policy from next.config.js.
  matcher: [
    {
      source: '/((?!api|_next/static|_next/image|favicon.svg|pdf\\.worker).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
