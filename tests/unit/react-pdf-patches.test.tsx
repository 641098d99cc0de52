import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { createPaginator } from '@react-pdf/paginate';
import { Document, Font, G, Page, pdf, Rect, renderToBuffer, Svg, Text, View } from '@react-pdf/renderer';
import { PNG } from 'pngjs';
import { describe, expect, it, vi } from 'vitest';

import { CJK_FONTS_DIR } from '@/lib/pdf/font-catalog';
import { layOut } from '@/lib/pdf/lay-out';

import { pdfText } from '../helpers/pdf';

/** Runs `body` while the layout patch's text hook records every string the engine lays out. */
async function recordingTextLayouts(body: (laidOut: string[]) => Promise<void>): Promise<void> {
  const laidOut: string[] = [];
  const store = Font as typeof Font & { textLayoutCache?: unknown };
  const before = store.textLayoutCache;
  store.textLayoutCache = {
    layout: (text: { string: string }, _box: unknown, _options: unknown, typeset: () => unknown) => {
      laidOut.push(text.string);
      return typeset();
    },
  };
  try {
    await body(laidOut);
  } finally {
    store.textLayoutCache = before;
  }
}

/** A few A6 pages whose layout adds an absolutely placed "Sheet N of M" footer. */
function footedDocument(onLayout: (page: { pageNumber?: number; totalPages?: number }) => void = () => {}) {
  return (
    <Document>
      <Page
        size="A6"
        style={{ padding: 20, paddingBottom: 40 }}
        layout={({ children, pageNumber, totalPages }) => {
          onLayout({ pageNumber, totalPages });
          return (
            <>
              {children}
              <Text style={{ position: 'absolute', bottom: 12, left: 20 }}>
                {`Sheet ${pageNumber} of ${totalPages ?? '?'}`}
              </Text>
            </>
          );
        }}
      >
        {Array.from({ length: 60 }, (_, index) => (
          <Text key={index}>{`Row ${index + 1} of the test.`}</Text>
        ))}
      </Page>
    </Document>
  );
}

/** Page 1's drawing operators (pdf.js): the operator list and the names of its operators. */
async function operatorsOf(element: Parameters<typeof renderToBuffer>[0]) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const bytes = new Uint8Array(await renderToBuffer(element));
  const document = await pdfjs.getDocument({ data: bytes, verbosity: 0, isEvalSupported: false }).promise;
  const { fnArray, argsArray } = await (await document.getPage(1)).getOperatorList();
  await document.destroy();
  return { fnArray, argsArray, OPS: pdfjs.OPS };
}

/** pdfkit's document class, typed as each test needs it (pdfkit ships no types). */
async function pdfkitDocument<T>(): Promise<T> {
  // The module name in a variable keeps TypeScript from asking for pdfkit's types.
  const pdfkit = 'pdfkit';
  return ((await import(pdfkit)) as { default: T }).default;
}

/*
 * patches/@react-pdf+layout+5.2.0.patch (applied by `npm install` through patch-package): with page
 * numbers, the linear engine's first round only counts the pages instead of building them
 * (docs/upstream/count-only-totals-round.md). This fails when the patch is missing or no longer applies.
 */
describe('the patched @react-pdf/layout', () => {
  it('counts pages without building them before the round that prints "Page X of Y"', async () => {
    const calls: (number | undefined)[] = [];
    const paragraphs = Array.from({ length: 90 }, (_, index) => `Paragraph ${index + 1} of the test.`);
    const pdf = await renderToBuffer(
      <Document>
        <Page
          size="A6"
          style={{ padding: 20 }}
          layout={({ children, pageNumber, totalPages }) => {
            calls.push(totalPages);
            return (
              <>
                <View style={{ flexGrow: 1 }}>{children}</View>
                <Text>{`Page ${pageNumber} of ${totalPages ?? '?'}`}</Text>
              </>
            );
          }}
        >
          {paragraphs.map((text) => (
            <Text key={text}>{text}</Text>
          ))}
        </Page>
      </Document>,
    );
    const { pages, pageTexts } = await pdfText(pdf);
    expect(pages).toBeGreaterThan(2);
    pageTexts.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${pages}`));
    // Unpatched, the counting round also lays out each page around its content: `pages` more calls.
    const withoutTotals = calls.filter((total) => total === undefined).length;
    const checks = 2; // the layout's render-once check and the first instantiation
    expect(withoutTotals).toBe(checks + pages);
  });
});

/*
 * patches/@react-pdf+renderer+4.9.0.patch: a document can be laid out, measured, and then written from
 * that same layout (lib/pdf/lay-out.ts), so the drawings the pull-back discards are never written
 * (docs/upstream/layout-then-write.md). This fails when the patch is missing: `layOut` refuses, or the
 * write lays the document out a second time.
 */
describe('the patched @react-pdf/renderer', () => {
  const created = new Date('2026-01-02T03:04:05Z');
  const document = (onLayout: () => void) => (
    <Document title="Two phases" creationDate={created} modificationDate={created}>
      <Page
        size="A6"
        layout={({ children, pageNumber, totalPages }) => {
          onLayout();
          return (
            <>
              {children}
              <Text>{`Page ${pageNumber} of ${totalPages ?? '?'}`}</Text>
            </>
          );
        }}
      >
        {Array.from({ length: 40 }, (_, index) => (
          <Text key={index}>{`Line ${index + 1} of the two-phase test.`}</Text>
        ))}
      </Page>
    </Document>
  );

  it('writes a layout without laying the document out again, the same bytes as one render', async () => {
    let layoutCalls = 0;
    const laidOut = await layOut(document(() => (layoutCalls += 1)));
    const afterLayout = layoutCalls;
    expect(afterLayout).toBeGreaterThan(0);
    const written = await laidOut.write();
    expect(layoutCalls).toBe(afterLayout);
    const direct = await renderToBuffer(document(() => undefined));
    expect(written.equals(direct)).toBe(true);
    const { pages, pageTexts } = await pdfText(written);
    expect(pages).toBeGreaterThan(1);
    expect(pageTexts[0]).toContain(`Page 1 of ${pages}`);
  });

  it('lays a document out to its pages, and leaves their last layout to the write', async () => {
    await recordingTextLayouts(async (laidOutTexts) => {
      const numbered = new Set<number>();
      const laidOut = await layOut(
        footedDocument(({ pageNumber, totalPages }) => {
          if (pageNumber !== undefined && totalPages !== undefined) numbered.add(pageNumber);
        }),
      );
      // The pages are known (the layout callback ran for each), but none was laid out around its footer.
      expect(numbered.size).toBeGreaterThan(2);
      expect(laidOutTexts.filter((text) => text.startsWith('Sheet 2'))).toEqual([]);
      const { pages, pageTexts } = await pdfText(await laidOut.write());
      expect(pages).toBe(numbered.size);
      expect(laidOutTexts).toContain(`Sheet 2 of ${pages}`);
      pageTexts.forEach((text, index) => expect(text).toContain(`Sheet ${index + 1} of ${pages}`));
    });
  });
});

/*
 * patches/@react-pdf+layout+5.2.0.patch: a block placed whole on a page keeps its first-pass layout;
 * the page relayout only places it (docs/upstream/keep-whole-fragments.md). This fails when the patch
 * is missing: no block is kept, every one is styled and laid out again when its page is built.
 */
describe('the patched @react-pdf/layout keeps whole blocks', () => {
  interface LaidNode {
    type: string;
    keptWhole?: boolean;
    box?: { top: number; height: number };
    children?: LaidNode[];
  }
  const blocks = Array.from({ length: 12 }, (_, index) => `Block ${index + 1}.`);
  const document = (
    <Document>
      <Page
        size="A6"
        style={{ padding: 20 }}
        layout={({ children, pageNumber, totalPages }) => (
          <>
            {children}
            <Text>{`Page ${pageNumber} of ${totalPages ?? '?'}`}</Text>
          </>
        )}
      >
        <View style={{ borderWidth: 1 }}>
          {blocks.map((text) => (
            <View key={text} wrap={false} style={{ marginBottom: 30, borderWidth: 1, padding: 8 }}>
              <Text>{text}</Text>
              <Text>{`${text} Line two.`}</Text>
            </View>
          ))}
        </View>
      </Page>
    </Document>
  );

  it('places a block that fits on its page without laying it out again', async () => {
    const instance = pdf(document) as unknown as { layout(): Promise<LaidNode> };
    const root = await instance.layout();
    const pages = root.children ?? [];
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) {
      // The outer box is split across the pages: laid out again on each. Each block inside is whole.
      const [outer] = page.children ?? [];
      expect(outer?.keptWhole).toBeFalsy();
      const inner = outer?.children ?? [];
      expect(inner.length).toBeGreaterThan(0);
      for (const block of inner) expect(block.keptWhole).toBe(true);
    }
  });

  it('prints every block, in order, with the page numbers', async () => {
    const { pages, pageTexts } = await pdfText(await renderToBuffer(document));
    const text = pageTexts.join(' ');
    expect(text.indexOf('Block 1. Line two.')).toBeLessThan(text.indexOf('Block 12. Line two.'));
    pageTexts.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages}`));
  });
});

/*
 * patches/@react-pdf+layout+5.2.0.patch: `setYogaValues` sets the same values without a closure per
 * style key and without the calls into yoga that set what a fresh node already has
 * (docs/upstream/set-yoga-values.md). The boxes below are what the unpatched engine gives; the
 * second test fails when any part of the patch is missing from the installed engine.
 */
const require = createRequire(import.meta.url);

/** Each mark (a name the patch adds) is in the module Node loads: the patch was applied whole. */
function expectPatched(module: string, marks: string[]): void {
  const source = readFileSync(require.resolve(module), 'utf8');
  for (const mark of marks) expect(source, mark).toContain(mark);
}

describe('the patched @react-pdf/layout sets yoga values', () => {
  interface Box {
    top: number;
    left: number;
    width: number;
    height: number;
  }
  interface LaidNode {
    box: Box;
    children?: LaidNode[];
  }
  const box = (width: number, height = 10) => ({ width, height });

  it('lays out rows, wrapping, alignment, growing, shrinking and hidden boxes as yoga does', async () => {
    const instance = pdf(
      <Document>
        <Page size={[300, 400]} style={{ padding: 0 }}>
          <View style={{ flexDirection: 'row', height: 40, alignItems: 'center' }}>
            <View style={box(50)} />
            <View style={{ ...box(10), flexGrow: 1 }} />
            <View style={box(50)} />
          </View>
          <View style={{ flexDirection: 'row', flexWrap: 'wrap' }}>
            <View style={box(200)} />
            <View style={box(200)} />
          </View>
          <View style={{ flexDirection: 'row' }}>
            <View style={box(200)} />
            <View style={box(200)} />
          </View>
          <View style={{ display: 'none', height: 30 }} />
          <View style={{ height: 20 }} />
        </Page>
      </Document>,
    ) as unknown as { layout(): Promise<{ children: LaidNode[] }> };
    const [page] = (await instance.layout()).children;
    const [aligned, wrapped, shrunk, hidden, last] = page?.children ?? [];
    const boxes = (node?: LaidNode) => (node?.children ?? []).map(({ box: b }) => [b.left, b.top, b.width]);
    expect(boxes(aligned)).toEqual([
      [0, 15, 50],
      [50, 15, 200],
      [250, 15, 50],
    ]);
    expect(boxes(wrapped)).toEqual([
      [0, 0, 200],
      [0, 10, 200],
    ]);
    expect(boxes(shrunk)).toEqual([
      [0, 0, 150],
      [150, 0, 150],
    ]);
    expect(hidden?.box.height).toBe(0);
    expect(last?.box.top).toBe(40 + 20 + 10);
    expect(last?.box.width).toBe(300);
  });

  it("measures a page without laying out the layout's absolutely placed footer", async () => {
    await recordingTextLayouts(async (laidOut) => {
      const { pages, pageTexts } = await pdfText(await renderToBuffer(footedDocument()));
      expect(pages).toBeGreaterThan(2);
      pageTexts.forEach((text, index) => expect(text).toContain(`Sheet ${index + 1} of ${pages}`));
      // The document's first layout instantiates page 1's layout once. Unpatched, every page is also
      // measured with its footer in both rounds: "Sheet N of ?" for each page while counting.
      expect(laidOut.filter((text) => text.startsWith('Sheet') && text.endsWith('of ?'))).toEqual([
        'Sheet 1 of ?',
      ]);
      expect(laidOut.filter((text) => text === `Sheet 2 of ${pages}`).length).toBeGreaterThan(0);
    });
  });

  // docs/upstream/origin-and-z-index-without-copies.md: only a transformed node gets an origin, and
  // it still does: a box turned about its centre, a group of an SVG turned about a point.
  it('turns a transformed box and SVG group about their origins', async () => {
    const element = (
      <Document>
        <Page size={[200, 200]}>
          <View
            style={{
              margin: 20,
              width: 60,
              height: 30,
              backgroundColor: '#ff0000',
              transform: 'rotate(90deg)',
            }}
          />
          <Svg width={100} height={100} viewBox="0 0 100 100">
            <G transform="rotate(45, 50, 50)">
              <Rect x={25} y={25} width={50} height={50} fill="#0000ff" />
            </G>
          </Svg>
        </Page>
      </Document>
    );
    const { fnArray, argsArray, OPS } = await operatorsOf(element);
    const matrices = fnArray
      .map((op, index) =>
        op === OPS.transform
          ? (argsArray[index] as number[]).map((v) => Math.round(v * 1e4) / 1e4)
          : undefined,
      )
      .filter((matrix) => matrix !== undefined);
    // The box's centre is (50, 35): a quarter turn about it.
    expect(matrices).toContainEqual([0, 1, -1, 0, 85, -15]);
    // The group: to (50, 50), an eighth turn, back.
    expect(matrices).toContainEqual([1, 0, 0, 1, 50, 50]);
    expect(matrices).toContainEqual([0.7071, 0.7071, -0.7071, 0.7071, 0, 0]);
    expect(matrices).toContainEqual([1, 0, 0, 1, -50, -50]);
  });

  it('is installed whole: every patched place is in the engine that runs', () => {
    expectPatched('@react-pdf/layout', [
      'textLayoutCache',
      'countOnly',
      'keptWhole',
      'setUnlessFresh',
      'blockLayoutCache',
      'dropAbsoluteChrome',
      'pendingRelayout',
      'page.props?.layout || hasDynamic(page)',
      'needsOrigin',
      'sortedKeptChildren',
      'keptChildrenOrigins',
      'keyInnerBoxes',
      'fontsAsked',
      'reuseChrome',
    ]);
  });
});

/*
 * patches/@react-pdf+layout+5.2.0.patch: each font a page names is loaded once per pass, not once per
 * node that names it (docs/upstream/fetch-each-font-once.md). Unpatched, 40 texts naming two families
 * ask the font store 80 times in each pass.
 */
describe('the patched @react-pdf/layout loads fonts', () => {
  it('asks the font store once per font a page names, and still draws every text', async () => {
    const element = (
      <Document>
        <Page size="A6" style={{ padding: 10 }}>
          {Array.from({ length: 40 }, (_, index) => (
            <Text
              key={index}
              style={{ fontFamily: ['Helvetica', 'Courier'], fontWeight: index % 2 ? 'bold' : 'normal' }}
            >
              {`Line ${index + 1}`}
            </Text>
          ))}
        </Page>
      </Document>
    );
    const load = vi.spyOn(Font, 'load');
    try {
      const { text } = await pdfText(await renderToBuffer(element));
      expect(text).toContain('Line 40');
      // Two families in two weights: four fonts, in each of the layout's passes over the page.
      const asked = new Set(load.mock.calls.map(([descriptor]) => JSON.stringify(descriptor)));
      expect(asked.size).toBe(4);
      expect(load.mock.calls.length).toBeLessThanOrEqual(4 * 3);
    } finally {
      load.mockRestore();
    }
  });
});

/*
 * patches/@react-pdf+paginate+1.0.1.patch: a box that ends at the bottom of the page within a thousandth
 * of a point fits there (docs/upstream/paginate-fit-tolerance.md). Yoga's 32-bit floats put such a box
 * a few millionths over or under, by how the boxes above it rounded: unpatched, the box on the edge
 * goes to the next page.
 */
describe('the patched @react-pdf/paginate', () => {
  const boxes = (...heights: number[]) =>
    heights.map((height, index) => ({
      id: `box ${index + 1}`,
      box: { top: heights.slice(0, index).reduce((sum, above) => sum + above, 0), height },
      data: { index },
    }));
  const pagesOf = (heights: number[], pageHeight: number) => {
    const paginator = createPaginator(boxes(...heights));
    const pages: number[] = [];
    while (!paginator.done) pages.push(paginator.next(pageHeight).length);
    return pages;
  };

  it('places a box that reaches the page bottom by a float rounding on that page', () => {
    expect(pagesOf([100, 100, 100.0000038], 300)).toEqual([3]);
    expect(pagesOf([100, 100, 99.9999962], 300)).toEqual([3]);
  });

  it('still moves a box that is over by a visible amount to the next page', () => {
    expect(pagesOf([100, 100, 100.01], 300)).toEqual([2, 1]);
  });
});

/*
 * patches/pdfkit+0.20.1.patch: `doc.font(fontObject)` gives the font it gave before for the same object,
 * where pdfkit opened a new embedded font to compare by name on every call: react-pdf calls it for every
 * text run (docs/upstream/pdfkit-font-object-cache.md). This fails when the patch is missing.
 */
describe('the patched pdfkit', () => {
  it('opens a font object once per document, however many runs use it', async () => {
    const PDFDocument =
      await pdfkitDocument<
        new () => { font(src: object, size?: number): unknown; _font: unknown; _fontCount: number }
      >();
    const fontkit = (await import('fontkit')) as unknown as { openSync(file: string): object };
    const regular = fontkit.openSync('fonts/NotoSans-Regular.ttf');
    const bold = fontkit.openSync('fonts/NotoSans-Bold.ttf');
    const doc = new PDFDocument();
    const opened = doc._fontCount;
    doc.font(regular, 12);
    const first = doc._font;
    for (let run = 0; run < 5; run += 1) {
      doc.font(bold, 12);
      doc.font(regular, 12);
    }
    expect(doc._font).toBe(first);
    expect(doc._fontCount - opened).toBe(2);
  });

  // docs/upstream/pdfkit-standard-font-metrics.md: every document opens Helvetica as its default font;
  // its metrics are parsed once, not per document (fails unpatched), and measure as before.
  it('parses a standard font’s metrics once for all documents', async () => {
    const PDFDocument =
      await pdfkitDocument<new () => { _font: { font: object }; widthOfString(text: string): number }>();
    const first = new PDFDocument();
    const second = new PDFDocument();
    expect(second._font.font).toBe(first._font.font);
    // Helvetica at 12 pt: "AV" kerns (667 + 667 - 70) / 1000 * 12.
    expect(second.widthOfString('AV')).toBeCloseTo(15.168, 3);
  });

  // docs/upstream/pdfkit-content-strings.md: a stream's operator strings wait as strings and become
  // bytes once; the bytes and the stream's length are what pdfkit wrote before (fails unpatched).
  it('keeps a stream’s operator strings as strings until its bytes are needed, bytes unchanged', async () => {
    type Ref = { write(chunk: unknown): void; buffer: Uint8Array[]; data: { Length: number } };
    const PDFDocument = await pdfkitDocument<new (options: object) => { ref(data?: object): Ref }>();
    const ref = new PDFDocument({ compress: false }).ref();
    ref.write('BT');
    ref.write('/F1 12 Tf');
    expect(ref.buffer).toHaveLength(0);
    ref.write(new Uint8Array([1, 2]));
    ref.write('(\u0141) Tj');
    expect(ref.buffer.map((chunk) => [...chunk])).toEqual([
      [...Buffer.from('BT\n/F1 12 Tf\n', 'latin1')],
      [1, 2],
    ]);
    expect(ref.data.Length).toBe(13 + 2 + 7);
  });
});

/*
 * patches/@react-pdf+renderer+4.9.0.patch and patches/pdfkit+0.20.1.patch: a Document's
 * `compressionLevel` is the zlib level of its streams (docs/upstream/compression-level.md). Fails
 * unpatched: every level gives zlib's default bytes.
 */
describe('a Document with a compression level', () => {
  const created = new Date('2026-11-21T09:00:00Z');
  const lines = Array.from({ length: 60 }, (_, index) => `Line ${index}: walk for ${index % 7} minutes.`);
  const document = (compressionLevel?: number) => (
    <Document creationDate={created} modificationDate={created} compressionLevel={compressionLevel}>
      <Page size="A5" style={{ padding: 20, fontSize: 7 }}>
        {lines.map((line) => (
          <Text key={line}>{line}</Text>
        ))}
      </Page>
    </Document>
  );

  it('deflates its streams at that level; without one, at zlib’s default', async () => {
    const [fastest, fast, standard, smallest] = await Promise.all(
      [1, 3, undefined, 9].map(async (level) => renderToBuffer(document(level))),
    );
    if (!fastest || !fast || !standard || !smallest) throw new Error('A render gave nothing.');
    expect(fastest.length).toBeGreaterThan(fast.length);
    expect(fast.length).toBeGreaterThan(standard.length);
    expect(standard.length).toBeGreaterThanOrEqual(smallest.length);
    expect(Buffer.compare(await renderToBuffer(document(6)), standard)).toBe(0);
    for (const pdf of [fastest, smallest])
      expect((await pdfText(pdf)).text).toContain('Line 59: walk for 3 minutes.');
  });
});

/*
 * patches/@react-pdf+render+4.7.0.patch: a solid border is painted as the area it covers (a trapezoid
 * a side with square corners, one ring for four equal sides with round corners), not as a stroke per
 * side clipped three times (docs/upstream/solid-borders-as-fills.md). This fails when the patch is
 * missing (the clips come back) or when a fill lands anywhere but on the border.
 */
describe('the patched @react-pdf/render', () => {
  const page = (border: object) => (
    <Document>
      <Page size={[200, 120]} style={{ padding: 20 }}>
        <View style={{ width: 100, height: 60, ...border }} />
      </Page>
    </Document>
  );
  const ring = { borderWidth: 4, borderColor: '#ff0000', borderRadius: 10 };
  const topRule = { borderTopWidth: 4, borderColor: '#0000ff' };

  async function clipsOf(element: Parameters<typeof renderToBuffer>[0]): Promise<number> {
    const { fnArray, OPS } = await operatorsOf(element);
    return fnArray.filter((op) => op === OPS.clip || op === OPS.eoClip).length;
  }

  /** The page at 72 dpi (one pixel a point): the colour at (x, y) as 'r,g,b'. */
  async function pixels(element: Parameters<typeof renderToBuffer>[0]) {
    const dir = mkdtempSync(path.join(tmpdir(), 'borders-'));
    writeFileSync(path.join(dir, 'page.pdf'), await renderToBuffer(element));
    execFileSync('pdftoppm', [
      '-r',
      '72',
      '-png',
      '-singlefile',
      path.join(dir, 'page.pdf'),
      path.join(dir, 'page'),
    ]);
    const png = PNG.sync.read(readFileSync(path.join(dir, 'page.png')));
    rmSync(dir, { recursive: true });
    return (x: number, y: number) => {
      const at = (png.width * y + x) * 4;
      return [png.data[at], png.data[at + 1], png.data[at + 2]].join(',');
    };
  }

  it('paints solid borders without clipping', async () => {
    expect(await clipsOf(page(ring))).toBe(0);
    expect(await clipsOf(page(topRule))).toBe(0);
    // A dashed border keeps react-pdf's own drawing (its clips).
    expect(await clipsOf(page({ ...ring, borderStyle: 'dashed' }))).toBeGreaterThan(0);
  });

  it('paints the border where the box is, and nothing inside or outside it', async () => {
    const red = '255,0,0';
    const white = '255,255,255';
    const atRing = await pixels(page(ring));
    // The box spans x 20..120, y 20..80; its border is 4 pt wide with 10 pt corners.
    expect([atRing(22, 50), atRing(118, 50), atRing(70, 22), atRing(70, 78)]).toEqual([red, red, red, red]);
    expect([atRing(27, 50), atRing(70, 50), atRing(70, 27)]).toEqual([white, white, white]);
    expect(atRing(20, 20)).toBe(white); // outside the round corner
    const atRule = await pixels(page(topRule));
    expect([atRule(22, 22), atRule(118, 22)]).toEqual(['0,0,255', '0,0,255']);
    expect([atRule(22, 50), atRule(70, 78)]).toEqual([white, white]);
  });

  it('is installed whole: every patched place is in the renderer that runs', () => {
    expectPatched('@react-pdf/render', [
      'renderContentBlock',
      'startBlockRecording',
      'blockDrawingCache',
      '_blockRecording',
      // Replayed glyph codes compared as numbers (tests/unit/block-drawing-cache.test.tsx: byte for byte).
      'recordedIds',
    ]);
  });
});

/*
 * patches/fontkit+2.0.4.patch: the subsetter parses a glyph's outline record once per glyph, not once per
 * subset, that is once per PDF (docs/upstream/fontkit-subset-decoded-glyph.md). This fails when the
 * patch is missing, or when a subset made from the kept records differs from a fresh one.
 */
const CJK_REGULAR = path.join(CJK_FONTS_DIR, 'NotoSansCJK-Regular.ttc');

describe('the patched fontkit', () => {
  type Glyph = { _decode(): unknown };
  type Subset = { includeGlyph(id: number): number; encode(): Uint8Array };
  type FontkitFont = {
    getGlyph(id: number): Glyph;
    createSubset(): Subset;
    glyphsForString(text: string): { id: number }[];
  };
  type NumberType = 'uint8' | 'uint16' | 'uint24' | 'uint32';

  /** A subset's bytes, and how many numbers went through these restructure encoders one at a time. */
  async function encodeCounting(subset: Subset, types: readonly NumberType[]) {
    // fontkit's own encoder library (no types; the name in a variable keeps TypeScript from asking).
    const encoderLibrary = 'restructure';
    const restructure = (await import(encoderLibrary)) as unknown as Record<
      NumberType,
      { encode(stream: unknown, value: number): void }
    >;
    const originals = types.map((type) => restructure[type].encode);
    let calls = 0;
    types.forEach((type, index) => {
      const encode = originals[index]?.bind(restructure[type]);
      restructure[type].encode = (stream, value) => {
        calls += 1;
        encode?.(stream, value);
      };
    });
    try {
      const encoded = subset.encode();
      return { encoded, calls };
    } finally {
      types.forEach((type, index) => {
        const encode = originals[index];
        if (encode) restructure[type].encode = encode;
      });
    }
  }

  it('parses a glyph for the first subset only, and makes the same subset from it', async () => {
    const fontkit = (await import('fontkit')) as unknown as { openSync(file: string): FontkitFont };
    const open = () => fontkit.openSync('fonts/NotoSans-Regular.ttf');
    // "ế" is a composite glyph in Noto Sans: its components are pulled in from the kept record.
    const text = 'Heat 15 minutes, nhiệt độ ế';
    const fresh = open();
    const ids = fresh.glyphsForString(text).map((glyph) => glyph.id);
    const isComposite = (id: number) =>
      ((fresh.getGlyph(id)._decode() as { numberOfContours?: number } | null)?.numberOfContours ?? 0) < 0;
    expect(ids.some(isComposite)).toBe(true);
    const font = open();
    const subsetOf = () => {
      const subset = font.createSubset();
      for (const id of ids) subset.includeGlyph(id);
      return Buffer.from(subset.encode());
    };
    let parsed = 0;
    for (let id = 0; id < 1000; id += 1) {
      const glyph = font.getGlyph(id);
      const decode = glyph._decode.bind(glyph);
      glyph._decode = () => {
        parsed += 1;
        return decode();
      };
    }
    const first = subsetOf();
    const afterFirst = parsed;
    expect(afterFirst).toBeGreaterThanOrEqual(new Set(ids).size);
    expect(subsetOf().equals(first)).toBe(true);
    expect(parsed).toBe(afterFirst);
    // The same bytes as a subset of a font that never kept anything.
    const unkept = open().createSubset();
    for (const id of ids) unkept.includeGlyph(id);
    expect(Buffer.from(unkept.encode()).equals(first)).toBe(true);
  });

  // docs/upstream/fontkit-font-program-bytes.md: the font program (3,596 bytes in Noto Sans) is written
  // as one block, not a number at a time; the subset's program is the font's, byte for byte.
  it('writes a subset’s font program as one block of the font’s own bytes', async () => {
    const fontkit = (await import('fontkit')) as unknown as {
      openSync(file: string): FontkitFont & { fpgm: { instructions: number[] } };
      create(buffer: Buffer): { fpgm: { instructions: number[] } };
    };
    const font = fontkit.openSync('fonts/NotoSans-Regular.ttf');
    const program = [...font.fpgm.instructions];
    expect(program.length).toBeGreaterThan(1000);
    const subset = font.createSubset();
    for (const glyph of font.glyphsForString('Rest 20 minutes')) subset.includeGlyph(glyph.id);
    const { encoded, calls: bytesOneByOne } = await encodeCounting(subset, ['uint8']);
    expect(bytesOneByOne).toBeLessThan(program.length);
    expect([...fontkit.create(Buffer.from(encoded)).fpgm.instructions]).toEqual(program);
  });

  /*
   * docs/upstream/fontkit-cff-desubroutinize.md and fontkit-cff-index-bytes.md: a CFF subset (Noto Sans
   * CJK, Debian's fonts-noto-cjk) carries no subroutines: each glyph holds its subroutines' code. Kept,
   * a subset wrote an entry for each of the font's 1,246 global and up to 28,516 local subroutines.
   * Read back with fontkit's own CFF reader, every glyph of the subset draws exactly the font's outline.
   */
  it.skipIf(!existsSync(CJK_REGULAR))(
    'writes a CFF subset without subroutines whose glyphs draw the font’s own outlines',
    async () => {
      type Path = { commands: { command: string; args: number[] }[] };
      type Cff = {
        globalSubrIndex: unknown[];
        topDict: { FDArray?: { Private?: { Subrs?: unknown[] } }[] };
        stream: { constructor: new (bytes: Uint8Array) => unknown };
        constructor: new (stream: unknown) => Cff;
      };
      type CffFont = Omit<FontkitFont, 'getGlyph'> & {
        'CFF ': Cff;
        getGlyph(id: number): Glyph & { path: Path };
      };
      const fontkit = (await import('fontkit')) as unknown as {
        openSync(file: string): { fonts: CffFont[] };
      };
      const [font] = fontkit.openSync(CJK_REGULAR).fonts;
      if (!font) throw new Error('No face in the CJK collection.');
      // Every character of the simplified-Chinese handout: a few hundred glyphs over many font dictionaries.
      const text = [...new Set(readFileSync('locales/zh-Hans/handout.json', 'utf8'))].join('');
      // Glyph 0 (.notdef) opens every subset; a character the font lacks maps to it.
      const ids = [...new Set(font.glyphsForString(text).map((glyph) => glyph.id))].filter((id) => id !== 0);
      expect(ids.length).toBeGreaterThan(300);
      const subset = font.createSubset();
      for (const id of ids) subset.includeGlyph(id);
      const { encoded, calls: offsetsOneByOne } = await encodeCounting(subset, [
        'uint16',
        'uint24',
        'uint32',
      ]);
      // Only the small typed indexes (names, the top dictionary, strings) go through the encoder.
      expect(offsetsOneByOne).toBeLessThan(50);

      // fontkit's reader and glyph class, given a subset: the subset's glyph i is the font's ids[i - 1].
      const own = font['CFF '];
      const Glyph = font.getGlyph(0).constructor as new (
        id: number,
        codePoints: number[],
        font: object,
      ) => { _getPath(): Path };
      const outline = (path: Path) => JSON.stringify(path.commands);
      const readBack = (bytes: Uint8Array) => {
        const read = new own.constructor(new own.stream.constructor(bytes));
        const reader = { 'CFF ': read, _variationProcessor: null };
        [0, ...ids].forEach((id, index) => {
          // `_getPath`: the `path` getter answers from the font's own cache, not from this reader.
          expect(outline(new Glyph(index, [], reader)._getPath()), `glyph ${id}`).toBe(
            outline(font.getGlyph(id).path),
          );
        });
        return read;
      };
      const read = readBack(encoded);
      expect(read.globalSubrIndex).toHaveLength(0);
      const fontDicts = read.topDict.FDArray ?? [];
      expect(fontDicts.length).toBeGreaterThan(1);
      expect(fontDicts.filter((dict) => (dict.Private?.Subrs?.length ?? 0) > 0)).toEqual([]);
      // Without the subroutines' entries the subset is a fraction of what it was (about 330 KB).
      expect(encoded.length).toBeLessThan(200_000);
      // Each glyph is walked once per font: the next PDF's subset takes the glyph's kept code, and is
      // the same as a subset of a font that never made one.
      type Kept = { _flatCharString?: Uint8Array };
      const kept = (id: number) => font.getGlyph(id) as unknown as Kept;
      expect(ids.every((id) => kept(id)._flatCharString instanceof Uint8Array)).toBe(true);
      const subsetOf = (from: CffFont) => {
        const next = from.createSubset();
        for (const id of ids) next.includeGlyph(id);
        return Buffer.from(next.encode());
      };
      expect(subsetOf(font).equals(Buffer.from(encoded))).toBe(true);
      const [fresh] = fontkit.openSync(CJK_REGULAR).fonts;
      if (!fresh) throw new Error('No face in the CJK collection.');
      expect(subsetOf(fresh).equals(Buffer.from(encoded))).toBe(true);
      // The kept code is what is written: given another glyph's, the subset changes; and a glyph that
      // could not be flattened (kept as null) makes the subset keep the font's subroutines, as before.
      const [first = 0, second = 0] = ids;
      const itsOwn = kept(first)._flatCharString;
      try {
        kept(first)._flatCharString = kept(second)._flatCharString;
        expect(subsetOf(font).equals(Buffer.from(encoded))).toBe(false);
        (kept(first) as { _flatCharString: Uint8Array | null })._flatCharString = null;
        const withSubroutines = readBack(subsetOf(font));
        expect(withSubroutines.globalSubrIndex).toHaveLength(own.globalSubrIndex.length);
      } finally {
        kept(first)._flatCharString = itsOwn;
      }
    },
  );
});
