import { describe, expect, it } from 'vitest';

import { fieldMap } from '@/lib/builder/fields';
import { defaultFormState, type FormState } from '@/lib/builder/form-state';
import { applyPreset, presetInputOf, type TPresetContent } from '@/lib/builder/presets';
import { builderReducer, type TBuilderAction } from '@/lib/builder/reducer';
import { checkForm } from '@/lib/builder/spec';
import { applyStarter } from '@/lib/builder/starters';
import { describeSections } from '@/lib/spec/describe';
import { ZPresetInputSchema } from '@/lib/store/schemas';

const fields = fieldMap(describeSections());
const run = (state: FormState, ...actions: TBuilderAction[]) => actions.reduce(builderReducer, state);

const edited = run(
  applyStarter(defaultFormState('2026-03-14'), 'prevention', '2026-03-14'),
  { type: 'patient', field: 'name', value: 'Alex Rivera' },
  { type: 'clinician', field: 'name', value: 'Sam Lee' },
  { type: 'note', value: 'See you Tuesday' },
  { type: 'units', value: 'metric' },
  { type: 'paper', value: 'a4' },
  { type: 'locale', value: 'es' },
  { type: 'param', id: 'leg-lift', name: 'reps', value: 12 },
  { type: 'param', id: 'staying-active', name: 'workNote', value: 'Forklift at Acme' },
  { type: 'toggle', id: 'medicine', isOn: true },
  { type: 'param', id: 'medicine', name: 'mode', value: 'clinician' },
  { type: 'param', id: 'medicine', name: 'clinicianText', value: 'Naproxen twice a day' },
  { type: 'move', id: 'leg-lift', by: -1 },
);

describe('saved handouts in the builder', () => {
  it('saves the selection only, and the store’s own schema accepts it', () => {
    const input = presetInputOf(edited, fields, 'Prevention, metric');
    const saved = JSON.stringify(input);
    for (const personal of ['Alex', 'Sam Lee', 'Tuesday', 'Forklift', 'Naproxen', 'brand', 'patient']) {
      expect(saved).not.toContain(personal);
    }
    const parsed = ZPresetInputSchema.parse(input);
    expect(parsed).toMatchObject({ name: 'Prevention, metric', locale: 'es', paper: 'a4', units: 'metric' });
    expect(parsed.sections.map((section) => section.id)).toEqual(edited.chosen);
  });

  it('starts a new handout from one: its sections, order, settings and format, and no patient', () => {
    const preset = ZPresetInputSchema.parse(presetInputOf(edited, fields, 'Prevention, metric'));
    const fresh = run(
      defaultFormState('2026-04-01'),
      { type: 'patient', field: 'name', value: 'Jo Park' },
      { type: 'clinician', field: 'name', value: 'Sam Lee' },
      { type: 'note', value: 'Back on Friday' },
      { type: 'param', id: 'staying-active', name: 'workNote', value: 'Desk job' },
      { type: 'secondaryLocale', value: 'es' },
    );
    const started = applyPreset(fresh, preset, '2026-04-01');
    expect(started?.chosen).toEqual(edited.chosen);
    expect(started?.params['leg-lift']).toEqual(edited.params['leg-lift']);
    expect(started).toMatchObject({ locale: 'es', paper: 'a4', units: 'metric' });
    expect(started?.patient).toEqual({ name: '', date: '2026-04-01' });
    expect(started?.note).toBe('');
    expect(started?.params['staying-active'].workNote).toBeUndefined();
    expect(started?.clinician.name).toBe('Sam Lee');
    // The medicine plan is kept; its text is written again for this patient.
    expect(started?.params.medicine).toEqual({ mode: 'clinician', clinicianText: undefined });
    // The second language equal to the new first one would print everything twice.
    expect(started?.secondaryLocale).toBeUndefined();
    expect(started && [...checkForm(started, fields).errors.keys()]).toEqual([
      'sections.medicine.clinicianText',
    ]);
  });

  it('changes nothing with a preset it cannot read', () => {
    // As if from an older or edited store: the type says one thing, the content another.
    const broken: unknown = { locale: 'en', paper: 'letter', units: 'metric', sections: [{ id: 'nope' }] };
    expect(
      applyPreset(defaultFormState('2026-04-01'), broken as TPresetContent, '2026-04-01'),
    ).toBeUndefined();
  });
});
