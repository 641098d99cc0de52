import { z } from 'zod';

import type { TSectionId } from './ids';
import { type THandoutSpec, ZHandoutSpecSchema } from './schema';

/*
 * Free text a clinician writes for one patient. It goes into that patient's PDF and nowhere else: never
 * into the browser's draft, never into a saved handout, and a new handout (a starting point, a saved
 * handout, "New patient") starts without it. The work note and the clinician's medicine text are here
 * because they name one patient's job and medicines; nothing stops a clinician writing a name in them.
 *
 * Everything else in a spec is either the clinic's (brand, clinician: kept in the browser, never in a
 * saved handout, which the whole clinic shares) or a handout choice (kept in the draft and in a saved
 * handout). tests/unit/store-presets.test.ts walks the spec schema and fails on a field in neither list.
 */
export const PER_PATIENT_SPEC_FIELDS = ['patient', 'note'] as const;

/** Kept in the browser for the next patient, never in a saved handout (another clinician may use it). */
export const CLINIC_SPEC_FIELDS = ['brand', 'clinician'] as const;

export const PER_PATIENT_PARAMS: Partial<Record<TSectionId, readonly string[]>> = {
  'staying-active': ['workNote'],
  medicine: ['clinicianText'],
};

export function isPerPatientParam(id: string, name: string): boolean {
  return PER_PATIENT_PARAMS[id as TSectionId]?.includes(name) ?? false;
}

/** The same sections without any per-patient parameter (the other parameters are untouched). */
export function withoutPerPatientParams<T extends { id: string; params?: object }>(
  sections: readonly T[],
): T[] {
  return sections.map((section) => {
    if (!section.params || !PER_PATIENT_PARAMS[section.id as TSectionId]) return section;
    const kept = Object.entries(section.params).filter(([name]) => !isPerPatientParam(section.id, name));
    return { ...section, params: Object.fromEntries(kept) };
  });
}

/**
 * The per-patient text of a spec as written: the name, the note and every per-patient parameter (the
 * date as written; its printed form is the caller's). For keeping it out of caches (lib/pdf/private-text.ts).
 */
export function perPatientValues(spec: THandoutSpec): { names: string[]; texts: string[] } {
  const params = spec.sections.flatMap((section) =>
    Object.entries(section.params ?? {})
      .filter(([name]) => isPerPatientParam(section.id, name))
      .map(([, value]) => value),
  );
  const texts = [spec.patient?.date, spec.note, ...params].filter((value) => typeof value === 'string');
  return { names: spec.patient?.name ? [spec.patient.name] : [], texts };
}

/** Whether a spec issue's path is a per-patient parameter, e.g. `sections[3].params.clinicianText`. */
export function isPerPatientPath(path: readonly PropertyKey[], sections: readonly { id: string }[]): boolean {
  const [head, index, params, name] = path;
  if (head !== 'sections' || typeof index !== 'number' || params !== 'params') return false;
  const section = sections[index];
  return section !== undefined && typeof name === 'string' && isPerPatientParam(section.id, name);
}

// Stands in for text the clinician writes for each patient, only while a spec is checked; always removed.
const UNWRITTEN = 'unwritten';

/**
 * A spec that is complete except for its per-patient text (a saved handout or a draft), parsed with the
 * spec's own rules: a rule that needs that text (the medicine plan "clinician" needs its text) is met
 * for the check, and the text is removed again. Undefined when anything else is wrong.
 */
export function parseWithoutPatientText(input: Record<string, unknown>): THandoutSpec | undefined {
  const sections = z.array(z.looseObject({ id: z.string(), params: z.looseObject({}).optional() }));
  const listed = sections.safeParse(input.sections ?? []);
  if (!listed.success) return undefined;
  const filled = listed.data.map((section) => {
    const names = PER_PATIENT_PARAMS[section.id as TSectionId] ?? [];
    const params = { ...Object.fromEntries(names.map((name) => [name, UNWRITTEN])), ...section.params };
    return names.length > 0 ? { ...section, params } : section;
  });
  const result = ZHandoutSpecSchema.safeParse({ ...input, sections: input.sections && filled });
  return result.success ? withoutPatientText(result.data) : undefined;
}

/** The spec as printed for no one in particular: no patient, no note, no per-patient parameter. */
export function withoutPatientText(spec: THandoutSpec): THandoutSpec {
  const { patient: _patient, note: _note, ...rest } = spec;
  return { ...rest, sections: withoutPerPatientParams(spec.sections) };
}
