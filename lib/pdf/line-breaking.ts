/*
 * Chinese and Japanese have no spaces, and react-pdf only breaks lines at spaces or hyphenation points
 * (diegomura/react-pdf#2917); splitting characters in the hyphenation callback prints a hyphen at each
 * break (#1662, fix proposed in #3315). Returning an empty string between two pieces avoids that: it
 * becomes a zero-width glue, a break chance with no hyphen.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
// Kinsoku shori: characters that may not start a line, and those that may not end one.
const NO_BREAK_BEFORE =
  /[、。，．：；？！）」』》〉】〕］｝”’…‥・ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.:;!?)\]}%]/u;
const NO_BREAK_AFTER = /[（「『《〈【〔［｛“‘(\[{]/u;

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
      !NO_BREAK_AFTER.test(previous);
    if (isBreakable) {
      pieces.push(current);
      current = '';
    }
    current += char;
  });
  if (current) pieces.push(current);
  return pieces.flatMap((piece, index) => (index === 0 ? [piece] : ['', piece]));
}

/** Words stay whole: no hyphenation in any language (see lib/pdf/fonts.ts). */
export function noHyphenation(word: string): string[] {
  return [word];
}
