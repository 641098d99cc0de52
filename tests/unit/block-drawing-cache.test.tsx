import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Document, Link, Page, Text, View } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';

import { drawHandout } from '@/lib/pdf/draw';
import { layOut } from '@/lib/pdf/lay-out';
import { blockDrawingCacheStats, setLayoutCachesOn } from '@/lib/pdf/layout-caches';
import { parseSpec } from '@/lib/pdf/render';

import { keptAfterPatientText } from '../helpers/patient-text';
import { pdfLines, pdfText } from '../helpers/pdf';
import { loadSpec } from '../helpers/specs';

/*
 * The block drawing cache (lib/pdf/block-drawing-cache.ts): the patched @react-pdf/render replays a
 * block's recorded drawing with this document's fonts, glyph ids and opacity states
 * (patches/@react-pdf+render+4.7.0.patch, docs/upstream/block-drawing-replay.md). Each test fails
 * without the patch (nothing is recorded, so nothing is replayed).
 */
const stats = () => {
  const installed = blockDrawingCacheStats();
  if (!installed)
    throw new Error('HANDOUT_BLOCK_CACHE_ENTRIES=0 turns the cache off; unset it for this test');
  return installed;
};

async function withoutCaches<T>(draw: () => Promise<T>): Promise<T> {
  setLayoutCachesOn(false);
  try {
    return await draw();
  } finally {
    setLayoutCachesOn(true);
  }
}

/** Every page as Poppler draws it at 40 dpi, in grey. */
function pixelsOf(pdf: Buffer): Buffer[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'drawings-'));
  try {
    writeFileSync(path.join(dir, 'handout.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '40', '-gray', path.join(dir, 'handout.pdf'), path.join(dir, 'page')]);
    return readdirSync(dir)
      .filter((file) => file.endsWith('.pgm'))
      .sort()
      .map((file) => readFileSync(path.join(dir, file)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type SpecSection = { id: string; params?: Record<string, unknown> };

describe('a handout drawn with the block drawing cache', () => {
  it('replays its blocks, byte for byte the handout drawn without any cache', async () => {
    const base = { ...loadSpec('examples/first-visit.json'), locale: 'es' };
    await drawHandout(parseSpec({ ...base, patient: { name: 'Ana', date: '2026-11-21' } }));
    // Letters no section prints: the header draws them first, so every glyph after them has another
    // id in this document's font subset than in the recorded drawings, which the replay must follow.
    const spec = parseSpec({ ...base, patient: { name: 'Žofie Øvergård-Quixley', date: '2026-11-21' } });
    const hits = stats().hits;
    const cached = (await drawHandout(spec)).pdf;
    // Each section placed whole on a page is replayed; the header (with the patient) is drawn again.
    expect(stats().hits - hits).toBeGreaterThanOrEqual(4);
    const without = await withoutCaches(async () => (await drawHandout(spec)).pdf);
    expect(Buffer.compare(cached, without)).toBe(0);
    expect((await pdfText(cached)).text).toContain('Žofie Øvergård-Quixley');
  }, 120_000);

  it('moves a replayed block to where it sits after an edit: the pages look as drawn without it', async () => {
    const base = loadSpec('examples/everything.json');
    await drawHandout(parseSpec(base));
    // Without hydration, every block after it sits higher; the heat block prints 12 minutes.
    const sections = (base.sections as SpecSection[])
      .filter((section) => section.id !== 'hydration')
      .map((section) =>
        section.id === 'heat-cold' ? { ...section, params: { ...section.params, heatMinutes: 12 } } : section,
      );
    const spec = parseSpec({ ...base, sections });
    const hits = stats().hits;
    const cached = (await drawHandout(spec)).pdf;
    expect(stats().hits).toBeGreaterThan(hits);
    const without = await withoutCaches(async () => (await drawHandout(spec)).pdf);
    // The moved drawings are wrapped in a translation: other bytes, the same pages.
    expect(Buffer.compare(cached, without)).not.toBe(0);
    const lines = await pdfLines(cached);
    expect(lines.map((line) => line.text).join(' ')).toContain('12 minutes');
    expect(lines).toEqual(await pdfLines(without));
    expect(pixelsOf(cached)).toEqual(pixelsOf(without));
  }, 180_000);

  it('replays the boxes placed whole inside a section split across pages, byte for byte', async () => {
    // English first-visit on letter paper splits the positions and the walking plan across pages; the
    // positions' drawings and list items sit whole on one page or the other.
    const spec = parseSpec(loadSpec('examples/first-visit.json'));
    await drawHandout(spec);
    const hits = stats().hits;
    const cached = (await drawHandout(spec)).pdf;
    const without = await withoutCaches(async () => (await drawHandout(spec)).pdf);
    // Five sections and the clinic's header are whole on their page; unpatched, only those are replayed.
    expect(stats().hits - hits).toBeGreaterThan(6 + 5);
    expect(Buffer.compare(cached, without)).toBe(0);
  }, 120_000);

  it('keeps no drawing that prints the patient’s name, note, work note or medicine text', async () => {
    expect(await keptAfterPatientText(stats)).toContain('7-day tracker');
  }, 120_000);
});

describe('the patched @react-pdf/render', () => {
  const created = new Date('2026-11-21T09:00:00Z');
  const document = (
    <Document creationDate={created} modificationDate={created}>
      <Page size="A6" style={{ padding: 20 }} layout={({ children }) => <>{children}</>}>
        <View style={{ borderWidth: 1, padding: 6, opacity: 0.8 }}>
          <Text>A block that only draws.</Text>
        </View>
        <View style={{ marginTop: 12 }}>
          <Link src="https://example.org/help">
            <Text>A block with a link</Text>
          </Link>
        </View>
      </Page>
    </Document>
  );
  const write = async () => (await layOut(document)).write();

  it('replays a block that only draws, and draws a block with a link as it always was', async () => {
    stats().clear();
    const recorded = stats().recorded;
    const first = await write();
    // The link's annotation is an object of the document: that block's recording is not kept.
    expect(stats().recorded - recorded).toBe(1);
    const hits = stats().hits;
    const second = await write();
    expect(stats().hits - hits).toBe(1);
    expect(Buffer.compare(second, first)).toBe(0);
    expect(second.toString('latin1')).toContain('/URI (https://example.org/help)');
    expect((await pdfText(second)).text).toContain('A block that only draws.');
  });
});
