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

  it('fills the sections, keeps the clinic and clinician, and starts without the last patient', () => {
    const typed = defaultFormState('2026-03-13');
    const base: typeof typed = {
      ...typed,
      patient: { name: 'Alex', date: '2026-03-13' },
      clinician: { name: 'Sam Lee', credentials: 'PT' },
      note: 'Call me Tuesday',
      params: {
        ...typed.params,
        'staying-active': { ...typed.params['staying-active'], workNote: 'Warehouse job' },
        medicine: { mode: 'clinician', clinicianText: 'Naproxen as Dr Ray said' },
      },
    };
    const acute = applyStarter(base, 'acute-first-visit', '2026-03-14');
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
    expect(acute.patient).toEqual({ name: '', date: '2026-03-14' });
    expect(acute.note).toBe('');
    expect(acute.params['staying-active'].workNote).toBeUndefined();
    expect(acute.params.medicine.clinicianText).toBeUndefined();
    expect(acute.clinician).toEqual(base.clinician);
    expect(acute.brand).toEqual(base.brand);
    expect(checkForm(acute, fields).errors.size).toBe(0);
  });

  it('"Everything" chooses every section, and the prevention starter starts the leg lift now', () => {
    const base = defaultFormState('2026-03-14');
    expect(applyStarter(base, 'everything', '2026-03-14').chosen).toEqual(ZSectionIdSchema.options);
    const prevention = applyStarter(base, 'prevention', '2026-03-14');
    expect(prevention.params['leg-lift'].start).toBe('now');
    expect(prevention.chosen).toContain('prevention');
    expect(checkForm(prevention, fields).errors.size).toBe(0);
  });
});
