import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/**
 * Words the brief keeps on purpose even though they are long (brief §7): the patient needs the real
 * name to match a label or a job title. They are scored as two-syllable words so that keeping them is
 * not punished; every other word counts as it is.
 */
const KEPT_WORDS = new Set(['ibuprofen', 'naproxen', 'acetaminophen', 'emergency', 'physical', 'therapist']);

export interface ReadingScore {
  grade: number;
  sentences: number;
  words: number;
  syllables: number;
}

/**
 * Flesch-Kincaid grade of patient text given as separate items (bullets, steps). Each item is at
 * least one sentence: bullets have no final full stop in some languages and are read as units anyway.
 */
export function readingLevel(items: readonly string[]): ReadingScore {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const item of items) {
    const parts = item.split(/[.!?:]+(?:\s|$)/).filter((part) => /\p{L}/u.test(part));
    sentences += Math.max(1, parts.length);
    for (const word of item.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []) {
      words += 1;
      syllables += KEPT_WORDS.has(word) ? 2 : syllable(word);
    }
  }
  return {
    grade: fleschKincaid({ sentence: sentences, word: words, syllable: syllables }),
    sentences,
    words,
    syllables,
  };
}
