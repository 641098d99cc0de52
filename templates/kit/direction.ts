const STRONG_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
const STRONG_LTR = /(?![\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff])\p{L}/u;

/**
 * The direction a run of text needs. A Latin address or name on an Arabic handout must be laid out
 * left to right (in an RTL paragraph "120 Main Street" prints as "Main Street 120"), and an Arabic
 * name on an English handout right to left. Mixed text follows the page.
 */
export function directionOf(text: string, page: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  const hasRtl = STRONG_RTL.test(text);
  const hasLtr = STRONG_LTR.test(text);
  if (page === 'rtl') return hasRtl || !hasLtr ? (hasRtl ? 'rtl' : 'ltr') : 'ltr';
  return hasRtl && !hasLtr ? 'rtl' : 'ltr';
}
