import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

import { Document, Page, renderToBuffer } from '@react-pdf/renderer';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { type TIllustrationId, ZIllustrationIdSchema } from '@/lib/payload/schema';
import { THICKNESS } from '@/templates/illustrations/figure-kit';
import { HtmlIllustration } from '@/templates/illustrations/html';
import { drawIllustration, ILLUSTRATIONS } from '@/templates/illustrations/index';
import { heelGap, legLiftScene, LIFT_HEIGHT, MAT_TOP } from '@/templates/illustrations/leg-lift-scene';
import { PdfIllustration } from '@/templates/illustrations/pdf';
import type { TShape } from '@/templates/illustrations/shapes';
import { CROSS_COLOR } from '@/templates/illustrations/styles';
import { illustrationBox, pathPoints } from '@/templates/illustrations/view-box';

// @types/react-dom is not installed, so a plain import of react-dom/server fails tsc; this loads the
// same module with the one signature used here. Replace with a normal import once the types are added.

const IDS = ZIllustrationIdSchema.options;
const ACCENT = '#1d5c8a';

/** The page content streams of a PDF, inflated: where the path operators live. */
function contentStreams(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)]
    .map((match) => {
      const raw = Buffer.from(match[1] ?? '', 'latin1');
      try {
        return inflateSync(raw).toString('latin1');
      } catch {
        return raw.toString('latin1');
      }
    })
    .join('\n');
}

async function renderPdf(id: TIllustrationId, isCrossedOut: boolean): Promise<Buffer> {
  return renderToBuffer(
    <Document>
      <Page size={[150, 90]}>
        <PdfIllustration id={id} width={150} accent={ACCENT} isCrossedOut={isCrossedOut} />
      </Page>
    </Document>,
  );
}

/** Lines of the figure's legs of one thickness (halos excluded). */
function segments(shapes: TShape[], weight: number) {
  return shapes.flatMap((shape) =>
    shape.kind === 'line' && shape.weight === weight && shape.role !== 'halo' ? [shape] : [],
  );
}

function only<T>(items: T[]): T {
  const [item] = items;
  if (items.length !== 1 || item === undefined) throw new Error(`expected exactly one, got ${items.length}`);
  return item;
}

describe('illustration registry', () => {
  it('has exactly one drawing for every illustration id', () => {
    expect(Object.keys(ILLUSTRATIONS).sort()).toEqual([...IDS].sort());
  });

  it('draws every id as pure data: the same shapes on every call, and some figure in each', () => {
    for (const id of IDS) {
      const shapes = drawIllustration(id, { isCrossedOut: false });
      expect(shapes, id).toEqual(drawIllustration(id, { isCrossedOut: false }));
      expect(
        shapes.some((shape) => shape.role === 'head'),
        id,
      ).toBe(true);
    }
  });

  it('keeps react-pdf and Node APIs out of everything the HTML renderer imports', () => {
    const dir = path.resolve(__dirname, '../../templates/illustrations');
    for (const file of readdirSync(dir).filter((name) => name !== 'pdf.tsx')) {
      const source = readFileSync(path.join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/from '(@react-pdf\/|node:|fs'|path')/);
    }
  });
});

describe('PdfIllustration', () => {
  it.each(IDS)('renders %s into a PDF with one paint operator per shape', async (id) => {
    const pdf = await renderPdf(id, false);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const content = contentStreams(pdf);
    expect(content).toMatch(/[\d.]+ [\d.]+ m\n[\d.]+ [\d.]+ l\n/);
    const paints = content.match(/(?<=\n)(S|f|B)(?=\n)/g) ?? [];
    expect(paints.length).toBeGreaterThanOrEqual(drawIllustration(id, { isCrossedOut: false }).length);
  });

  it('paints the red cross only when crossed out', async () => {
    // 0.631 0.059 0.059 is #a10f0f as PDF RGB.
    const red = /0\.63\d* 0\.05\d* 0\.05\d* SCN/;
    expect(contentStreams(await renderPdf('heat-dont', true))).toMatch(red);
    expect(contentStreams(await renderPdf('heat-dont', false))).not.toMatch(red);
  });
});

describe('HtmlIllustration', () => {
  it.each(IDS)('renders %s as an accessible <svg> with one element per shape', (id) => {
    const markup = renderToStaticMarkup(
      <HtmlIllustration id={id} width={64} accent={ACCENT} title={`Drawing ${id}`} />,
    );
    expect(markup).toMatch(/^<svg [^>]*role="img"/);
    expect(markup).toContain(`<title>Drawing ${id}</title>`);
    expect(markup).toContain('viewBox="0 0 200 120"');
    const elements = markup.match(/<(line|polyline|path|circle|ellipse|rect)\b/g) ?? [];
    expect(elements).toHaveLength(drawIllustration(id, { isCrossedOut: false }).length);
  });

  it('uses the accent colour it is given', () => {
    const markup = renderToStaticMarkup(
      <HtmlIllustration id="leg-lift-lift" width={64} accent="#123456" title="x" />,
    );
    expect(markup).toContain('stroke="#123456"');
  });
});

describe('heat-dont cross', () => {
  it('adds the two cross strokes when crossed out and none otherwise', () => {
    const crossed = drawIllustration('heat-dont', { isCrossedOut: true });
    const plain = drawIllustration('heat-dont', { isCrossedOut: false });
    expect(crossed.filter((shape) => shape.role === 'cross')).toHaveLength(2);
    expect(plain.filter((shape) => shape.role === 'cross')).toHaveLength(0);
    const markup = renderToStaticMarkup(
      <HtmlIllustration id="heat-dont" width={150} accent={ACCENT} title="x" />,
    );
    expect(markup).not.toContain(CROSS_COLOR);
  });
});

describe('clinical geometry', () => {
  it('leg lift: exactly one leg lifted, heel about 15 cm up, the other foot flat on the mat', () => {
    const { figure, lifting, bent, shapes } = legLiftScene({ isLifted: true });
    expect(heelGap(lifting.ankle)).toBeCloseTo(LIFT_HEIGHT, 1);
    expect(heelGap(bent.ankle)).toBeLessThanOrEqual(0);
    // Hip bend of the straight leg: the brief's "about 10 degrees".
    const lift = lifting.ankle;
    const hipAngle = (Math.atan2(figure.hip.y - lift.y, lift.x - figure.hip.x) * 180) / Math.PI;
    expect(hipAngle).toBeGreaterThan(6);
    expect(hipAngle).toBeLessThan(12);
    // On the drawn data: of the two shins, only one has its lowest edge clear of the mat.
    const shins = segments(shapes, THICKNESS.shin);
    expect(shins).toHaveLength(2);
    const lifted = shins.filter(
      (shin) => MAT_TOP - (Math.max(shin.from.y, shin.to.y) + THICKNESS.shin / 2) > 5,
    );
    expect(only(lifted).role).toBe('accent');
  });

  it('leg lift start: both heels on the mat, one knee bent at 90 degrees', () => {
    const { figure, lifting, bent } = legLiftScene({ isLifted: false });
    expect(heelGap(lifting.ankle)).toBeLessThanOrEqual(0);
    expect(heelGap(bent.ankle)).toBeLessThanOrEqual(0);
    const thigh = { x: bent.knee.x - figure.hip.x, y: bent.knee.y - figure.hip.y };
    const shin = { x: bent.ankle.x - bent.knee.x, y: bent.ankle.y - bent.knee.y };
    const cos =
      (thigh.x * shin.x + thigh.y * shin.y) / (Math.hypot(thigh.x, thigh.y) * Math.hypot(shin.x, shin.y));
    expect((Math.acos(cos) * 180) / Math.PI).toBeCloseTo(90, 0);
    // The knee bends the right way: up, above both the hip and the ankle.
    expect(bent.knee.y).toBeLessThan(Math.min(figure.hip.y, bent.ankle.y));
  });

  it('legs on couch: thigh straight up and calf level (hip and knee at 90 degrees)', () => {
    const shapes = drawIllustration('legs-on-couch', { isCrossedOut: false });
    const thigh = only(segments(shapes, THICKNESS.thigh));
    const shin = only(segments(shapes, THICKNESS.shin));
    expect(Math.abs(thigh.from.x - thigh.to.x)).toBeLessThan(0.01);
    expect(thigh.to.y).toBeLessThan(thigh.from.y);
    expect(Math.abs(shin.from.y - shin.to.y)).toBeLessThan(0.01);
    // The calf rests on the seat cushion: the cushion top is at the calf's lower edge.
    const cushion = only(
      shapes.flatMap((shape) => (shape.kind === 'rect' && shape.role === 'pillow' ? [shape] : [])),
    );
    expect(Math.abs(cushion.y - (shin.from.y + THICKNESS.shin / 2))).toBeLessThan(2);
  });
});

describe('the drawn area', () => {
  it('reads the path commands the drawings use, and refuses others', () => {
    expect(pathPoints('M10,50 q-3,-3 0,-6')).toEqual([
      { x: 10, y: 50 },
      { x: 7, y: 47 },
      { x: 10, y: 44 },
    ]);
    expect(pathPoints('M0,10 Q5,2 10,10 L12,4 Z')).toEqual([
      { x: 0, y: 10 },
      { x: 5, y: 2 },
      { x: 10, y: 10 },
      { x: 12, y: 4 },
    ]);
    expect(() => pathPoints('M0,0 C1,1 2,2 3,3')).toThrow(/not measured/);
  });

  it.each(IDS)('crops %s above its highest shape and keeps the floor', (id) => {
    const shapes = drawIllustration(id, { isCrossedOut: false });
    const box = illustrationBox(shapes);
    expect(box.y + box.height).toBe(120);
    expect(box.width).toBe(200);
    const tops = shapes.flatMap((shape) =>
      shape.kind === 'circle' ? [shape.center.y - shape.r] : shape.kind === 'rect' ? [shape.y] : [],
    );
    for (const y of tops) expect(y).toBeGreaterThanOrEqual(box.y);
  });

  it('lies lower for a figure lying down than for legs on a couch', () => {
    const lying = illustrationBox(drawIllustration('back-knee-pillow', { isCrossedOut: false }));
    const couch = illustrationBox(drawIllustration('legs-on-couch', { isCrossedOut: false }));
    expect(lying.height).toBeLessThan(couch.height);
  });
});
