import { readingLevel } from '@/lib/content/reading-level';
import type { TLocale } from '@/lib/i18n/locales';
import { pageLimit } from '@/lib/spec/page-budget';

import type { FormState } from './form-state';

/** The grade the patient text is written at (brief: grade 6); the clinician's own text is held to it too. */
export const TARGET_GRADE = 6;

export interface PrintFacts {
  pages: number;
  /** Printed on both sides. */
  sheets: number;
  /** The most pages before the builder warns (issue 11 budgets, lib/spec/page-budget.ts). */
  limit: number;
  isOverBudget: boolean;
}

export function printFacts(options: {
  pages: number;
  locale: TLocale;
  secondaryLocale: TLocale | undefined;
  textSize: 'standard' | 'large';
}): PrintFacts {
  const limit = pageLimit({
    textSize: options.textSize,
    english: options.locale === 'en',
    bilingual: options.secondaryLocale !== undefined,
  });
  return {
    pages: options.pages,
    sheets: Math.ceil(options.pages / 2),
    limit,
    isOverBudget: options.pages > limit,
  };
}

/** What the clinician wrote for this patient and the handout prints: the note, the work note, the medicine text. */
export function clinicianText(state: FormState): string[] {
  const isChosen = (id: FormState['chosen'][number]) => state.chosen.includes(id);
  const texts = [
    state.note,
    isChosen('staying-active') ? state.params['staying-active'].workNote : undefined,
    // The medicine text prints only in the clinician's mode (templates/sections/medicine.ts).
    isChosen('medicine') && state.params.medicine.mode === 'clinician'
      ? state.params.medicine.clinicianText
      : undefined,
  ];
  return texts.filter((text): text is string => typeof text === 'string' && text.trim() !== '');
}

/**
 * The Flesch-Kincaid grade of the clinician's own text, by the formula the content tests hold the
 * handout's English text to (lib/content/reading-level.ts), rounded to one decimal. Only for English
 * handouts: the formula counts English syllables and means nothing for another language. Undefined
 * when there is nothing to score.
 */
export function clinicianGrade(state: FormState): number | undefined {
  if (state.locale !== 'en') return undefined;
  const texts = clinicianText(state);
  if (texts.length === 0) return undefined;
  const score = readingLevel(texts);
  return score.words === 0 ? undefined : Math.max(0, Math.round(score.grade * 10) / 10);
}
