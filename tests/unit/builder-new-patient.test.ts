import { describe, expect, it } from 'vitest';

import { defaultFormState, type FormState } from '@/lib/builder/form-state';
import { forNewPatient, hasPatientText } from '@/lib/builder/new-patient';
import { builderReducer, type TBuilderAction } from '@/lib/builder/reducer';

const run = (state: FormState, ...actions: TBuilderAction[]) => actions.reduce(builderReducer, state);

const lastPatient = run(
  defaultFormState('2026-03-13'),
  { type: 'locale', value: 'es' },
  { type: 'secondaryLocale', value: 'en' },
  { type: 'paper', value: 'a4' },
  { type: 'toggle', id: 'medicine', isOn: true },
  { type: 'param', id: 'medicine', name: 'mode', value: 'clinician' },
  { type: 'param', id: 'heat-cold', name: 'heatMinutes', value: 12 },
  { type: 'clinician', field: 'name', value: 'Sam Lee' },
  { type: 'brand', field: 'name', value: 'Riverside PT' },
);

describe('New patient', () => {
  it.each<[string, TBuilderAction]>([
    ['name', { type: 'patient', field: 'name', value: 'Alex Rivera' }],
    ['note', { type: 'note', value: 'See you Tuesday' }],
    ['work note', { type: 'param', id: 'staying-active', name: 'workNote', value: 'Forklift' }],
    ['medicine text', { type: 'param', id: 'medicine', name: 'clinicianText', value: 'Naproxen' }],
  ])('clears the %s, and knows it held text', (_field, action) => {
    const typed = run(lastPatient, action);
    expect(hasPatientText(lastPatient)).toBe(false);
    expect(hasPatientText(typed)).toBe(true);
    const next = forNewPatient(typed, '2026-03-14');
    expect(hasPatientText(next)).toBe(false);
    expect(JSON.stringify(next)).not.toMatch(/Alex|Tuesday|Forklift|Naproxen/);
  });

  it('keeps the clinic, the clinician and every handout choice, and dates the handout today', () => {
    const next = forNewPatient(run(lastPatient, { type: 'note', value: 'x' }), '2026-03-14');
    expect(next).toEqual({ ...lastPatient, patient: { name: '', date: '2026-03-14' } });
  });
});
