import { describe, expect, it } from 'vitest';

import { defaultFormState, type FormState } from '@/lib/builder/form-state';
import { clinicianGrade, clinicianText, printFacts } from '@/lib/builder/print-facts';
import { readingLevel } from '@/lib/content/reading-level';

const HARD =
  'Pharmacological management necessitates consideration of contraindications, particularly gastrointestinal complications associated with nonsteroidal medications.';
const EASY = 'Walk a little each day. Rest when it hurts.';

function state(change: (draft: FormState) => void = () => undefined): FormState {
  const draft = structuredClone(defaultFormState(''));
  change(draft);
  return draft;
}

describe('printFacts', () => {
  it('counts sheets printed on both sides', () => {
    const facts = (pages: number) =>
      printFacts({ pages, locale: 'en', secondaryLocale: undefined, textSize: 'standard' });
    expect([1, 2, 3, 6, 7].map((pages) => facts(pages).sheets)).toEqual([1, 1, 2, 3, 4]);
  });

  it('warns above the issue 11 budget: 6 in English, 7 in another language, twice plus one bilingual', () => {
    const over = (pages: number, locale: 'en' | 'es', secondaryLocale?: 'en') =>
      printFacts({ pages, locale, secondaryLocale, textSize: 'standard' }).isOverBudget;
    expect([over(6, 'en'), over(7, 'en'), over(7, 'es'), over(8, 'es')]).toEqual([false, true, false, true]);
    expect([over(15, 'es', 'en'), over(16, 'es', 'en')]).toEqual([false, true]);
    expect(
      printFacts({ pages: 12, locale: 'en', secondaryLocale: undefined, textSize: 'large' }).isOverBudget,
    ).toBe(false);
  });
});

describe('the clinician’s own text', () => {
  it('is the note, the work note and the medicine text, only where they print', () => {
    const all = state((draft) => {
      draft.note = 'Note.';
      draft.chosen = ['staying-active', 'medicine', 'red-flags'];
      draft.params['staying-active'].workNote = 'Work.';
      draft.params.medicine.clinicianText = 'Medicine.';
    });
    expect(clinicianText(all)).toEqual(['Note.', 'Work.']);
    all.params.medicine.mode = 'clinician';
    expect(clinicianText(all)).toEqual(['Note.', 'Work.', 'Medicine.']);
    all.chosen = ['red-flags'];
    expect(clinicianText(all)).toEqual(['Note.']);
  });

  it('is graded by the content tests’ formula, in English only', () => {
    expect(clinicianGrade(state())).toBeUndefined();
    const hard = state((draft) => {
      draft.note = HARD;
    });
    expect(clinicianGrade(hard)).toBeCloseTo(readingLevel([HARD]).grade, 1);
    expect(clinicianGrade(hard)).toBeGreaterThan(6);
    expect(clinicianGrade(state((draft) => void (draft.note = EASY)))).toBeLessThanOrEqual(6);
    expect(clinicianGrade({ ...hard, locale: 'es' })).toBeUndefined();
  });
});
