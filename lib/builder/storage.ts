import { z } from 'zod';

import { parseWithoutPatientText, withoutPerPatientParams } from '@/lib/spec/per-patient';
import type { THandoutSpecInput } from '@/lib/spec/schema';

import { defaultFormState, formFromSpec, type FormState, PLACEHOLDER_BRAND } from './form-state';

export const DRAFT_KEY = 'clinic-handouts:draft';

/*
 * The draft is a valid spec without anything written for one patient (lib/spec/per-patient.ts): the
 * name, the note, the work note and the medicine text are personal data and never stored, and the date
 * is today's on every visit. Drafts stored before this rule are cleaned the same way on the way in. A chosen clinic profile is stored by its id alone (the store holds its
 * details and logo). Stored values are checked with the same schema as the API on the way back in;
 * anything that does not pass is ignored.
 */
const ZStoredDraftSchema = z.object({
  version: z.literal(1),
  spec: z.record(z.string(), z.unknown()),
  profileId: z.uuid().optional(),
});

export function serializeDraft(input: THandoutSpecInput, profileId?: string): string {
  const { brand, ...rest } = withoutPatientText(input);
  return JSON.stringify(
    profileId ? { version: 1, spec: rest, profileId } : { version: 1, spec: { ...rest, brand } },
  );
}

/** The spec as the draft may hold it. */
function withoutPatientText<T extends { patient?: unknown; note?: unknown; sections?: unknown }>(
  spec: T,
): Omit<T, 'patient' | 'note'> {
  const { patient: _patient, note: _note, ...rest } = spec;
  const sections = z
    .array(z.looseObject({ id: z.string(), params: z.record(z.string(), z.unknown()).optional() }))
    .safeParse(rest.sections);
  return sections.success ? { ...rest, sections: withoutPerPatientParams(sections.data) } : rest;
}

function withoutUnsupported(
  spec: Record<string, unknown>,
  profileId: string | undefined,
): Record<string, unknown> {
  const rest = withoutPatientText(spec);
  // With a profile, the typed details start from the placeholder; the profile's own load replaces them.
  if (profileId) return { ...rest, brand: PLACEHOLDER_BRAND };
  const brand = z.record(z.string(), z.unknown()).safeParse(rest.brand);
  if (!brand.success) return rest;
  // Typed details never carry a logo (only a profile does): one found here was not put there by the builder.
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
  const { profileId } = stored.data;
  const spec = parseWithoutPatientText(withoutUnsupported(stored.data.spec, profileId));
  if (!spec) return undefined;
  const state = formFromSpec(spec, defaultFormState(today));
  return profileId ? { ...state, profile: { id: profileId, brand: undefined } } : state;
}

/** Browsers can refuse storage (private mode, quota, policy): the form then simply starts fresh. */
export function readDraft(today: string): FormState | undefined {
  try {
    return parseDraft(window.localStorage.getItem(DRAFT_KEY), today);
  } catch {
    return undefined;
  }
}

export function writeDraft(spec: THandoutSpecInput, profileId?: string): void {
  try {
    window.localStorage.setItem(DRAFT_KEY, serializeDraft(spec, profileId));
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
