import type { z } from 'zod';

import { formatPath, HandoutError, type HandoutIssue, issuesFromZod } from '@/lib/errors';

/*
 * The store reuses the engine's small error set: a bad profile, preset, logo or import file is
 * `invalid_spec` (422 with issue paths), a missing row `not_found` (404), an oversized upload
 * `payload_too_large` (413). Messages name the field, never its content.
 */

export type TStoreThing = 'clinic profile' | 'preset' | 'logo' | 'user';

export function notFound(thing: TStoreThing): HandoutError {
  return new HandoutError('not_found', `No ${thing} with this id.`);
}

export function invalidInput(message: string, issues: HandoutIssue[]): HandoutError {
  return new HandoutError('invalid_spec', message, issues);
}

export function tooLarge(message: string): HandoutError {
  return new HandoutError('payload_too_large', message);
}

/** Parses with a schema or throws a 422 whose issue paths start with `prefix` (e.g. `brands[2]`). */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  message: string,
  prefix: readonly PropertyKey[] = [],
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = prefix.length
    ? result.error.issues.map((issue) => ({
        path: formatPath([...prefix, ...issue.path]),
        message: issue.message,
      }))
    : issuesFromZod(result.error);
  throw invalidInput(message, issues);
}

/** A row that fails its schema on the way out means the file was edited by hand or corrupted. */
export function corruptRow(table: string, error: z.ZodError): Error {
  const paths = error.issues.map((issue) => formatPath(issue.path) || '(root)').join(', ');
  return new Error(`The ${table} table holds a row that does not match its schema (${paths}).`);
}
