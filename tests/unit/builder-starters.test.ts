import { describe, expect, it } from 'vitest';

import { fieldMap } from '@/lib/builder/fields';
import { defaultFormState, PLACEHOLDER_BRAND } from '@/lib/builder/form-state';
import { checkForm } from '@/lib/builder/spec';
import { applyStarter, STARTERS } from '@/lib/builder/starters';
import { describeSections } from '@/lib/spec/describe';
import { ZSectionIdSchema } from '@/lib/spec/ids';
import { ZHandoutSpecSchema } from '@/lib/spec/schema';

const fields = fieldMap(describeSections());

describe('built-in starting points', () => {
  it.each(STARTERS.map((starter) => [starter.id, starter] as const))('%s is a valid spec', (_id, starter) => {
    for (const units of ['imperial', 'metric'] as const) {
      const result = ZHandoutSpecSchema.safeParse({
        units,
        sections: starter.sections,
        brand: PLACEHOLDER_BRAND,
      });
      expect(result.error?.issues ?? []).toEqual([]);
    }
  });

  it('fills the sections and keeps the clinic, clinician and patient', () => {
    const base = { ...defaultFormState('2026-03-14'), patient: { name: 'Alex', date: '2026-03-14' } };
    const acute = applyStarter(base, 'acute-first-visit');
    expect(acute.chosen).toEqual([
      'plan',
      'what-to-expect',
      'relief-positions',
      'heat-cold',
      'staying-active',
      'sleep-positions',
      'medicine',
      'red-flags',
    ]);
    expect(acute.patient.name).toBe('Alex');
    expect(acute.brand).toEqual(base.brand);
    expect(checkForm(acute, fields).errors.size).toBe(0);
  });

  it('"Everything" chooses every section, and the prevention starter starts the leg lift now', () => {
    const base = defaultFormState('2026-03-14');
    expect(applyStarter(base, 'everything').chosen).toEqual(ZSectionIdSchema.options);
    const prevention = applyStarter(base, 'prevention');
    expect(prevention.params['leg-lift'].start).toBe('now');
    expect(prevention.chosen).toContain('prevention');
    expect(checkForm(prevention, fields).errors.size).toBe(0);
  });
});
