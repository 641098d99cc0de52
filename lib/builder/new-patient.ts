import type { TSectionId } from '@/lib/spec/ids';
import { PER_PATIENT_PARAMS } from '@/lib/spec/per-patient';

import type { FormState } from './form-state';

/**
 * The form for the next patient: every per-patient field (lib/spec/per-patient.ts) empty and the date
 * today's; the clinic, the clinician and every handout choice stay as they are.
 */
export function forNewPatient(state: FormState, today: string): FormState {
  const params = { ...state.params };
  for (const [id, names] of Object.entries(PER_PATIENT_PARAMS) as [TSectionId, readonly string[]][]) {
    params[id] = { ...params[id], ...Object.fromEntries(names.map((name) => [name, undefined])) };
  }
  return { ...state, patient: { name: '', date: today }, note: '', params };
}

/** Whether any per-patient field holds text: leaving it would lose something the clinician typed. */
export function hasPatientText(state: FormState): boolean {
  const params = Object.entries(PER_PATIENT_PARAMS) as [TSectionId, readonly string[]][];
  return (
    state.patient.name.trim() !== '' ||
    state.note.trim() !== '' ||
    params.some(([id, names]) => names.some((name) => String(state.params[id][name] ?? '').trim() !== ''))
  );
}
