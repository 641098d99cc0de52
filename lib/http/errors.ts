import { HandoutError } from '@/lib/errors';

const STATUS = {
  invalid_spec: 422,
  payload_too_large: 413,
  not_found: 404,
  render_failed: 500,
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
  if (error instanceof HandoutError) {
    if (error.code === 'render_failed') logWithoutData(error.cause ?? error);
    return Response.json({ error: error.message, issues: error.issues }, { status: STATUS[error.code] });
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
