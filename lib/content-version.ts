/**
 * Version of the clinical content and layout. Bump it when patient text or the document changes, so a
 * handout code printed on paper still says which content produced it.
 */
export const CONTENT_VERSION = '1.0';

/** Written into the PDF metadata instead of the wall clock, so the same spec gives the same bytes. */
export const CONTENT_RELEASE_DATE = new Date('2026-11-21T00:00:00Z');
