import { buffer } from 'node:stream/consumers';

import { type DocumentProps, pdf } from '@react-pdf/renderer';
import type { ReactElement } from 'react';

/**
 * What patches/@react-pdf+renderer+4.9.0.patch adds to react-pdf's `pdf()` instance: the layout alone,
 * and a write of a layout already made. react-pdf lays out and writes in one call; a handout that is
 * drawn more than once to pull a short page back (draw.ts) needs only the layout of the drawings it
 * discards, and writing a PDF is about a third of a drawing. The layout stops once the pages are known;
 * the write lays each page out for the last time, so a discarded drawing skips that too. Upstream texts:
 * docs/upstream/layout-then-write.md, docs/upstream/layout-to-pages.md.
 */
interface TwoPhaseInstance {
  /** `toPages`: stop once the pages are known; the write lays each page out for the last time. */
  layout(options?: { toPages?: boolean }): Promise<unknown>;
  toBuffer(layout?: unknown): Promise<NodeJS.ReadableStream>;
}

function isTwoPhase(instance: object): instance is TwoPhaseInstance {
  return 'layout' in instance && typeof instance.layout === 'function';
}

/** A document laid out, not yet written: `write` turns that same layout into PDF bytes. */
export interface LaidOut {
  write: () => Promise<Buffer>;
}

export async function layOut(element: ReactElement<DocumentProps>): Promise<LaidOut> {
  const instance = pdf(element);
  if (!isTwoPhase(instance))
    throw new Error(
      '@react-pdf/renderer is not patched (patches/@react-pdf+renderer+4.9.0.patch): run npm install.',
    );
  // A drawing draw.ts discards is never written: its pages are not laid out for the last time either.
  const layout = await instance.layout({ toPages: true });
  return { write: async () => buffer(await instance.toBuffer(layout)) };
}
