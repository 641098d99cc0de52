import type { z } from 'zod';

import { parseOrThrow } from './errors';

/** Next 16 hands dynamic segments to route handlers as a Promise. */
export interface IdContext {
  params: Promise<{ id: string }>;
}

export function json(data: unknown, status = 200): Response {
  const version = (data as { version?: unknown } | null)?.version;
  // Profiles change while the settings page is open; no cache may serve an old copy. A record's
  // version is its ETag, which a write sends back as If-Match.
  return Response.json(data, {
    status,
    headers: {
      'Cache-Control': 'no-store',
      ...(typeof version === 'number' ? { ETag: `"${version}"` } : {}),
    },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** Validates a request body at the edge; the repository validates again on its side. */
export function bodyAs<S extends z.ZodType>(schema: S, body: unknown, message: string): z.output<S> {
  return parseOrThrow(schema, body, message);
}
