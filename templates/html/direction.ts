import { directionOf } from '../kit/direction';

/**
 * The `dir` a run of text needs when it is not the page's: a Latin address or a clinician's English
 * note on an Arabic handout, an Arabic name on an English one. The same rule as the PDF's
 * (templates/kit/direction.ts); undefined when the text follows the page.
 */
export function dirOf(text: string, page: 'ltr' | 'rtl'): 'ltr' | 'rtl' | undefined {
  const direction = directionOf(text, page);
  return direction === page ? undefined : direction;
}
