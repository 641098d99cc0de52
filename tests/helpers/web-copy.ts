import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

import { PAGE_MARGIN } from '@/templates/theme';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** What a reader of the web copy sees: the body's text without the drawings' titles or the footer. */
export function webCopyText(html: string): string {
  const body = html
    .replace(/^[\s\S]*<body>/, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<footer[\s\S]*?<\/footer>/, ' ');
  // Block elements end a line; inline ones (strong) do not part a word from the text beside it.
  return body
    .replace(/<\/?(?:p|li|h\d|div|section|figure|figcaption|th|td|tr|ul|ol|main|header)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** A list marker the PDF draws as its own text ("•", "3."); the web copy's are the browser's. */
const MARKER = /^(?:•|\d+\.)$/;

/**
 * The PDF's text as pdf.js reads it, without what the web copy has once or draws itself: the footer
 * under the bottom margin on every page (clinic, emergency line, code, page X of Y) and list markers.
 */
export async function pdfBodyText(bytes: Uint8Array): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false })
    .promise;
  const parts: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const y = (item.transform as number[])[5] ?? 0;
      if (y < PAGE_MARGIN.bottom || MARKER.test(item.str.trim())) {
        parts.push(' ');
        continue;
      }
      parts.push(item.str + (item.hasEOL ? ' ' : ''));
    }
    parts.push(' ');
  }
  await document.destroy();
  return parts.join('');
}

/** Words in reading order, whitespace and direction marks normalised. */
export function words(text: string): string[] {
  return text
    .replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '')
    .split(/\s+/)
    .filter((word) => word !== '');
}
