import type { TFunction } from 'i18next';
import { z } from 'zod';

import type { HandoutIssue } from '@/lib/errors';

/*
 * The browser side of the store's REST routes (app/api/brands, presets, store). Every failure comes back
 * as a value, never a throw, so each caller decides what the clinician reads.
 */

export type TStoreFailure = { ok: false; status: number; message: string; issues: HandoutIssue[] };
export type TStoreResult<T> = { ok: true; data: T } | TStoreFailure;

// The engine's error body (lib/http/errors.ts): a sentence and the issues, each with its field path.
const ZErrorBodySchema = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).default([]),
});

/** Status 0 means the server could not be reached at all. */
export async function storeRequest<T>(url: string, init?: RequestInit): Promise<TStoreResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', ...init });
  } catch {
    return { ok: false, status: 0, message: '', issues: [] };
  }
  const body: unknown = await response.json().catch(() => null);
  // The routes are this app's own; their success shapes are typed by lib/store/schemas.ts.
  if (response.ok) return { ok: true, data: body as T };
  const error = ZErrorBodySchema.safeParse(body);
  return {
    ok: false,
    status: response.status,
    message: error.success ? error.data.error : '',
    issues: error.success ? error.data.issues : [],
  };
}

/** If-Match for a write to a stored record: the version the editor read, so nobody's change is lost. */
const ifMatch = (version?: number): Record<string, string> =>
  version === undefined ? {} : { 'If-Match': `"${version}"` };

export function jsonInit(method: 'POST' | 'PUT' | 'PATCH', value: unknown, version?: number): RequestInit {
  return {
    method,
    headers: { 'Content-Type': 'application/json', ...ifMatch(version) },
    body: JSON.stringify(value),
  };
}

/** A DELETE (or a body-less write) of the record at the version the editor read. */
export function versionedInit(method: 'DELETE' | 'PUT', version: number, body?: BodyInit): RequestInit {
  return { method, headers: ifMatch(version), ...(body === undefined ? {} : { body }) };
}

/** One sentence for a failed request: the first issue's own words, else the server's, else "unreachable". */
export function failureText(failure: TStoreFailure, t: TFunction<'ui'>): string {
  if (failure.status === 0) return t('store.unreachable');
  if (failure.status === 401) return t('auth.signInNeeded');
  if (failure.status === 403 && !failure.message) return t('auth.notAllowed');
  return failure.issues[0]?.message ?? (failure.message || t('store.failed', { status: failure.status }));
}

/** Issues keyed by their field (the first part of the path), first message wins. */
export function issuesByField(issues: readonly HandoutIssue[]): Map<string, string> {
  const byField = new Map<string, string>();
  for (const issue of issues) {
    const field = issue.path.split(/[.[]/)[0] ?? issue.path;
    if (!byField.has(field)) byField.set(field, issue.message);
  }
  return byField;
}
