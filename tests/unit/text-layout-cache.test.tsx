import { Document, Page, renderToBuffer, Text } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';

import { drawHandout } from '@/lib/pdf/draw';
import { setLayoutCachesOn, textLayoutCacheStats } from '@/lib/pdf/layout-caches';
import { parseSpec } from '@/lib/pdf/render';
import { createTextLayoutCache } from '@/lib/pdf/text-layout-cache';

import { pdfText } from '../helpers/pdf';
import { loadSpec } from '../helpers/specs';

/*
 * The text layout cache (lib/pdf/text-layout-cache.ts), asked by the patched @react-pdf/layout
 * (patches/@react-pdf+layout+5.2.0.patch, docs/upstream/text-layout-cache.md).
 */
const stats = () => {
  const installed = textLayoutCacheStats();
  if (!installed) throw new Error('HANDOUT_TEXT_CACHE_MB=0 turns the cache off; unset it for this test');
  return installed;
};

describe('the patched @react-pdf/layout', () => {
  it('asks the text layout cache set on the font store, which answers a second render', async () => {
    const { hits, misses } = stats();
    setLayoutCachesOn(true);
    const document = (
      <Document>
        <Page size="A6">
          <Text>A line that only this test lays out, twice.</Text>
        </Page>
      </Document>
    );
    await renderToBuffer(document);
    expect(stats().misses).toBeGreaterThan(misses);
    await renderToBuffer(document);
    expect(stats().hits).toBeGreaterThan(hits);
  });
});

describe('a handout drawn with the text layout cache', () => {
  it.each([
    ['examples/first-visit.json', 'en'],
    ['examples/everything.json', 'ar'],
    ['examples/first-visit.json', 'zh-Hans'],
  ])(
    '%s in %s is byte for byte the handout drawn without it',
    async (file, locale) => {
      const spec = parseSpec({ ...loadSpec(file), locale });
      setLayoutCachesOn(false);
      const without = (await drawHandout(spec)).pdf;
      setLayoutCachesOn(true);
      const hits = stats().hits;
      const first = (await drawHandout(spec)).pdf;
      const second = (await drawHandout(spec)).pdf;
      expect(stats().hits).toBeGreaterThan(hits);
      expect(Buffer.compare(first, without)).toBe(0);
      expect(Buffer.compare(second, without)).toBe(0);
    },
    120_000,
  );
});

describe('per-patient text and the text layout cache', () => {
  const name = 'Zorbalina Quistwether';
  const note = 'Xylophone rest plan.\nCall Zorbalina on Fridays.';
  const workNote = 'Qwerty desk rota for Mondays';
  const clinicianText = 'Vexwort balm twice daily.';
  const spec = () => {
    const base = loadSpec('examples/everything.json');
    const sections = (base.sections as { id: string; params?: Record<string, unknown> }[]).map((section) => {
      if (section.id === 'staying-active') return { ...section, params: { ...section.params, workNote } };
      if (section.id === 'medicine')
        return { ...section, params: { ...section.params, mode: 'clinician', clinicianText } };
      return section;
    });
    return parseSpec({ ...base, sections, note, patient: { name, date: '2026-11-21' } });
  };

  it('prints the name, the note, the work note and the medicine text but keeps none of them', async () => {
    setLayoutCachesOn(true);
    const entries = stats().entries;
    const { pdf } = await drawHandout(spec());
    const { text } = await pdfText(pdf);
    for (const printed of [name, 'Xylophone', 'Qwerty', 'Vexwort', 'November'])
      expect(text).toContain(printed);
    // The rest of the handout was kept, so the check below looks at a cache in use.
    expect(stats().entries).toBeGreaterThan(entries);
    const kept = stats().strings().join('\n').toLowerCase();
    for (const secret of ['zorbalina', 'quistwether', 'xylophone', 'qwerty', 'vexwort', 'november 21'])
      expect(kept).not.toContain(secret);
  });
});

// A font is any non-plain object to the cache: it counts by identity.
class FakeFont {
  constructor(readonly name: string) {}
}

describe('createTextLayoutCache', () => {
  const attributed = (string: string, font: object = FONT) => ({
    string,
    runs: [{ start: 0, end: string.length, attributes: { font: [font], fontSize: 12 } }],
  });
  const FONT = new FakeFont('Noto Sans');
  const options = { hyphenationCallback: (word: string) => [word] };
  const lines = (text: string) => [{ string: text, runs: [{ glyphs: Array.from(text) }] }];

  it('answers only for the same string, attributes, container, options, font and callback', () => {
    const cache = createTextLayoutCache({ maxEntries: 100, maxBytes: 1e6, isPrivate: () => false });
    let typeset = 0;
    const layout = (string: string, width: number, font?: object, opts: object = options) =>
      cache.layout(attributed(string, font), { width, height: Infinity }, opts, () => {
        typeset += 1;
        return lines(string);
      });
    layout('Walk a little', 100);
    expect(layout('Walk a little', 100)).toEqual(lines('Walk a little'));
    expect(typeset).toBe(1);
    layout('Walk a little', 101);
    layout('Walk a little', 100, new FakeFont('Noto Sans'));
    layout('Walk a little', 100, FONT, { hyphenationCallback: (word: string) => [word] });
    layout('Walk a lot', 100);
    expect(typeset).toBe(5);
    expect(cache.stats).toMatchObject({ hits: 1, misses: 5, entries: 5 });
  });

  it('stays within its entries and bytes, dropping the least recently used first', () => {
    const cache = createTextLayoutCache({ maxEntries: 3, maxBytes: 1e6, isPrivate: () => false });
    const layout = (string: string) => cache.layout(attributed(string), {}, {}, () => lines(string));
    ['a', 'b', 'c'].forEach(layout);
    layout('a');
    layout('d');
    expect(cache.stats.strings()).toEqual(['c', 'a', 'd']);
    const small = createTextLayoutCache({ maxEntries: 100, maxBytes: 5_000, isPrivate: () => false });
    for (let index = 0; index < 50; index += 1)
      small.layout(attributed(`line ${index}`), {}, {}, () => lines(`line ${index}`));
    expect(small.stats.bytes).toBeLessThanOrEqual(5_000);
    expect(small.stats.entries).toBeGreaterThan(0);
  });

  it('lays out private text but does not keep it', () => {
    const cache = createTextLayoutCache({
      maxEntries: 100,
      maxBytes: 1e6,
      isPrivate: (text) => text.includes('Alex'),
    });
    expect(cache.layout(attributed('For Alex'), {}, {}, () => lines('For Alex'))).toEqual(lines('For Alex'));
    cache.layout(attributed('Rest'), {}, {}, () => lines('Rest'));
    expect(cache.stats.strings()).toEqual(['Rest']);
  });
});
