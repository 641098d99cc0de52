import { describe, expect, it } from 'vitest';

import { defaultFormState, type FormState } from '@/lib/builder/form-state';
import { builderReducer, numberFromInput, type TBuilderAction } from '@/lib/builder/reducer';
import { ZBrandSchema } from '@/lib/spec/brand';

const start = defaultFormState('2026-03-14');
const run = (...actions: TBuilderAction[]): FormState => actions.reduce(builderReducer, start);

describe('builder reducer', () => {
  it('starts with the default sections and red flags last', () => {
    expect(start.chosen).toEqual([
      'plan',
      'what-to-expect',
      'relief-positions',
      'heat-cold',
      'staying-active',
      'red-flags',
    ]);
  });

  it('inserts a switched-on section at its reading-order place and removes it again', () => {
    const on = run(
      { type: 'toggle', id: 'about', isOn: true },
      { type: 'toggle', id: 'leg-lift', isOn: true },
    );
    expect(on.chosen).toEqual([
      'plan',
      'about',
      'what-to-expect',
      'relief-positions',
      'heat-cold',
      'staying-active',
      'leg-lift',
      'red-flags',
    ]);
    expect(builderReducer(on, { type: 'toggle', id: 'heat-cold', isOn: false }).chosen).not.toContain(
      'heat-cold',
    );
  });

  it('never removes or moves the locked red flags', () => {
    expect(run({ type: 'toggle', id: 'red-flags', isOn: false }).chosen.at(-1)).toBe('red-flags');
    expect(run({ type: 'move', id: 'red-flags', by: -1 }).chosen).toEqual(start.chosen);
    expect(run({ type: 'move', id: 'staying-active', by: 1 }).chosen).toEqual(start.chosen);
    expect(run({ type: 'reorder', id: 'what-to-expect', overId: 'red-flags' }).chosen).toEqual(start.chosen);
  });

  it('moves a section up and down, and stops at the top', () => {
    expect(run({ type: 'move', id: 'heat-cold', by: -1 }).chosen.slice(0, 4)).toEqual([
      'plan',
      'what-to-expect',
      'heat-cold',
      'relief-positions',
    ]);
    expect(run({ type: 'move', id: 'plan', by: 1 }).chosen[1]).toBe('plan');
    expect(run({ type: 'move', id: 'plan', by: -1 }).chosen).toEqual(start.chosen);
  });

  it('reorders by drag and drop onto another section', () => {
    const moved = run({ type: 'reorder', id: 'staying-active', overId: 'what-to-expect' });
    expect(moved.chosen).toEqual([
      'plan',
      'staying-active',
      'what-to-expect',
      'relief-positions',
      'heat-cold',
      'red-flags',
    ]);
  });

  it('keeps a section’s settings while it is switched off', () => {
    const state = run(
      { type: 'param', id: 'heat-cold', name: 'heatMinutes', value: 12 },
      { type: 'toggle', id: 'heat-cold', isOn: false },
      { type: 'toggle', id: 'heat-cold', isOn: true },
    );
    expect(state.params['heat-cold'].heatMinutes).toBe(12);
  });

  it('converts the lift height with the units and keeps it in range', () => {
    const metric = run({ type: 'units', value: 'metric' });
    expect(metric.params['leg-lift'].liftHeight).toBe(15);
    const tall = builderReducer(
      builderReducer(start, { type: 'param', id: 'leg-lift', name: 'liftHeight', value: 12 }),
      { type: 'units', value: 'metric' },
    );
    expect(tall.params['leg-lift'].liftHeight).toBe(30);
    expect(builderReducer(metric, { type: 'units', value: 'imperial' }).params['leg-lift'].liftHeight).toBe(
      6,
    );
  });

  it('starts a new handout with the clinic as it is now, not as the form it was made from had it', () => {
    const brand = ZBrandSchema.parse({ name: 'Riverside Physical Therapy', phone: '(555) 010-2030' });
    const chosen = run({ type: 'profile', value: { id: 'p1', brand: undefined } });
    // Made from the form the clinician saw: the profile's details had not arrived yet.
    const next = { ...chosen, paper: 'a4' as const };
    const arrived = builderReducer(chosen, { type: 'profile', value: { id: 'p1', brand } });
    const started = builderReducer(arrived, { type: 'start', state: next });
    expect(started.paper).toBe('a4');
    expect(started.profile).toEqual({ id: 'p1', brand });
    // Made from the form as it is, the new form is taken as it is (the builder's Undo compares it).
    const fresh = { ...arrived, paper: 'a4' as const };
    expect(builderReducer(arrived, { type: 'start', state: fresh })).toBe(fresh);
  });

  it('reads whole numbers from a number box and keeps anything else as typed', () => {
    expect(numberFromInput(' 12 ')).toBe(12);
    expect(numberFromInput('')).toBe('');
    expect(numberFromInput('1.5')).toBe('1.5');
    expect(numberFromInput('-3')).toBe(-3);
  });
});
