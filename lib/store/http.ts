import type { z } from 'zod';

import { errorResponse } from '@/lib/http/errors';

import { parseOrThrow } from './errors';

/** Next 16 hands dynamic segments to route handlers as a Promise. */
export interface IdContext {
  params: Promise<{ id: string }>;
}

/** Wraps a handler so every thrown error becomes the engine's JSON error response (422/413/404/500). */
export function storeRoute<C>(handler: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function json(data: unknown, status = 200): Response {
  // Profiles change while the settings page is open; no cache may serve an old copy.
  return Response.json(data, { status, headers: { 'Cache-Control': 'no-store' } });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** Validates a request body at the edge; the repository validates again on its side. */
export function bodyAs<S extends z.ZodType>(schema: S, body: unknown, message: string): z.output<S> {
  return parseOrThrow(schema, body, message);
}
