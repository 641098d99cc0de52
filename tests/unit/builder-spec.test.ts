import { describe, expect, it } from 'vitest';

import { fieldMap } from '@/lib/builder/fields';
import { defaultFormState } from '@/lib/builder/form-state';
import { builderReducer, type TBuilderAction } from '@/lib/builder/reducer';
import { checkForm, fieldKeyOf, toSpecInput } from '@/lib/builder/spec';
import { describeSections } from '@/lib/spec/describe';
import { ZHandoutSpecSchema } from '@/lib/spec/schema';

const fields = fieldMap(describeSections());
const start = defaultFormState('2026-03-14');
const check = (...actions: TBuilderAction[]) => checkForm(actions.reduce(builderReducer, start), fields);

describe('spec assembly', () => {
  it('turns the default form into a valid spec with the patient date and no empty text', () => {
    const result = check();
    expect(result.errors.size).toBe(0);
    expect(result.spec?.patient).toEqual({ name: undefined, date: '2026-03-14' });
    expect(result.spec?.note).toBeUndefined();
    expect(ZHandoutSpecSchema.parse(result.spec).sections.map((s) => s.id)).toEqual(start.chosen);
    expect(JSON.parse(result.body ?? '{}')).not.toHaveProperty('note');
  });

  it('sends the chosen sections in order with their parameters', () => {
    const spec = toSpecInput(
      [
        { type: 'param', id: 'heat-cold', name: 'heatMinutes', value: 12 },
        { type: 'move', id: 'heat-cold', by: -1 },
      ].reduce<typeof start>((state, action) => builderReducer(state, action as TBuilderAction), start),
      fields,
    );
    expect(spec.sections?.map((section) => section.id)).toEqual([
      'plan',
      'what-to-expect',
      'heat-cold',
      'relief-positions',
      'staying-active',
      'red-flags',
    ]);
    expect(spec.sections?.[2]?.params).toMatchObject({ heatMinutes: 12 });
  });

  it('reports an out-of-range value at its own field and sends nothing', () => {
    const result = check({ type: 'param', id: 'heat-cold', name: 'heatMinutes', value: 45 });
    expect(result.spec).toBeUndefined();
    expect(result.body).toBeUndefined();
    expect([...result.errors.keys()]).toEqual(['sections.heat-cold.heatMinutes']);
  });

  it('reports text in a number box, and an empty one, instead of using the default', () => {
    expect(
      check({ type: 'param', id: 'staying-active', name: 'walkMinutes', value: 'abc' }).errors.has(
        'sections.staying-active.walkMinutes',
      ),
    ).toBe(true);
    expect(
      check({ type: 'param', id: 'staying-active', name: 'walkMinutes', value: '' }).errors.has(
        'sections.staying-active.walkMinutes',
      ),
    ).toBe(true);
  });

  it('maps cross-field and brand issues to their fields', () => {
    expect([
      ...check({ type: 'param', id: 'relief-positions', name: 'avoidFloor', value: true }).errors.keys(),
    ]).toEqual(['sections.relief-positions.avoidFloor']);
    expect([...check({ type: 'brand', field: 'name', value: '  ' }).errors.keys()]).toEqual(['brand.name']);
    const medicine = check(
      { type: 'toggle', id: 'medicine', isOn: true },
      { type: 'param', id: 'medicine', name: 'mode', value: 'clinician' },
    );
    expect([...medicine.errors.keys()]).toEqual(['sections.medicine.clinicianText']);
  });

  it('finds the section of an issue by its index among the chosen sections', () => {
    const chosen = ['heat-cold', 'leg-lift', 'red-flags'] as const;
    expect(fieldKeyOf(['sections', 1, 'params', 'reps'], chosen)).toBe('sections.leg-lift.reps');
    expect(fieldKeyOf(['sections', 0], chosen)).toBe('sections.heat-cold');
    expect(fieldKeyOf(['brand', 'accentColor'], chosen)).toBe('brand.accentColor');
    expect(fieldKeyOf(['note'], chosen)).toBe('note');
  });

  it('checks the lift height against the limits of the chosen units', () => {
    const onLegLift: TBuilderAction = { type: 'toggle', id: 'leg-lift', isOn: true };
    const tooHigh: TBuilderAction = { type: 'param', id: 'leg-lift', name: 'liftHeight', value: 20 };
    expect(check(onLegLift, tooHigh).errors.has('sections.leg-lift.liftHeight')).toBe(true);
    expect(check(onLegLift, { type: 'units', value: 'metric' }, tooHigh).errors.size).toBe(0);
  });
});
