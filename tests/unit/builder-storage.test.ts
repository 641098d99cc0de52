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
    { type: 'note', value: 'Call me on Tuesday' },
    { type: 'param', id: 'staying-active', name: 'workNote', value: 'Forklift at Acme' },
    { type: 'toggle', id: 'medicine', isOn: true },
    { type: 'param', id: 'medicine', name: 'mode', value: 'clinician' },
    { type: 'param', id: 'medicine', name: 'clinicianText', value: 'Naproxen twice a day' },
  ] satisfies TBuilderAction[]
).reduce(builderReducer, defaultFormState('2026-03-14'));

function stored(): string {
  const { spec } = checkForm(edited, fields);
  if (!spec) throw new Error('the edited form should be valid');
  return serializeDraft(spec);
}

describe('draft storage', () => {
  it('never stores per-patient text: name, date, note, work note, medicine text', () => {
    for (const personal of ['Alex', '2026-03-14', 'Tuesday', 'Forklift', 'Naproxen', 'note']) {
      expect(stored()).not.toContain(personal);
    }
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
    expect(restored?.note).toBe('');
    expect(restored?.params.medicine).toEqual({ mode: 'clinician', clinicianText: undefined });
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

  it('drops per-patient text or a logo that found its way into storage (as older versions stored it)', () => {
    const draft = JSON.parse(stored()) as {
      spec: Record<string, Record<string, unknown>> & { sections: { id: string; params: object }[] };
    };
    draft.spec.patient = { name: 'Alex Rivera' };
    (draft.spec as Record<string, unknown>).note = 'Call me on Tuesday';
    draft.spec.sections = draft.spec.sections.map((section) =>
      section.id === 'staying-active'
        ? { ...section, params: { ...section.params, workNote: 'Forklift' } }
        : section,
    );
    draft.spec.brand = { ...draft.spec.brand, logo: 'data:image/png;base64,AAAA' };
    const restored = parseDraft(JSON.stringify(draft), '2026-04-01');
    expect(restored?.patient.name).toBe('');
    expect(restored?.note).toBe('');
    expect(restored?.params['staying-active'].workNote).toBeUndefined();
    expect(restored?.params['staying-active'].walksPerDay).toBe(edited.params['staying-active'].walksPerDay);
    expect(restored?.brand.name).toBe('Riverside PT');
  });
});
