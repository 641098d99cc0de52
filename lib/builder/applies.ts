import type { TSectionId } from '@/lib/spec/ids';

import type { TParamValues } from './form-state';

/**
 * A parameter that only matters for some values of another one in its section: the PDF ignores it
 * otherwise, so the form hides it and says why. `unless` hides it when `name` holds `value`; `only`
 * hides it unless `name` holds `value` (a choice equal to it, or a list containing it).
 */
export type TApplyRule = { param: string; name: string; value: string; kind: 'unless' | 'only' };

const HEAT = ['heatMinutes', 'heatTimesPerDay', 'heatTypes'];
const COLD = ['coldMinutes', 'coldEveryHours', 'coldMaxPerDay'];

export const APPLY_RULES: Partial<Record<TSectionId, readonly TApplyRule[]>> = {
  'heat-cold': [
    ...HEAT.map((param) => ({ param, name: 'mode', value: 'cold-only', kind: 'unless' }) as const),
    ...COLD.map((param) => ({ param, name: 'mode', value: 'heat-only', kind: 'unless' }) as const),
    { param: 'coldFirstDays', name: 'mode', value: 'cold-then-heat', kind: 'only' },
  ],
  'relief-positions': [
    { param: 'legSupport', name: 'positions', value: 'legs-on-couch', kind: 'only' },
    { param: 'bellyPillows', name: 'positions', value: 'stomach-over-pillows', kind: 'only' },
    { param: 'kneeSupport', name: 'positions', value: 'back-knee-pillow', kind: 'only' },
  ],
  'leg-lift': [{ param: 'firstLeg', name: 'legs', value: 'both', kind: 'only' }],
  medicine: [{ param: 'clinicianText', name: 'mode', value: 'clinician', kind: 'only' }],
};

function holds(value: unknown, wanted: string): boolean {
  return Array.isArray(value) ? value.includes(wanted) : value === wanted;
}

/** The rule that hides `param` for these values, or undefined when it applies. */
export function hiddenBy(id: TSectionId, param: string, values: TParamValues): TApplyRule | undefined {
  return APPLY_RULES[id]?.find(
    (rule) => rule.param === param && holds(values[rule.name], rule.value) === (rule.kind === 'unless'),
  );
}
