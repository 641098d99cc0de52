import { Document, G, Page, pdf, Rect, Svg, View } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';

import { createBlockLayoutCache, type RawNode } from '@/lib/pdf/block-layout-cache';
import { drawHandout } from '@/lib/pdf/draw';
import { blockLayoutCacheStats, setLayoutCachesOn } from '@/lib/pdf/layout-caches';
import { parseSpec } from '@/lib/pdf/render';

import { keptAfterPatientText } from '../helpers/patient-text';
import { pdfText } from '../helpers/pdf';
import { loadSpec } from '../helpers/specs';

/*
 * The block layout cache (lib/pdf/block-layout-cache.ts), asked by the patched @react-pdf/layout for
 * each top-level block of a page (patches/@react-pdf+layout+5.2.0.patch,
 * docs/upstream/block-layout-cache.md).
 */
const stats = () => {
  const installed = blockLayoutCacheStats();
  if (!installed)
    throw new Error('HANDOUT_BLOCK_CACHE_ENTRIES=0 turns the cache off; unset it for this test');
  return installed;
};

type SpecSection = { id: string; params?: Record<string, unknown> };

/** Every page's text of a handout drawn with the caches on or off. */
async function pagesOf(spec: ReturnType<typeof parseSpec>, isCached: boolean) {
  setLayoutCachesOn(isCached);
  try {
    return (await pdfText((await drawHandout(spec)).pdf)).pageTexts;
  } finally {
    setLayoutCachesOn(true);
  }
}

describe('a handout drawn with the block layout cache', () => {
  it('reuses the blocks of the same handout, byte for byte the handout drawn without it', async () => {
    const spec = parseSpec({ ...loadSpec('examples/first-visit.json'), locale: 'es' });
    setLayoutCachesOn(false);
    const without = (await drawHandout(spec)).pdf;
    setLayoutCachesOn(true);
    await drawHandout(spec);
    const hits = stats().hits;
    const again = (await drawHandout(spec)).pdf;
    // Every section of the handout is a block; only the header's facts line (with the patient) is laid out again.
    expect(stats().hits - hits).toBeGreaterThanOrEqual(5);
    expect(Buffer.compare(again, without)).toBe(0);
  }, 120_000);

  it('after an edit, a move and a section switched off, prints what a handout drawn without it prints', async () => {
    const base = loadSpec('examples/everything.json');
    const sections = base.sections as SpecSection[];
    await drawHandout(parseSpec(base));
    const edited = sections
      .filter((section) => section.id !== 'hydration')
      .map((section) =>
        section.id === 'heat-cold' ? { ...section, params: { ...section.params, heatMinutes: 12 } } : section,
      );
    // The first movable section goes last but one (the red flags stay last).
    const [first, ...rest] = edited;
    const moved = first ? [...rest.slice(0, -1), first, ...rest.slice(-1)] : edited;
    for (const next of [edited, moved]) {
      const spec = parseSpec({ ...base, sections: next });
      const hits = stats().hits;
      const cached = await pagesOf(spec, true);
      expect(stats().hits).toBeGreaterThan(hits);
      expect(cached).toEqual(await pagesOf(spec, false));
      expect(cached.join(' ')).toContain('12 minutes');
    }
  }, 180_000);

  it('keeps the clinic’s part of the header and the footers for the next patient, not the line with the patient', async () => {
    const base = loadSpec('examples/first-visit.json');
    await drawHandout(parseSpec({ ...base, patient: { name: 'Xavi Quintero', date: '2026-11-21' } }));
    const hits = stats().hits;
    const { pdf } = await drawHandout(
      parseSpec({ ...base, patient: { name: 'Yuki Zelenko', date: '2026-11-22' } }),
    );
    // The clinic and title block, each of the seven sections placed whole or split, and the footer of
    // the first layout and of each of the three pages (the page's layout draws it: "Page 2 of 3").
    expect(stats().hits - hits).toBe(12);
    const kept = stats().texts();
    expect(kept).toContain('Riverside Physical Therapy');
    expect(kept).toContain('Low back spasm: your home care plan');
    expect(kept.join(' ')).not.toMatch(/Yuki Zelenko|Xavi Quintero|November 2[12]/u);
    const { pageTexts } = await pdfText(pdf);
    expect(pageTexts[0]).toMatch(/Riverside Physical Therapy[\s\S]*For: Yuki Zelenko/u);
    pageTexts.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of 3`));
  }, 120_000);

  it('keeps no block that prints the patient’s name, note, work note or medicine text', async () => {
    await keptAfterPatientText(stats);
  }, 120_000);
});

describe('a handout whose note shares words with its sections', () => {
  it('keeps the blocks that only print words of the note the handout prints anyway', async () => {
    // The tracker's row "Walk" is a piece of the note; it is printed for every patient.
    const note = 'Call me if the walks make your leg pain worse.';
    const spec = parseSpec({ ...loadSpec('examples/everything.json'), note });
    stats().clear();
    const { text } = await pdfText((await drawHandout(spec)).pdf);
    expect(text).toContain(note);
    const kept = stats().texts();
    expect(kept).toContain('7-day tracker');
    expect(kept).toContain('Walk');
    expect(kept.join('\n').toLowerCase()).not.toContain('walks make');
  }, 120_000);
});

/** What the last layout steps give a node: its origin, and its children in the order they are drawn. */
interface Resolved {
  type: string;
  origin?: { left: number; top: number };
  style?: { zIndex?: number; backgroundColor?: string };
  children?: Resolved[];
}
const resolvedOf = ({ type, origin, style, children }: Resolved): unknown => ({
  type,
  origin,
  colour: style?.backgroundColor,
  children: children?.map(resolvedOf),
});

/*
 * patches/@react-pdf+layout+5.2.0.patch: a block kept whole brings the same children from one document
 * to the next, so their origins and drawing order are resolved once and kept with them
 * (docs/upstream/origin-and-z-index-without-copies.md). Wherever the block sits, they must be what a
 * layout without the cache gives: origins are relative to the block, and the order follows zIndex.
 */
describe('a block kept whole with turned and stacked boxes', () => {
  const documentWith = (spacer: number) => (
    <Document>
      <Page size="A6" style={{ padding: 20 }} layout={({ children }) => children}>
        <View style={{ height: spacer }} />
        <View wrap={false}>
          <View style={{ position: 'absolute', width: 40, height: 40, backgroundColor: '#00ff00' }} />
          <View
            style={{ position: 'absolute', zIndex: 2, width: 30, height: 30, backgroundColor: '#ff0000' }}
          />
          <View style={{ margin: 50, width: 60, height: 30, transform: 'rotate(90deg)' }} />
          <Svg width={100} height={100} viewBox="0 0 100 100">
            <G transform="rotate(45, 50, 50)">
              <Rect x={25} y={25} width={50} height={50} fill="#0000ff" />
            </G>
          </Svg>
        </View>
      </Page>
    </Document>
  );
  const blockOf = async (spacer: number) => {
    const laidOut = await (pdf(documentWith(spacer)) as unknown as { layout(): Promise<Resolved> }).layout();
    return laidOut.children?.[0]?.children?.[1] as Resolved & { keptWhole?: boolean };
  };

  it('gives its boxes the origins and order a layout without the cache gives, wherever it sits', async () => {
    setLayoutCachesOn(false);
    let expected: Resolved;
    try {
      expected = await blockOf(10);
    } finally {
      setLayoutCachesOn(true);
    }
    // The red box is drawn first (zIndex 2); the turned box turns about its centre.
    expect(expected.children?.[0]?.style?.backgroundColor).toBe('#ff0000');
    expect(expected.children?.[2]?.origin).toEqual({ left: 80, top: 65 });
    await blockOf(10);
    for (const spacer of [10, 40, 70]) {
      const block = await blockOf(spacer);
      expect(block.keptWhole).toBe(true);
      expect(resolvedOf(block)).toEqual(resolvedOf({ ...expected, origin: block.origin }));
    }
  });
});

describe('createBlockLayoutCache', () => {
  const hyphenation = (word: string) => [word];
  const text = (value: string, callback = hyphenation): RawNode => ({
    type: 'TEXT',
    props: { hyphenationCallback: callback },
    style: { fontSize: 12 },
    children: [{ type: 'TEXT_INSTANCE', value }],
  });
  const block = (...children: RawNode[]): RawNode => ({
    type: 'VIEW',
    props: { bookmark: 'Heat' },
    style: {},
    children,
  });
  const page = (padding = 36) => ({ type: 'PAGE', props: { size: 'LETTER' }, style: { padding } });
  const cache = (isPrivate = (_text: string) => false) =>
    createBlockLayoutCache({ maxEntries: 2, isPrivate });

  it('keys a block by everything in it, by its page, and by the callbacks it names', () => {
    const { keyOf } = cache();
    const key = keyOf(block(text('Rest')), page());
    expect(key).toBeDefined();
    expect(keyOf(block(text('Rest')), page())).toBe(key);
    expect(keyOf(block(text('Rest.')), page())).not.toBe(key);
    expect(keyOf(block(text('Rest')), page(40))).not.toBe(key);
    expect(keyOf(block(text('Rest', (word) => [word])), page())).not.toBe(key);
  });

  it('tells apart the same callback on another node, and a callback from none', () => {
    const { keyOf } = cache();
    const bare = (value: string): RawNode => ({ ...text(value), props: {} });
    const first = keyOf(block(text('Rest'), bare('Walk')), page());
    expect(keyOf(block(bare('Rest'), text('Walk')), page())).not.toBe(first);
    expect(keyOf(block(bare('Rest'), bare('Walk')), page())).not.toBe(first);
    expect(keyOf(block(text('Rest'), bare('Walk')), page())).toBe(first);
  });

  it('keeps no block with private text, a picture, a render prop, a repeat or an inner bookmark', () => {
    const { keyOf } = cache((value) => value.includes('Alex'));
    expect(keyOf(block(text('For Alex')), page())).toBeUndefined();
    expect(keyOf(block({ type: 'IMAGE', props: { src: 'logo.png' }, style: {} }), page())).toBeUndefined();
    expect(keyOf(block({ ...text('Page'), props: { render: () => 'Page 1' } }), page())).toBeUndefined();
    expect(keyOf(block({ ...text('Call'), props: { fixed: true } }), page())).toBeUndefined();
    expect(keyOf(block(block(text('Inner'))), page())).toBeUndefined();
  });

  it('holds its most recently used blocks only', () => {
    const { get, set, stats: counts } = cache();
    set('a', { type: 'VIEW' });
    set('b', { type: 'VIEW' });
    expect(get('a')).toBeDefined();
    set('c', { type: 'VIEW' });
    expect(get('b')).toBeUndefined();
    expect(get('a')).toBeDefined();
    expect(counts).toMatchObject({ hits: 2, misses: 1, entries: 2 });
  });
});
