import {
  CLINIC_SPEC_FIELDS,
  parseWithoutPatientText,
  PER_PATIENT_SPEC_FIELDS,
  withoutPerPatientParams,
} from '@/lib/spec/per-patient';
import { ZHandoutSpecSchema } from '@/lib/spec/schema';
import type { TPreset, TPresetInput } from '@/lib/store/schemas';

import type { TFieldMap } from './fields';
import { formFromSpec, type FormState, PLACEHOLDER_BRAND } from './form-state';
import { forNewPatient } from './new-patient';
import { toSpecInput } from './spec';

/** What a saved handout holds: every handout choice, never the patient, the clinician or the clinic. */
export type TPresetContent = Omit<TPreset, 'id' | 'name' | 'version' | 'createdAt' | 'updatedAt'>;

const NOT_SAVED = new Set<string>([...PER_PATIENT_SPEC_FIELDS, ...CLINIC_SPEC_FIELDS]);
const SPEC_FIELDS = new Set(Object.keys(ZHandoutSpecSchema.in.shape));

/** The handout choices of a spec-like object: every spec field that is neither the patient's nor the clinic's. */
function choicesOf(source: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(source).filter(([key]) => SPEC_FIELDS.has(key) && !NOT_SAVED.has(key)),
  );
}

/** The form's choices as a saved handout named `name`, without per-patient text; the store checks it again. */
export function presetInputOf(state: FormState, fields: TFieldMap, name: string): TPresetInput {
  const spec = toSpecInput(state, fields);
  const sections = spec.sections && withoutPerPatientParams(spec.sections);
  return { ...choicesOf(spec), sections, name } as TPresetInput;
}

/**
 * Starts a new handout from a saved handout: every choice it holds, checked with the spec schema (an
 * unreadable one changes nothing and returns undefined). The clinician and the clinic stay; every
 * per-patient field starts empty, dated `today`.
 */
export function applyPreset(state: FormState, preset: TPresetContent, today: string): FormState | undefined {
  const parsed = parseWithoutPatientText({ ...choicesOf(preset), brand: PLACEHOLDER_BRAND });
  if (!parsed) return undefined;
  const next = formFromSpec(parsed, forNewPatient(state, today));
  return { ...next, clinician: state.clinician, brand: state.brand, note: '' };
}
