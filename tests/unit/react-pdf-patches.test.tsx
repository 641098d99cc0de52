import { Document, Page, pdf, renderToBuffer, Text, View } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';

import { layOut } from '@/lib/pdf/lay-out';

import { pdfText } from '../helpers/pdf';

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
      expect(outer?.keptWhole).toBeUndefined();
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
