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

export interface PdfLine {
  page: number;
  text: string;
  /** Left and right edge of the line on the page, in PDF points. */
  left: number;
  right: number;
  /** Height of the baseline above the bottom of the page, in PDF points. */
  y: number;
}

interface Part {
  x: number;
  right: number;
  str: string;
}

/**
 * Pieces at one height, split where a gap shows two columns (a do/don't pair, steps beside a figure)
 * and before a list bullet: a short list in two columns (issue 11) can leave less than a gap's width
 * between the end of one item and the bullet of the next, but a bullet always starts an item.
 */
function splitColumns(parts: Part[], page: number, y: number): PdfLine[] {
  const lines: PdfLine[] = [];
  for (const part of parts.sort((a, b) => a.x - b.x)) {
    const last = lines.at(-1);
    if (last && part.x - last.right < 12 && !part.str.trimStart().startsWith('•')) {
      last.text += part.str;
      last.right = Math.max(last.right, part.right);
    } else {
      lines.push({ page, text: part.str, left: part.x, right: part.right, y });
    }
  }
  return lines;
}

/** The printed lines, as pdf.js positions them: what tests of wrapping and alignment look at. */
export async function pdfLines(bytes: Uint8Array): Promise<PdfLine[]> {
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false })
    .promise;
  const lines: PdfLine[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    const rows = new Map<number, Part[]>();
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [, , , , x = 0, y = 0] = item.transform as number[];
      const key = Math.round(y);
      rows.set(key, [...(rows.get(key) ?? []), { x, right: x + item.width, str: item.str }]);
    }
    for (const [y, parts] of [...rows].sort(([a], [b]) => b - a))
      lines.push(...splitColumns(parts, number, y));
  }
  await document.destroy();
  return lines;
}

/** Pairs of text pieces drawn on top of each other: text squeezed or overprinted by a layout fault. */
export async function overlappingText(bytes: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false })
    .promise;
  const clashes: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    const boxes = content.items.flatMap((item) => {
      if (!('str' in item) || item.str.trim() === '') return [];
      const [, , , , x = 0, y = 0] = item.transform as number[];
      return [{ text: item.str, left: x, right: x + item.width, bottom: y, top: y + item.height }];
    });
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        const wide = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const tall = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
        // A couple of points of touching is kerning or a descender; more is one text over another.
        if (wide > 3 && tall > 3) clashes.push(`page ${number}: "${a.text}" / "${b.text}"`);
      }
    });
  }
  await document.destroy();
  return clashes;
}

/** How much of the printed text (by characters) is set at each font size, in points. */
export async function textSizes(bytes: Uint8Array): Promise<Map<number, number>> {
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false })
    .promise;
  const sizes = new Map<number, number>();
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [a = 0, b = 0] = item.transform as number[];
      const size = Math.round(Math.hypot(a, b) * 10) / 10;
      sizes.set(size, (sizes.get(size) ?? 0) + item.str.length);
    }
  }
  await document.destroy();
  return sizes;
}

export interface PdfWord {
  text: string;
  /** Left edge, width and baseline height on the page, in PDF points. */
  x: number;
  width: number;
  y: number;
  height: number;
}

/** A word, a number, one Chinese or Japanese character, or one punctuation mark. */
const TOKEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export const tokensOf = (text: string): string[] => text.match(TOKEN) ?? [];

/**
 * The words of one page where pdf.js places them. A text item is cut into words with an x share of the
 * item's width; a right-to-left item's words run from its right edge.
 */
export async function pdfWords(
  bytes: Uint8Array,
  page = 1,
): Promise<{ words: PdfWord[]; width: number; height: number }> {
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false })
    .promise;
  const pdfPage = await document.getPage(page);
  const content = await pdfPage.getTextContent();
  const words: PdfWord[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [, , , , x = 0, y = 0] = item.transform as number[];
    const length = item.str.length;
    for (const match of item.str.matchAll(TOKEN)) {
      const share = item.width / length;
      const start = item.dir === 'rtl' ? length - match.index - match[0].length : match.index;
      words.push({
        text: match[0],
        x: x + start * share,
        width: match[0].length * share,
        y,
        height: item.height,
      });
    }
  }
  const { width, height } = pdfPage.getViewport({ scale: 1 });
  await document.destroy();
  return { words, width, height };
}

/**
 * The words in the order a reader of the script meets them: line by line from the top, each line left
 * to right or right to left. Words a few points apart in height (an Arabic name beside a Latin label)
 * share a line.
 */
export function inReadingOrder(words: readonly PdfWord[], direction: 'ltr' | 'rtl'): PdfWord[] {
  const lines: PdfWord[][] = [];
  for (const word of [...words].sort((a, b) => b.y - a.y)) {
    const line = lines.at(-1);
    if (line && Math.abs((line[0]?.y ?? 0) - word.y) < 6) line.push(word);
    else lines.push([word]);
  }
  return lines.flatMap((line) => line.sort((a, b) => (direction === 'ltr' ? a.x - b.x : b.x - a.x)));
}

/** The same, as text: "a b c" when the words sit in that order on the page. */
export const readingOrder = (words: readonly PdfWord[], direction: 'ltr' | 'rtl'): string =>
  inReadingOrder(words, direction)
    .map((word) => word.text)
    .join(' ');
