/*
 * The Content-Security-Policy of the app. Pages get a fresh nonce per request from proxy.ts, so no
 * inline script runs unless the server wrote it (Next's own bootstrap carries the nonce); everything
 * else (API answers, static files) gets the same policy without one. Styles keep 'unsafe-inline':
 * React's style attributes need it, and a style cannot run code.
 */
export function contentSecurityPolicy(nonce: string | undefined, isDev: boolean): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    // Next's dev server evaluates code for hot reload; production never needs eval.
    `script-src ${scripts}${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'self' blob:",
    "base-uri 'self'",
    "form-action 'self'",
    // Nobody may frame the builder or the settings page (clickjacking a save or a delete).
    "frame-ancestors 'none'",
  ].join('; ');
}
