import type { z } from 'zod';

/**
 * The small, closed set of failures the engine reports. Thrown inside lib/, turned into an HTTP
 * status or a CLI exit code only at the edge. Messages never contain patient data.
 */
export type HandoutErrorCode =
  | 'invalid_spec'
  | 'payload_too_large'
  | 'not_found'
  | 'render_failed'
  | 'fonts_missing'
  | 'unauthorized'
  | 'forbidden'
  | 'conflict'
  | 'precondition_required'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'overloaded';

export interface HandoutIssue {
  path: string;
  message: string;
}

export class HandoutError extends Error {
  readonly code: HandoutErrorCode;
  readonly issues: HandoutIssue[];
  /** Sent with the error: the current record for a 409, the seconds to wait for a 429. */
  readonly details?: { current?: unknown; retryAfterSeconds?: number };

  constructor(
    code: HandoutErrorCode,
    message: string,
    issues: HandoutIssue[] = [],
    options?: ErrorOptions & { details?: HandoutError['details'] },
  ) {
    super(message, options);
    this.name = 'HandoutError';
    this.code = code;
    this.issues = issues;
    this.details = options?.details;
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`;
    return acc ? `${acc}.${String(part)}` : String(part);
  }, '');
}

export function issuesFromZod(error: z.ZodError): HandoutIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path) || '(root)', message: issue.message }));
}

export function invalidSpec(issues: HandoutIssue[]): HandoutError {
  return new HandoutError('invalid_spec', 'The handout spec is not valid.', issues);
}
