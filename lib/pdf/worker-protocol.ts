import { HandoutError, type HandoutErrorCode, type HandoutIssue } from '@/lib/errors';
import type { TLocale } from '@/lib/i18n/locales';
import type { TBrand } from '@/lib/spec/brand';

/** What a render worker is started with (its workerData). */
export interface WorkerStart {
  /** Font file path -> its bytes, shared by every worker (font-files.ts). */
  fontFiles: Map<string, SharedArrayBuffer>;
  /** The brand the warm-up and practice handouts print (RenderConfig.warmBrand). */
  warmBrand?: TBrand;
}

/**
 * What the server sends a render worker: one job at a time. A render carries the clinic's corrections
 * of its languages (lib/translations), read from the store by the request; a worker holds no state of
 * its own about them.
 */
export type WorkerRequest =
  | { kind: 'render'; spec: unknown; overrides: unknown }
  | { kind: 'warm'; locale: TLocale; isFull: boolean }
  | { kind: 'practice'; round: number; locales: TLocale[] };

/** A failure as it crosses the thread boundary: a HandoutError's fields, or only an unknown error's class. */
export type WorkerFailure =
  | { kind: 'handout'; code: HandoutErrorCode; message: string; issues: HandoutIssue[] }
  | { kind: 'unexpected'; name: string; stack: string };

export type WorkerReply =
  { ok: true; pdf: Uint8Array; code: string; filename: string } | { ok: false; failure: WorkerFailure };

/** Never the message of an unknown error: it could quote patient text (see lib/http/errors.ts). */
export function toFailure(error: unknown): WorkerFailure {
  if (error instanceof HandoutError) {
    return { kind: 'handout', code: error.code, message: error.message, issues: error.issues };
  }
  const name = error instanceof Error ? error.name : typeof error;
  const stack = error instanceof Error ? (error.stack ?? '').split('\n').slice(1).join('\n') : '';
  return { kind: 'unexpected', name, stack };
}

export function fromFailure(failure: WorkerFailure): HandoutError {
  if (failure.kind === 'handout') return new HandoutError(failure.code, failure.message, failure.issues);
  const cause = new Error('(message withheld)');
  cause.name = failure.name;
  cause.stack = `${failure.name}\n${failure.stack}`;
  return new HandoutError('render_failed', 'The PDF could not be drawn.', [], { cause });
}
