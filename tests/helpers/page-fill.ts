import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

import type { TTextSize } from '@/lib/spec/ids';
import { scaleOf } from '@/templates/theme';

/** Page fills read from the PDF itself (pdf.js text positions), as issue 11's fill rules measure them. */
export async function pageFills(bytes: Uint8Array, textSize: TTextSize = 'standard'): Promise<number[]> {
  const margin = scaleOf(textSize).page;
  // The footer (templates/layout/footer.tsx) sits in the bottom margin; a baseline this high is content.
  const contentFloor = margin.bottom - 6;
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false })
    .promise;
  const fills: number[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const [, , , height = 0] = page.view;
    const content = await page.getTextContent();
    let lowest = height - margin.top;
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , , , , y = 0] = item.transform as number[];
      // A line's foot is its baseline less the descent; a fifth of the font size is close for these faces.
      const foot = y - item.height * 0.2;
      if (y > contentFloor && foot < lowest) lowest = foot;
    }
    const usable = height - margin.top - margin.bottom;
    fills.push(Math.min(1, (height - margin.top - lowest) / usable));
  }
  await document.destroy();
  return fills;
}
