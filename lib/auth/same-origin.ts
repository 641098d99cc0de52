/*
 * Cross-site request checks for every state-changing route. A browser marks each request it sends with
 * `Sec-Fetch-Site` and, for anything but a GET, with `Origin`; a page on another site can send a POST
 * with a "simple" content type (text/plain, a form) without any preflight, so the server, not CORS,
 * must refuse it. Clients that are not browsers (curl, the CLI, a script) send neither header and pass
 * this check; they still need the right role.
 */

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isStateChanging(method: string): boolean {
  return UNSAFE_METHODS.has(method.toUpperCase());
}

/**
 * Origins the app is reached at besides the one in the Host header (a reverse proxy that rewrites Host),
 * from HANDOUTS_ALLOWED_ORIGINS, comma-separated.
 */
function configuredOrigins(env: Readonly<Record<string, string | undefined>>): string[] {
  return (env.HANDOUTS_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, '').toLowerCase())
    .filter(Boolean);
}

/** The origin the request was addressed to: its Host header, with the scheme of the URL it arrived on. */
function ownOrigin(request: Request): string | undefined {
  const host = request.headers.get('host') ?? new URL(request.url).host;
  if (!host) return undefined;
  const forwardedProto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  const scheme = forwardedProto === 'https' ? 'https:' : new URL(request.url).protocol;
  return `${scheme}//${host}`.toLowerCase();
}

/** Why a request must be refused as cross-site, or undefined when it may go on. */
export function crossSiteReason(
  request: Request,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  const fetchSite = request.headers.get('sec-fetch-site')?.toLowerCase();
  // 'none' is a request the user made themselves (typed URL, bookmark); same-site is still another origin.
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return `The request came from another site (${fetchSite}).`;
  }
  const origin = request.headers.get('origin')?.toLowerCase();
  if (origin === undefined || origin === null) return undefined;
  if (origin === 'null') return 'The request came from a page without an origin.';
  const allowed = [ownOrigin(request), ...configuredOrigins(env)].filter(Boolean);
  // Compared as whole origins, so http://localhost:3000.evil.example never passes as http://localhost:3000.
  return allowed.includes(origin) ? undefined : 'The request came from another site.';
}
