import { describe, expect, it } from 'vitest';

import { APPLY_RULES, hiddenBy, type TApplyRule } from '@/lib/builder/applies';
import { fieldMap } from '@/lib/builder/fields';
import { defaultFormState, defaultParams } from '@/lib/builder/form-state';
import { builderReducer, type TBuilderAction } from '@/lib/builder/reducer';
import { checkForm } from '@/lib/builder/spec';
import { buildPayload } from '@/lib/payload/build';
import { describeSections } from '@/lib/spec/describe';
import type { TSectionId } from '@/lib/spec/ids';
import { ZHandoutSpecSchema } from '@/lib/spec/schema';

const BRAND = { name: 'Riverside PT', phone: '555-0100' };
const ASSETS = { code: 'test', creationDate: new Date(0), fontFamily: ['NotoSans'] };

// A value for the controlling parameter that hides the rule's parameter.
function hidingValue(rule: TApplyRule): unknown {
  if (rule.name === 'positions') return ['quiet-rest'];
  if (rule.kind === 'unless') return rule.value;
  return { mode: rule.param === 'clinicianText' ? 'general' : 'heat-first', legs: 'left' }[rule.name];
}

// Another valid value for the hidden parameter, to prove the PDF ignores it.
const OTHER: Record<string, unknown> = {
  heatMinutes: 11,
  heatTimesPerDay: 5,
  heatTypes: ['shower'],
  coldMinutes: 11,
  coldEveryHours: 4,
  coldMaxPerDay: 3,
  coldFirstDays: 3,
  legSupport: 'ottoman',
  bellyPillows: 3,
  kneeSupport: 'bolster',
  firstLeg: 'right',
  clinicianText: 'Naproxen twice a day',
};

const rules = Object.entries(APPLY_RULES).flatMap(([id, list]) =>
  (list ?? []).map((rule) => [`${id}.${rule.param}`, id as TSectionId, rule] as const),
);

function payloadOf(id: TSectionId, params: Record<string, unknown>) {
  const spec = ZHandoutSpecSchema.parse({ sections: [{ id, params }], brand: BRAND });
  return JSON.stringify(buildPayload(spec, ASSETS).sections);
}

describe('fields that do not apply', () => {
  it.each(rules)('%s is hidden only where the PDF ignores it', (_name, id, rule) => {
    const hiding = { ...defaultParams(id, 'imperial'), [rule.name]: hidingValue(rule) };
    expect(hiddenBy(id, rule.param, hiding)).toBe(rule);
    expect(payloadOf(id, { ...hiding, [rule.param]: OTHER[rule.param] })).toBe(payloadOf(id, hiding));
  });
});

describe('a hidden field in the spec', () => {
  it('is left out, so a value nobody can see does not block the handout', () => {
    const fields = fieldMap(describeSections());
    const actions: TBuilderAction[] = [
      { type: 'param', id: 'heat-cold', name: 'coldMinutes', value: 45 },
      { type: 'param', id: 'heat-cold', name: 'mode', value: 'heat-first' },
    ];
    const typed = actions.reduce(builderReducer, defaultFormState('2026-03-14'));
    expect([...checkForm(typed, fields).errors.keys()]).toEqual(['sections.heat-cold.coldMinutes']);
    const heatOnly = builderReducer(typed, {
      type: 'param',
      id: 'heat-cold',
      name: 'mode',
      value: 'heat-only',
    });
    const check = checkForm(heatOnly, fields);
    expect(check.errors.size).toBe(0);
    expect(check.body).not.toContain('coldMinutes');
    // The value stays in the form: choosing a plan with cold again shows it, still to fix.
    expect(heatOnly.params['heat-cold'].coldMinutes).toBe(45);
  });
});
