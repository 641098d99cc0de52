// The app's structured logs (pino, JSON lines, level from LOG_LEVEL): one line per request with its
// method, route, status, duration and, for a render, its page count. Never a body, a query string, a
// cookie or a header value: handouts carry patient names, and those stay in the PDF.
import pino from 'pino';

export const logger = pino({
  level: process.env.LOG_LEVEL || 'info',
  base: { service: 'clinic-handouts' },
  timestamp: pino.stdTimeFunctions.isoTime,
});

const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The path as a route: no query string, record ids as `:id` so lines group by route. */
export function routeOf(url = '/') {
  return url.split(/[?#]/, 1)[0].replace(ID, ':id');
}

/** Logs the request when its response is finished (or the client went away). */
export function logRequest(request, response) {
  const started = process.hrtime.bigint();
  response.once('close', () => {
    const route = routeOf(request.url);
    const pages = Number(response.getHeader('x-handout-pages')) || undefined;
    const line = {
      method: request.method,
      route,
      status: response.statusCode,
      durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
      ...(pages && { pages }),
      ...(!response.writableFinished && { aborted: true }),
    };
    // Static files and the dev server's own traffic are noise at the default level.
    const level = response.statusCode >= 500 ? 'error' : route.startsWith('/_next/') ? 'debug' : 'info';
    logger[level](line, 'request');
  });
}
