import path from 'node:path';

import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';

import type { TLocale } from '@/lib/i18n/locales';
import { FONTS_DIR } from '@/lib/pdf/font-catalog';
import { handoutCode } from '@/lib/pdf/handout-code';
import { createRenderPool } from '@/lib/pdf/pool';
import { parseSpec } from '@/lib/pdf/render';

import { pdfLines, pdfText } from '../helpers/pdf';
import { loadSpec } from '../helpers/specs';

/*
 * A render worker draws every language in turn, and a font's glyph cache outlives a render, so a
 * handout must read the same whatever was drawn before it. The Arabic, Urdu and Persian footers put
 * Noto Sans's middle dot ("{{name}} · {{phone}}") in the PDF, a glyph built from the full stop, while
 * their own full stops come from the Arabic face. Embedding it made fontkit cache Noto Sans's full
 * stop with no characters (foliojs/fontkit#154); every later handout then lost its full stops, broke
 * words mid-line ("Gire de l|ado") and printed a clipped footer code. Each sequence runs in a fresh
 * worker, as the server's pool would.
 */
describe('the patched fontkit (patches/fontkit+2.0.4.patch)', () => {
  it('keeps the full stop a character after a middle dot built from it was embedded', () => {
    const font = fontkit.openSync(path.join(FONTS_DIR, 'NotoSans-Regular.ttf'));
    if (!('createSubset' in font)) throw new Error('NotoSans-Regular.ttf is not a single font');
    const subset = font.createSubset();
    subset.includeGlyph(font.glyphForCodePoint('·'.codePointAt(0) ?? 0));
    subset.encode();
    expect(font.layout('1.0').glyphs.map((glyph) => glyph.codePoints)).toEqual([[0x31], [0x2e], [0x30]]);
  });
});

const spec = loadSpec('examples/first-visit.json');

async function renderSequence(locales: TLocale[]): Promise<Uint8Array> {
  const pool = createRenderPool({ workers: 1, maxQueue: locales.length, warmLocales: [] });
  try {
    let pdf: Uint8Array = new Uint8Array();
    for (const locale of locales) pdf = (await pool.render(parseSpec({ ...spec, locale }))).pdf;
    return pdf;
  } finally {
    await pool.close();
  }
}

const lineTexts = async (pdf: Uint8Array) =>
  (await pdfLines(pdf)).map(({ page, text }) => `${page}: ${text}`);

describe('a handout rendered after another language in the same worker', () => {
  const cases: [TLocale, TLocale][] = [
    ['ar', 'es'],
    ['ar', 'en'],
    ['ar', 'am'],
    ['ur', 'es'],
    ['fa', 'es'],
    ['es', 'ar'],
  ];
  const alone = new Map<TLocale, Promise<Uint8Array>>();
  const aloneRender = (locale: TLocale) => {
    if (!alone.has(locale)) alone.set(locale, renderSequence([locale]));
    return alone.get(locale) as Promise<Uint8Array>;
  };

  it.each(cases)(
    '%s then %s: the same lines as alone, full footer code',
    async (first, second) => {
      const [reference, after] = await Promise.all([aloneRender(second), renderSequence([first, second])]);
      expect(await lineTexts(after)).toEqual(await lineTexts(reference));
      const code = handoutCode(parseSpec({ ...spec, locale: second }));
      const { pageTexts } = await pdfText(after);
      for (const text of pageTexts) expect(text).toContain(code);
      // Wherever the denser layout puts it (issue 11), the sentence keeps its full stop and its words.
      if (second === 'es') expect(pageTexts.join(' ')).toContain('al revés. Gire de lado, apóyese');
    },
    120_000,
  );
});
