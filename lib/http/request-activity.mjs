// When someone last used the app, for the render workers' practice handouts (lib/pdf/pool.ts), which
// wait while a clinician works: a page load's scripts and data requests share the cores with a
// practising worker, not only its renders. scripts/serve.mjs stamps each request (plain JS, so that it
// can import this before anything is compiled); the probes a load balancer or `npm run bench` polls are
// no one's work. On globalThis: Next.js bundles the route handlers and the pool apart from the server.
export const REQUEST_SEEN = Symbol.for('clinic-handouts.request-seen');

const PROBES = ['/api/health', '/api/ready'];

/** Stamps a request's arrival (performance.now()), unless it is a probe. */
export function noteRequest(url = '/') {
  const pathname = url.split('?')[0];
  if (PROBES.includes(pathname)) return;
  globalThis[REQUEST_SEEN] = performance.now();
}

/** When the last request that was not a probe arrived; -Infinity before the first. */
export function lastRequestAt() {
  return globalThis[REQUEST_SEEN] ?? Number.NEGATIVE_INFINITY;
}
