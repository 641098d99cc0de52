import { Document, Page, renderToBuffer, Text, View } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';

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
