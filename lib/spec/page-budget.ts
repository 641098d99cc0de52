/**
 * How long a handout may be (issue 11). Patients stop reading long handouts and clinics pay for the
 * paper, so the layout is held to these from the PDF itself (tests/unit/page-budget.test.ts) and the
 * builder warns beside the preview when a handout goes over.
 */

/** Pages in English on Letter, standard print: the first-visit example and every section on. */
export const ENGLISH_BUDGET = { firstVisit: 3, everything: 6 } as const;

/** Large print is its own design with its own budget (first-visit). */
export const LARGE_PRINT_BUDGET = { firstVisit: 6, everything: 12 } as const;

/** Another language may take at most this many pages more than English for the same spec. */
export const OTHER_LANGUAGE_EXTRA_PAGES = 1;

/** Every page but the last is at least this full, measured from the lowest printed line above the footer. */
export const MIN_PAGE_FILL = 0.6;

/** The last page is at least this full, or its content is pulled back onto the page before. */
export const MIN_LAST_PAGE_FILL = 0.25;

/** A bilingual handout may take at most twice its first language's pages plus one. */
export function bilingualBudget(firstLanguagePages: number): number {
  return firstLanguagePages * 2 + 1;
}

/**
 * The most pages the builder accepts without a notice for a spec: the "everything" budget of its print
 * size, one more in another language than English, doubled plus one when bilingual.
 */
export function pageLimit(options: {
  textSize: 'standard' | 'large';
  english: boolean;
  bilingual: boolean;
}): number {
  const base =
    (options.textSize === 'large' ? LARGE_PRINT_BUDGET : ENGLISH_BUDGET).everything +
    (options.english ? 0 : OTHER_LANGUAGE_EXTRA_PAGES);
  return options.bilingual ? bilingualBudget(base) : base;
}
