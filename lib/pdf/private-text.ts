/*
 * The per-patient text of the renders in flight in this thread (lib/spec/per-patient.ts: the name, the
 * note, the work note, the clinician's medicine text, and the date as printed), so that the text layout
 * cache (text-layout-cache.ts) lays such text out but never keeps it: a patient's name must not outlive
 * the request that carried it. Renders may overlap in one thread (the CLI, the tests), so the check is
 * against every render in flight: a wrong "private" only costs a cache entry.
 */

// Case, invisible characters and spacing do not hide a name from the check.
// Printable ASCII has nothing to normalise and no invisible characters: most of a handout's strings,
// folded for every block of every render (the block caches' privacy check), take the short way.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/u;

function fold(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(/ {2,}/gu, ' ').trim();
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\p{Cf}\u00ad]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A render's per-patient text: names are also matched word by word, the rest line by line. */
export interface PrivateText {
  names: readonly string[];
  texts: readonly string[];
  /**
   * What the handout prints for any patient (its sections' words, lib/payload). A piece of a patient's
   * line that is also printed for everyone is not the patient's: a note that says "walks" must not
   * keep the tracker's "Walk" out of the caches. A shared text that holds a patient's line or a name's
   * word (a work note is one of the sections' words) shares nothing.
   */
  shared?: readonly string[];
}

interface Needles {
  /** Each line of each value, whole. */
  lines: string[];
  /** Each word of a name (two characters or more): a name printed inside a longer text is caught too. */
  words: string[];
  /** The shared texts, folded, without any that holds a line or a word above; folded when first asked. */
  shared: () => string[];
}

const linesOf = (values: readonly string[]) =>
  values.flatMap((value) => value.split(/[\r\n]+/u).map(fold)).filter(Boolean);

/** Whether a folded text holds a whole line or a name's word. */
const holds = (folded: string, { lines, words }: Pick<Needles, 'lines' | 'words'>) =>
  lines.some((line) => folded.includes(line)) || words.some((word) => folded.includes(word));

function needlesOf({ names, texts, shared = [] }: PrivateText): Needles {
  const words = linesOf(names)
    .flatMap((line) => line.split(/[^\p{L}\p{M}\p{N}]+/u))
    .filter((word) => word.length >= 2);
  const lines = linesOf([...names, ...texts]);
  let everyone: string[] | undefined;
  const sharedFolded = () =>
    (everyone ??= shared.map(fold).filter((text) => text !== '' && !holds(text, { lines, words })));
  return { lines, words, shared: sharedFolded };
}

const inFlight = new Set<Needles>();

/** Runs one render with its per-patient text marked private until it settles. */
export async function withPrivateText<T>(text: PrivateText, render: () => Promise<T>): Promise<T> {
  const needles = needlesOf(text);
  inFlight.add(needles);
  try {
    return await render();
  } finally {
    inFlight.delete(needles);
  }
}

/**
 * Whether `text` holds any per-patient text of a render in flight, or is part of it and not printed for
 * every patient of that render's handout.
 */
export function isPrivateText(text: string): boolean {
  if (inFlight.size === 0) return false;
  const folded = fold(text);
  if (folded === '') return false;
  for (const needles of inFlight) {
    if (holds(folded, needles)) return true;
    const isPiece = needles.lines.some((line) => line.includes(folded));
    if (isPiece && !needles.shared().some((printed) => printed.includes(folded))) return true;
  }
  return false;
}
