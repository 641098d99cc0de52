/*
 * Chinese and Japanese have no spaces, and react-pdf only breaks lines at spaces or hyphenation points
 * (diegomura/react-pdf#2917); splitting characters in the hyphenation callback prints a hyphen at each
 * break (#1662, fix proposed in #3315). Returning an empty string between two pieces avoids that: it
 * becomes a zero-width glue, a break chance with no hyphen.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u31f0-\u31ff\uff00-\uffef]/u;
/*
 * Kinsoku shori (JIS X 4051, the Japanese rules; Chinese forbids a subset of them): closing brackets,
 * stops, commas, iteration marks, the long-vowel mark and small kana may not start a line, and opening
 * brackets may not end one. A Japanese reader stumbles on a line that starts with "ょ" or "ー".
 */
const NO_BREAK_BEFORE = new RegExp(
  '[' +
    '、。，．：；？！‼⁇⁈⁉・･｡､' + // stops, commas, middle dots
    '）」』》〉】〕］｝〙〗〟｣”’»' + // closing brackets and quotes
    '…‥〜～‐゠–' + // ellipses and dashes that belong to the previous word
    'ヽヾゝゞ々〻ー' + // iteration marks and the long-vowel mark
    'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰ-ㇿｧ-ｯｰ' + // small kana
    ',.:;!?)\\]}%' +
    ']',
  'u',
);
const NO_BREAK_AFTER = /[（「『《〈【〔［｛〘〖〝｢“‘«(\[{]/u;
// A number stays with the counter or unit after it ("15分", "3回"): a dose split over two lines misleads.
const DIGIT = /[0-9０-９]/u;

/** Splits a space-free run into pieces between which a line may break, without inserting hyphens. */
export function cjkLineBreaks(word: string): string[] {
  const chars = Array.from(word);
  const pieces: string[] = [];
  let current = '';
  chars.forEach((char, index) => {
    const previous = chars[index - 1];
    const isBreakable =
      current !== '' &&
      previous !== undefined &&
      (CJK.test(char) || CJK.test(previous)) &&
      !NO_BREAK_BEFORE.test(char) &&
      !NO_BREAK_AFTER.test(previous) &&
      !DIGIT.test(previous);
    if (isBreakable) {
      pieces.push(current);
      current = '';
    }
    current += char;
  });
  if (current) pieces.push(current);
  return pieces.flatMap((piece, index) => (index === 0 ? [piece] : ['', piece]));
}

/**
 * Words stay whole: no hyphenation in any language (see lib/pdf/fonts.ts). A Chinese or Japanese run
 * typed into free text on another language's handout (a name, the note) still gets its break chances:
 * without them it ran past the page edge and react-pdf cut the rest of the note off.
 */
export function noHyphenation(word: string): string[] {
  return CJK.test(word) ? cjkLineBreaks(word) : [word];
}
