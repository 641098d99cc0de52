import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';

import { prepareHandout } from '@/lib/pdf/prepare';
import { parseSpec, renderHandout } from '@/lib/pdf/render';

import { payloadOf } from '../helpers/payload';
import { pdfText } from '../helpers/pdf';
import { loadSpec } from '../helpers/specs';

/** The PDF's outline as a reader's sidebar shows it: each entry's title and the page it opens. */
async function outlineOf(bytes: Uint8Array): Promise<{ title: string; page: number }[]> {
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false })
    .promise;
  const entries = [];
  for (const entry of (await document.getOutline()) ?? []) {
    const dest = typeof entry.dest === 'string' ? await document.getDestination(entry.dest) : entry.dest;
    const target = dest?.[0];
    const page = target && typeof target === 'object' ? (await document.getPageIndex(target)) + 1 : 0;
    entries.push({ title: entry.title, page });
  }
  await document.destroy();
  return entries;
}

const firstVisit = loadSpec('examples/first-visit.json');

describe('the PDF outline (bookmarks)', () => {
  it('has one entry per section, in order, each opening the page its heading is printed on', async () => {
    const { pdf } = await renderHandout(firstVisit);
    const outline = await outlineOf(pdf);
    const titles = payloadOf(firstVisit).sections.map((section) => section.title);
    expect(outline.map((entry) => entry.title)).toEqual(titles);
    const { pageTexts } = await pdfText(pdf);
    for (const entry of outline) expect(pageTexts[entry.page - 1], entry.title).toContain(entry.title);
  });

  it('names the language of each translated section in a bilingual handout', async () => {
    const spec = { ...firstVisit, sections: [{ id: 'hydration' }], secondaryLocale: 'es' };
    const { pdf } = await renderHandout(spec);
    const { payload } = await prepareHandout(parseSpec(spec));
    const second = payload.secondary?.sections.map((section) => section.title) ?? [];
    expect((await outlineOf(pdf)).map((entry) => entry.title)).toEqual([
      payload.sections[0]?.title,
      `${second[0]} (Español)`,
      payload.sections[1]?.title,
      `${second[1]} (Español)`,
    ]);
  });
});
