import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { drawHandout } from '@/lib/pdf/draw';
import { FONTS_DIR } from '@/lib/pdf/font-catalog';
import { adoptSharedFontFiles, openFace, shareFontFiles } from '@/lib/pdf/font-files';
import { createRenderPool } from '@/lib/pdf/pool';
import { parseSpec } from '@/lib/pdf/render';

import { loadSpec } from '../helpers/specs';

// lib/pdf/font-files.ts: each font file is held once per process and shared by the render workers.
describe('font files', () => {
  it('are read once into shared memory, one buffer per file (the CJK faces share one collection)', () => {
    const shared = shareFontFiles();
    const cjk = [...shared.keys()].filter((file) => file.endsWith('.ttc'));
    expect(cjk.length).toBeLessThanOrEqual(2);
    expect([...shared.values()].every((buffer) => buffer instanceof SharedArrayBuffer)).toBe(true);
  });

  it('are opened from the shared bytes, not from the disk, once per thread', () => {
    const bytes = readFileSync(path.join(FONTS_DIR, 'NotoSansArabic-Regular.ttf'));
    const buffer = new SharedArrayBuffer(bytes.byteLength);
    new Uint8Array(buffer).set(bytes);
    // No such file: only the shared copy can answer.
    const face = { file: path.join(FONTS_DIR, 'shared-only.ttf') };
    adoptSharedFontFiles(new Map([[face.file, buffer]]));
    expect(openFace(face).postscriptName).toBe('NotoSansArabic-Regular');
    expect(openFace(face)).toBe(openFace(face));
  });

  it('draw the same Chinese handout in a pool worker as in this thread', async () => {
    const spec = parseSpec({ ...loadSpec('examples/first-visit.json'), locale: 'zh-Hans' });
    const pool = createRenderPool({ workers: 1, maxQueue: 1, warmLocales: [] });
    try {
      const inWorker = (await pool.render(spec)).pdf;
      expect(Buffer.compare(inWorker, (await drawHandout(spec)).pdf)).toBe(0);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
