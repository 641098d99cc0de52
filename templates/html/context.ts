/** What every block drawer needs besides its block: the clinic's colour and a prefix for unique ids. */
export interface HtmlBlockContext {
  accent: string;
  /** The page's direction: a run of text in the other one gets its own `dir`. */
  direction: 'ltr' | 'rtl';
  /** Unique per block in the document (the language and section are in it): headings are referenced by id. */
  id: string;
}
