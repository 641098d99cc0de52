import { describe, expect, it } from 'vitest';

import { cjkLineBreaks } from '@/lib/pdf/line-breaking';

/** The pieces between which a line may break (the empty strings are the break chances). */
const pieces = (text: string) => cjkLineBreaks(text).filter((piece) => piece !== '');

describe('CJK line breaking', () => {
  it('breaks between ideographs and kana, with an empty piece and never a hyphen', () => {
    expect(cjkLineBreaks('腰の痛み')).toEqual(['腰', '', 'の', '', '痛', '', 'み']);
  });

  it.each([
    ['small kana', 'ちょっと', ['ちょっ', 'と']],
    ['the long-vowel mark', 'タオール', ['タ', 'オー', 'ル']],
    ['an iteration mark', '時々', ['時々']],
    ['a closing bracket and a stop', '「すぐに」。', ['「す', 'ぐ', 'に」。']],
    ['a middle dot', 'ア・イ', ['ア・', 'イ']],
    ['a wave dash', 'あ〜い', ['あ〜', 'い']],
  ])('keeps %s off the start of a line (Japanese kinsoku)', (_, text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it('keeps an opening bracket off the end of a line', () => {
    expect(pieces('は（注）')).toEqual(['は', '（注）']);
  });

  it('keeps a number with its counter, and Latin words whole', () => {
    expect(pieces('1日3回15分')).toEqual(['1日', '3回', '15分']);
    expect(pieces('911に電話')).toEqual(['911に', '電', '話']);
  });

  it('leaves text without CJK characters whole', () => {
    expect(cjkLineBreaks('ibuprofen')).toEqual(['ibuprofen']);
  });
});
