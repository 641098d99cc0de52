import { z } from 'zod';

import { type THandoutSpecInput, ZHandoutSpecSchema } from '@/lib/spec/schema';

import { defaultFormState, formFromSpec, type FormState } from './form-state';

export const DRAFT_KEY = 'clinic-handouts:draft';

/*
 * The draft is a valid spec without the patient: the name is personal data and never stored, and the
 * date is today's on every visit. Stored values are checked with the same schema as the API on the way
 * back in; anything that does not pass is ignored.
 */
const ZStoredDraftSchema = z.object({ version: z.literal(1), spec: z.record(z.string(), z.unknown()) });

export function serializeDraft(spec: THandoutSpecInput): string {
  const { patient: _patient, ...rest } = spec;
  return JSON.stringify({ version: 1, spec: rest });
}

function withoutUnsupported(spec: Record<string, unknown>): Record<string, unknown> {
  const { patient: _patient, ...rest } = spec;
  const brand = z.record(z.string(), z.unknown()).safeParse(rest.brand);
  if (!brand.success) return rest;
  // The inline brand editor has no logo yet, and checking one needs Node's Buffer.
  const { logo: _logo, ...brandRest } = brand.data;
  return { ...rest, brand: brandRest };
}

export function parseDraft(raw: string | null, today: string): FormState | undefined {
  if (!raw) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const stored = ZStoredDraftSchema.safeParse(json);
  if (!stored.success) return undefined;
  const spec = ZHandoutSpecSchema.safeParse(withoutUnsupported(stored.data.spec));
  if (!spec.success) return undefined;
  return formFromSpec(spec.data, defaultFormState(today));
}

/** Browsers can refuse storage (private mode, quota, policy): the form then simply starts fresh. */
export function readDraft(today: string): FormState | undefined {
  try {
    return parseDraft(window.localStorage.getItem(DRAFT_KEY), today);
  } catch {
    return undefined;
  }
}

export function writeDraft(spec: THandoutSpecInput): void {
  try {
    window.localStorage.setItem(DRAFT_KEY, serializeDraft(spec));
  } catch {
    // Storage full or blocked: the work in progress stays on the page; nothing else to do.
  }
}

export function clearDraft(): void {
  try {
    window.localStorage.removeItem(DRAFT_KEY);
  } catch {
    // See writeDraft.
  }
}
