import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

import { Document, Page, renderToBuffer } from '@react-pdf/renderer';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { type TIllustrationId, ZIllustrationIdSchema } from '@/lib/payload/schema';
import { LOW_BACK, SINK, THICKNESS } from '@/templates/illustrations/figure-kit';
import { HtmlIllustration } from '@/templates/illustrations/html';
import { drawIllustration, ILLUSTRATIONS } from '@/templates/illustrations/index';
import { heelGap, legLiftScene, LIFT_HEIGHT, MAT_TOP } from '@/templates/illustrations/leg-lift-scene';
import { inPanel } from '@/templates/illustrations/panels';
import { PdfIllustration } from '@/templates/illustrations/pdf';
import type { TShape } from '@/templates/illustrations/shapes';
import { BODY_UNDERSIDE, sideLyingScene } from '@/templates/illustrations/side-knee-pillow';
import { CROSS_COLOR } from '@/templates/illustrations/styles';
import { illustrationBox, pathPoints } from '@/templates/illustrations/view-box';

import { payloadOf } from '../helpers/payload';
import { oneSection } from '../helpers/specs';

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
function segments(shapes: readonly TShape[], weight: number) {
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

  it('scales a panel about its anchor: points, sizes and strokes, absolute and relative path steps', () => {
    const scaled = inPanel(
      [
        { kind: 'path', role: 'heatWave', d: 'M10,50 q-3,-3 0,-6 L20,40 Z' },
        { kind: 'rect', role: 'furniture', x: 0, y: 40, width: 10, height: 10, rx: 2 },
        { kind: 'circle', role: 'head', center: { x: 10, y: 40 }, r: 10 },
      ],
      { from: { x: 0, y: 50 }, to: { x: 100, y: 50 }, scale: 0.5 },
    );
    const [wave, rect, head] = scaled;
    expect(wave?.kind === 'path' && pathPoints(wave.d)).toEqual([
      { x: 105, y: 50 },
      { x: 103.5, y: 48.5 },
      { x: 105, y: 47 },
      { x: 110, y: 45 },
    ]);
    // Every stroke scales with the scene, its role's width included.
    expect(wave?.weight).toBeCloseTo(0.8, 5);
    expect(rect).toMatchObject({ x: 100, y: 45, width: 5, height: 5, rx: 1 });
    expect(head).toMatchObject({ center: { x: 105, y: 45 }, r: 5 });
  });

  it('lies lower for a figure lying down than for legs on a couch', () => {
    const lying = illustrationBox(drawIllustration('back-knee-pillow', { isCrossedOut: false }));
    const couch = illustrationBox(drawIllustration('legs-on-couch', { isCrossedOut: false }));
    expect(lying.height).toBeLessThan(couch.height);
  });
});

/** The drawn extent of shapes, strokes included. */
function extent(shapes: readonly TShape[]) {
  const boxes = shapes.map((shape) => {
    const half = (shape.weight ?? 0) / 2;
    const points =
      shape.kind === 'line'
        ? [shape.from, shape.to]
        : shape.kind === 'polyline'
          ? shape.points
          : shape.kind === 'path'
            ? pathPoints(shape.d)
            : shape.kind === 'rect'
              ? [
                  { x: shape.x, y: shape.y },
                  { x: shape.x + shape.width, y: shape.y + shape.height },
                ]
              : shape.kind === 'circle'
                ? [
                    { x: shape.center.x - shape.r, y: shape.center.y - shape.r },
                    { x: shape.center.x + shape.r, y: shape.center.y + shape.r },
                  ]
                : [shape.center];
    return {
      left: Math.min(...points.map((p) => p.x)) - half,
      right: Math.max(...points.map((p) => p.x)) + half,
      top: Math.min(...points.map((p) => p.y)) - half,
      bottom: Math.max(...points.map((p) => p.y)) + half,
    };
  });
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    right: Math.max(...boxes.map((b) => b.right)),
    top: Math.min(...boxes.map((b) => b.top)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

const draw = (id: TIllustrationId) => drawIllustration(id, { isCrossedOut: false });
const byRole = (shapes: readonly TShape[], ...roles: TShape['role'][]) =>
  shapes.filter((shape) => roles.includes(shape.role));
/** The figure's trunk: the thickest body polyline, drawn from the hip (first point) to the shoulder. */
function trunkOf(shapes: readonly TShape[]) {
  const lines = shapes.flatMap((s) => (s.kind === 'polyline' && s.role === 'body' ? [s] : []));
  const trunk = lines.sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0))[0];
  const [hip, shoulder] = [trunk?.points[0], trunk?.points.at(-1)];
  if (!hip || !shoulder) throw new Error('no trunk');
  return { hip, shoulder };
}

/** What the relief-positions section draws for these parameters. */
/** The drawings of the chosen positions (the floor steps that come before floor positions left out). */
function reliefDrawings(params: Record<string, unknown>): TIllustrationId[] {
  const section = payloadOf(oneSection('relief-positions', params)).sections[0];
  return (section?.blocks ?? [])
    .flatMap((block) => (block.kind === 'figure' ? block.figures.map((figure) => figure.illustration) : []))
    .filter((id) => id !== 'floor-transfer');
}

describe('drawings match the text', () => {
  it.each([
    ['couch', 'legs-on-couch'],
    ['chair', 'legs-on-chair'],
    ['ottoman', 'legs-on-footstool'],
  ] as const)('legs on a %s: the section draws %s', (legSupport, id) => {
    expect(reliefDrawings({ positions: ['legs-on-couch'], legSupport })).toEqual([id]);
  });

  it('draws a chair, a footstool and a couch as three different supports, each under the calves', () => {
    const supports = (['legs-on-couch', 'legs-on-chair', 'legs-on-footstool'] as const).map((id) => {
      const shapes = draw(id);
      const shin = only(segments(shapes, THICKNESS.shin));
      const calfX = (shin.from.x + shin.to.x) / 2;
      const props = byRole(shapes, 'furniture', 'pillow');
      // The seat: the highest prop surface right under the middle of the calf.
      const under = props.filter((p) => p.kind === 'rect' && p.x <= calfX && p.x + p.width >= calfX);
      const seatTop = Math.min(...under.map((p) => extent([p]).top));
      expect(Math.abs(seatTop - (shin.from.y + THICKNESS.shin / 2)), id).toBeLessThan(2);
      return { props, seatTop, top: extent(props).top };
    });
    const [couch, chair, footstool] = supports;
    if (!couch || !chair || !footstool) throw new Error('three supports');
    // Couch and chair have a back well above the seat; a footstool has none.
    expect(couch.seatTop - couch.top).toBeGreaterThan(25);
    expect(chair.seatTop - chair.top).toBeGreaterThan(25);
    expect(footstool.seatTop - footstool.top).toBeLessThan(1);
    // The chair stands on thin legs: open space under its seat (its props fill far less of their box).
    expect(JSON.stringify(chair.props)).not.toEqual(JSON.stringify(couch.props));
    const area = (props: TShape[]) =>
      props.reduce((sum, p) => sum + (p.kind === 'rect' ? p.width * p.height : 0), 0);
    const box = (props: TShape[]) => {
      const e = extent(props);
      return (e.right - e.left) * (e.bottom - e.top);
    };
    expect(area(chair.props) / box(chair.props)).toBeLessThan(0.5);
    expect(area(footstool.props) / box(footstool.props)).toBeGreaterThan(0.8);
  });

  it.each([1, 2, 3])('stomach over %i pillow(s): that many pillows, stacked, none floating', (count) => {
    const [id] = reliefDrawings({ positions: ['stomach-over-pillows'], bellyPillows: count });
    if (!id) throw new Error('no drawing');
    const pillows = byRole(draw(id), 'pillow');
    expect(pillows).toHaveLength(count);
    // Each pillow stands on the floor or on the middle of the top of the one below it.
    const floorY = extent(byRole(draw(id), 'surface')).top;
    const paths = pillows.flatMap((p) => (p.kind === 'path' ? [pathPoints(p.d)] : []));
    expect(paths[0]?.[0]?.y).toBeCloseTo(floorY, 5);
    for (let i = 1; i < count; i += 1) {
      const [, , left, dome, right] = paths[i - 1] ?? [];
      if (!left || !dome || !right) throw new Error('a pillow outline');
      // The middle of the quadratic top curve: where the next pillow rests.
      const topMiddle = 0.25 * left.y + 0.5 * dome.y + 0.25 * right.y;
      // To the drawing's rounding of one decimal.
      expect(paths[i]?.[0]?.y, `pillow ${i + 1}`).toBeCloseTo(topMiddle, 1);
    }
  });

  it.each([
    ['one-pillow', 1, 0],
    ['two-pillows', 2, 0],
    ['bolster', 0, 1],
  ] as const)('knees on %s: %i pillow(s) and %i round pillow under the knees', (kneeSupport, flat, round) => {
    const [id] = reliefDrawings({ positions: ['back-knee-pillow'], kneeSupport });
    if (!id) throw new Error('no drawing');
    const shapes = draw(id);
    const { hip } = trunkOf(shapes);
    const underKnees = byRole(shapes, 'pillow').filter((p) => extent([p]).left > hip.x);
    expect(underKnees.filter((p) => p.kind === 'path')).toHaveLength(flat);
    expect(underKnees.filter((p) => p.kind === 'circle')).toHaveLength(round);
  });

  it('stomach positions: head on the folded arms, no head pillow', () => {
    for (const id of ['stomach-over-1-pillow', 'stomach-over-pillows', 'stomach-over-3-pillows'] as const) {
      const shapes = draw(id);
      const head = only(shapes.flatMap((s) => (s.kind === 'circle' && s.role === 'head' ? [s] : [])));
      // No pillow reaches under the head.
      for (const p of byRole(shapes, 'pillow')) {
        const e = extent([p]);
        expect(head.center.x < e.left || head.center.x > e.right, id).toBe(true);
      }
      // A forearm lies on the floor under the head, and the head rests on it.
      const floorY = extent(byRole(shapes, 'surface')).top;
      const forearm = only(
        segments(shapes, THICKNESS.forearm).filter(
          (s) =>
            s.role === 'body' &&
            Math.min(s.from.x, s.to.x) < head.center.x &&
            Math.max(s.from.x, s.to.x) > head.center.x,
        ),
      );
      expect(Math.max(forearm.from.y, forearm.to.y) + THICKNESS.forearm / 2, id).toBeCloseTo(
        floorY + SINK,
        5,
      );
      const forearmTop = Math.min(forearm.from.y, forearm.to.y) - THICKNESS.forearm / 2;
      expect(head.center.y + head.r - forearmTop, id).toBeCloseTo(SINK, 0);
    }
  });

  it('side-lying: the top arm rests on the mattress next to the body, never pushed through it', () => {
    const { arm } = sideLyingScene();
    const lowest = extent(arm.filter((s) => s.role === 'body')).bottom;
    expect(lowest).toBeGreaterThan(BODY_UNDERSIDE);
    expect(lowest).toBeLessThan(BODY_UNDERSIDE + 2 * THICKNESS.forearm);
  });

  it('heat do: the pack and its towel lie on the low back, not the buttocks, of a face-down figure', () => {
    const shapes = draw('heat-do');
    const { hip, shoulder } = trunkOf(shapes);
    const along = (x: number) => (hip.x - x) / (hip.x - shoulder.x);
    const pack = extent(byRole(shapes, 'heatPack'));
    const [from, to] = [along(pack.right), along(pack.left)];
    expect(from).toBeGreaterThanOrEqual(LOW_BACK.from - 0.01);
    expect(to).toBeLessThanOrEqual(LOW_BACK.to + 0.01);
    // On top of the back, with the towel between: towel under the pack, pack above the body.
    const towelBox = extent(byRole(shapes, 'towel'));
    expect(towelBox.left).toBeLessThan(pack.left);
    expect(towelBox.right).toBeGreaterThan(pack.right);
    expect(pack.bottom).toBeLessThanOrEqual(towelBox.top + 1.5);
    expect(towelBox.bottom).toBeLessThan(hip.y);
    // Face down: the head lies on a forearm (see the stomach positions), toes pointed back along the floor.
    const head = only(shapes.flatMap((s) => (s.kind === 'circle' && s.role === 'head' ? [s] : [])));
    expect(head.center.x).toBeLessThan(shoulder.x);
    expect(segments(shapes, THICKNESS.forearm).filter((s) => s.role === 'body').length).toBeGreaterThan(0);
  });

  it("heat don't: face up, knees bent, the low back on the pack", () => {
    const shapes = draw('heat-dont');
    const { hip, shoulder } = trunkOf(shapes);
    const pack = extent(byRole(shapes, 'heatPack'));
    const lowBack = [LOW_BACK.from, LOW_BACK.to].map((t) => hip.x + (shoulder.x - hip.x) * t);
    expect(pack.left).toBeLessThan(Math.min(...lowBack));
    expect(pack.right).toBeGreaterThan(Math.max(...lowBack));
    // The body rests on the pack: the back's underside at the pack is the pack's top.
    expect(hip.y + THICKNESS.trunk / 2 - SINK).toBeCloseTo(pack.top, 5);
    const thighs = segments(shapes, THICKNESS.thigh);
    for (const thigh of thighs) expect(Math.min(thigh.from.y, thigh.to.y)).toBeLessThan(hip.y - 20);
  });

  it("heat don't: the cross crosses steeply, so it cannot be read as part of a lying figure", () => {
    const strokes = drawIllustration('heat-dont', { isCrossedOut: true }).flatMap((s) =>
      s.kind === 'line' && s.role === 'cross' ? [s] : [],
    );
    expect(strokes).toHaveLength(2);
    for (const { from, to } of strokes) {
      const slope = Math.abs(to.y - from.y) / Math.abs(to.x - from.x);
      expect(slope).toBeGreaterThan(0.5);
    }
  });

  it("child's pose fills most of the drawing's width", () => {
    const body = byRole(draw('childs-pose'), 'body', 'head', 'accentBand');
    const { left, right } = extent(body);
    expect(right - left).toBeGreaterThan(0.7 * 200);
  });

  it('knee to chest: one thigh drawn past upright towards the chest, hands behind it, the other foot flat', () => {
    const shapes = draw('knee-to-chest');
    const { hip, shoulder } = trunkOf(shapes);
    const thighs = segments(shapes, THICKNESS.thigh);
    expect(thighs).toHaveLength(2);
    const pulled = only(thighs.filter((t) => t.role === 'body'));
    const other = only(thighs.filter((t) => t.role === 'bodyFar'));
    // The pulled knee is above the hip and nearer the shoulder than the hip is.
    expect(pulled.to.y).toBeLessThan(hip.y - 30);
    expect(pulled.to.x).toBeLessThan(hip.x);
    expect(pulled.to.x).toBeGreaterThan(shoulder.x);
    // The other knee is bent and its foot flat on the mat.
    const floorY = extent(byRole(shapes, 'mat')).top;
    expect(other.to.y).toBeLessThan(hip.y - 15);
    const otherFoot = only(segments(shapes, THICKNESS.foot).filter((s) => s.role === 'bodyFar'));
    expect(Math.abs(otherFoot.from.y - otherFoot.to.y)).toBeLessThan(0.01);
    expect(otherFoot.from.y + THICKNESS.foot / 2).toBeGreaterThan(floorY - 0.5);
    expect(otherFoot.from.y + THICKNESS.foot / 2).toBeLessThan(floorY + SINK);
    // The hand ends at the back of the pulled thigh, just below the knee.
    // The forearm is the segment that starts where the upper arm ends (the foot is as thick).
    const upperArm = only(segments(shapes, THICKNESS.upperArm));
    const forearm = only(segments(shapes, THICKNESS.forearm).filter((s) => s.from === upperArm.to));
    const hand = forearm.to;
    const [ux, uy] = [pulled.to.x - pulled.from.x, pulled.to.y - pulled.from.y];
    const length = Math.hypot(ux, uy);
    const alongThigh = ((hand.x - pulled.from.x) * ux + (hand.y - pulled.from.y) * uy) / length ** 2;
    const offThigh = Math.abs((hand.x - pulled.from.x) * uy - (hand.y - pulled.from.y) * ux) / length;
    expect(alongThigh).toBeGreaterThan(0.7);
    expect(alongThigh).toBeLessThan(1);
    expect(offThigh).toBeLessThan(THICKNESS.thigh / 2 + THICKNESS.forearm / 2);
  });

  it('floor transfer: three figures left to right, each resting on the floor, the first with hands on a chair seat', () => {
    const shapes = draw('floor-transfer');
    const heads = shapes.flatMap((s) => (s.kind === 'circle' && s.role === 'head' ? [s] : []));
    expect(heads).toHaveLength(3);
    const floorY = extent(byRole(shapes, 'surface')).top;
    const dividers = shapes
      .flatMap((s) =>
        s.kind === 'line' && s.role === 'surfaceEdge' && s.from.x === s.to.x ? [s.from.x] : [],
      )
      .sort((a, b) => a - b);
    expect(dividers).toHaveLength(2);
    const bounds = [-Infinity, ...dividers, Infinity];
    const body = byRole(shapes, 'body', 'bodyFar');
    for (let i = 0; i < 3; i += 1) {
      const inPanel = body.filter((s) => {
        const { left, right } = extent([s]);
        return left > (bounds[i] ?? 0) && right < (bounds[i + 1] ?? 0);
      });
      expect(inPanel.length, `panel ${i + 1}`).toBeGreaterThan(4);
      // Resting: the lowest limb touches the floor (sunk in by the scaled contact depth), none below it.
      const lowest = extent(inPanel).bottom;
      expect(lowest, `panel ${i + 1}`).toBeGreaterThan(floorY);
      expect(lowest, `panel ${i + 1}`).toBeLessThan(floorY + SINK);
    }
    // Panel 1: a chair, and a forearm ending on its seat.
    const chair = byRole(shapes, 'furniture').filter((s) => extent([s]).right < (dividers[0] ?? 0));
    expect(chair.length).toBeGreaterThan(3);
    const seat = chair.flatMap((s) => (s.kind === 'rect' && s.width > 10 && s.height < 5 ? [s] : []));
    const seatTop = Math.min(...seat.map((s) => s.y));
    const hands = body.flatMap((s) => (s.kind === 'line' && s.to.x < (dividers[0] ?? 0) ? [s.to] : []));
    expect(hands.some((h) => Math.abs(h.y - seatTop) < 3)).toBe(true);
  });
});
