import { HandoutError } from '@/lib/errors';

const STATUS = {
  invalid_spec: 422,
  payload_too_large: 413,
  not_found: 404,
  render_failed: 500,
  // The server lacks a Debian font package (fonts-noto-cjk): no fault of the request, and no crash.
  fonts_missing: 503,
  unauthorized: 401,
  forbidden: 403,
  conflict: 409,
  precondition_required: 428,
  unsupported_media_type: 415,
  rate_limited: 429,
  overloaded: 503,
} as const;

/**
 * Turns any thrown value into a JSON error response. Known errors carry their issues; anything else is
 * a 500 whose log line holds only the error's class and stack frames, never its message, which could
 * quote patient text.
 */
export function errorResponse(error: unknown): Response {
  // The builder cancels a preview request when the clinician types again: nobody is waiting for an
  // answer and nothing went wrong, so it is not logged.
  if (isClientAbort(error)) return new Response(null, { status: 499 });
  if (isHandoutError(error)) {
    if (error.code === 'render_failed') logWithoutData(error.cause ?? error);
    // A fixed sentence naming the package an administrator installs; nothing of the request.
    if (error.code === 'fonts_missing') console.warn(`[handouts] ${error.message}`);
    const { current } = error.details ?? {};
    // A refused render (every worker busy, the queue full) is worth retrying about a second later.
    const retryAfterSeconds =
      error.details?.retryAfterSeconds ?? (error.code === 'overloaded' ? 1 : undefined);
    return Response.json(
      { error: error.message, issues: error.issues, ...(current === undefined ? {} : { current }) },
      {
        status: STATUS[error.code],
        headers: {
          'Cache-Control': 'no-store',
          ...(retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) }),
        },
      },
    );
  }
  logWithoutData(error);
  return Response.json(
    { error: 'Something went wrong on our side. Please try again.', issues: [] },
    { status: 500 },
  );
}

function logWithoutData(error: unknown): void {
  const name = error instanceof Error ? error.name : typeof error;
  const frames =
    error instanceof Error
      ? (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '))
      : [];
  console.error(`[handouts] unexpected ${name}\n${frames.slice(0, 8).join('\n')}`);
}

function isClientAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.message === 'aborted');
}

/*
 * Next bundles a module once per chunk group, so the HandoutError a route sees can be another class
 * than the one a shared module (the render pool, the store) threw: recognise it by name and code.
 */
function isHandoutError(error: unknown): error is HandoutError {
  if (error instanceof HandoutError) return true;
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return (
    error instanceof Error && error.name === 'HandoutError' && typeof code === 'string' && code in STATUS
  );
}
