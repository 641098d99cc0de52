import type { TSectionPayload } from './schema';

// Not printed: an item's translation key and its source tags.
const UNPRINTED = new Set(['key', 'sources']);

function collect(value: unknown, into: string[]): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const inner of value) collect(inner, into);
  else if (typeof value === 'object' && value !== null)
    for (const [name, inner] of Object.entries(value)) if (!UNPRINTED.has(name)) collect(inner, into);
  return into;
}

// Memoised sections (section-memo.ts) are the same array from handout to handout.
const known = new WeakMap<readonly TSectionPayload[], string[]>();

/**
 * The strings a handout's sections print (titles, items, labels, captions). With a work note or a
 * medicine text written, that text is among them: lib/pdf/private-text.ts drops any string that holds
 * a patient's line before it counts one as printed for everyone.
 */
export function sectionStrings(sections: readonly TSectionPayload[]): readonly string[] {
  let strings = known.get(sections);
  if (!strings) {
    strings = collect(sections, []);
    known.set(sections, strings);
  }
  return strings;
}
