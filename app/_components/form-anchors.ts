/** The section list's id: every section's settings end with a way back to it. */
export const SECTION_NAV_ID = 'section-nav';

/** Moves focus (and the view) to an element of the form, as a same-page link would but to a control. */
export function focusById(id: string): void {
  const element = document.getElementById(id);
  element?.focus();
  element?.scrollIntoView({ block: 'center' });
}
