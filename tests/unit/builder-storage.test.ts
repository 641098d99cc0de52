import { describe, expect, it } from 'vitest';

import { fieldMap } from '@/lib/builder/fields';
import { defaultFormState } from '@/lib/builder/form-state';
import { builderReducer, type TBuilderAction } from '@/lib/builder/reducer';
import { checkForm } from '@/lib/builder/spec';
import { parseDraft, serializeDraft } from '@/lib/builder/storage';
import { describeSections } from '@/lib/spec/describe';

const fields = fieldMap(describeSections());
const edited = (
  [
    { type: 'patient', field: 'name', value: 'Alex Rivera' },
    { type: 'clinician', field: 'name', value: 'Sam Lee' },
    { type: 'brand', field: 'name', value: 'Riverside PT' },
    { type: 'param', id: 'heat-cold', name: 'heatMinutes', value: 12 },
    { type: 'move', id: 'heat-cold', by: -1 },
    { type: 'units', value: 'metric' },
  ] satisfies TBuilderAction[]
).reduce(builderReducer, defaultFormState('2026-03-14'));

function stored(): string {
  const { spec } = checkForm(edited, fields);
  if (!spec) throw new Error('the edited form should be valid');
  return serializeDraft(spec);
}

describe('draft storage', () => {
  it('never stores the patient’s name (nor the date)', () => {
    expect(stored()).not.toContain('Alex');
    expect(stored()).not.toContain('2026-03-14');
  });

  it('restores everything else, with today’s date and no patient name', () => {
    const restored = parseDraft(stored(), '2026-04-01');
    expect(restored?.patient).toEqual({ name: '', date: '2026-04-01' });
    expect(restored?.clinician.name).toBe('Sam Lee');
    expect(restored?.brand.name).toBe('Riverside PT');
    expect(restored?.units).toBe('metric');
    expect(restored?.chosen).toEqual(edited.chosen);
    expect(restored?.params['heat-cold'].heatMinutes).toBe(12);
    expect(restored?.params['leg-lift'].liftHeight).toBe(15);
  });

  it('ignores missing, corrupt, foreign and invalid drafts', () => {
    expect(parseDraft(null, '2026-04-01')).toBeUndefined();
    expect(parseDraft('{not json', '2026-04-01')).toBeUndefined();
    expect(parseDraft('"a string"', '2026-04-01')).toBeUndefined();
    expect(parseDraft(JSON.stringify({ version: 2, spec: {} }), '2026-04-01')).toBeUndefined();
    const tampered = stored().replace('"heatMinutes":12', '"heatMinutes":99');
    expect(tampered).toContain('99');
    expect(parseDraft(tampered, '2026-04-01')).toBeUndefined();
  });

  it('drops a patient name or a logo that found its way into storage', () => {
    const draft = JSON.parse(stored()) as { spec: Record<string, Record<string, unknown>> };
    draft.spec.patient = { name: 'Alex Rivera' };
    draft.spec.brand = { ...draft.spec.brand, logo: 'data:image/png;base64,AAAA' };
    const restored = parseDraft(JSON.stringify(draft), '2026-04-01');
    expect(restored?.patient.name).toBe('');
    expect(restored?.brand.name).toBe('Riverside PT');
  });
});
