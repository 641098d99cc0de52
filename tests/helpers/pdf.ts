import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: number;
  /** All text, page by page, lines joined with spaces (pdf.js gives logical order, also for RTL). */
  text: string;
  pageTexts: string[];
  info: Record<string, unknown>;
}

/** Reads what a patient would read: the text of every page, through pdf.js. */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false })
    .promise;
  const pageTexts: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const parts = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''));
    pageTexts.push(parts.join('').replace(/\s+/g, ' ').trim());
  }
  const metadata = await document.getMetadata();
  await document.destroy();
  return {
    pages: document.numPages,
    text: pageTexts.join(' '),
    pageTexts,
    info: metadata.info as Record<string, unknown>,
  };
}
