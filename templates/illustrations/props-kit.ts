import { dir, step } from './geometry';
import { num, type TPoint, type TShape, VIEW_HEIGHT, VIEW_WIDTH } from './shapes';
import type { TViewBox } from './view-box';

/**
 * The things figures lie on and use. Every prop is placed by what it rests on (a floor line, a body
 * point), so a drawing cannot leave a pillow floating in the air.
 */

/** The floor (or a mattress) across the whole drawing; its top edge is at y. */
export function floor(y: number): TShape[] {
  return [
    { kind: 'rect', role: 'surface', x: 0, y, width: VIEW_WIDTH, height: VIEW_HEIGHT - y },
    { kind: 'line', role: 'surfaceEdge', from: { x: 0, y }, to: { x: VIEW_WIDTH, y } },
  ];
}

export const MAT_THICKNESS = 3;

/** An exercise mat lying on the floor; figures on it rest at floorY - MAT_THICKNESS. */
export function mat(x1: number, x2: number, floorY: number): TShape {
  const height = MAT_THICKNESS;
  return { kind: 'rect', role: 'mat', x: x1, y: floorY - height, width: x2 - x1, height, rx: 1.5 };
}

/**
 * A soft pillow seen from the side, standing on `base` (its bottom centre) and `height` tall: flat where it
 * rests, domed on top, with the pinched corners that make a pillow read as a pillow.
 */
export function pillow(base: TPoint, width: number, height: number): TShape {
  const left = base.x - width / 2;
  const right = base.x + width / 2;
  const pinch = Math.min(3, width / 10);
  // Corners sit `dome` below the top and the curve's control point `dome` above it, so the middle of the
  // curve (where something rests) is exactly `height` up.
  const dome = Math.min(3, height * 0.25);
  const at = (x: number, up: number) => `${num(x)},${num(base.y - up)}`;
  const d = [
    `M${at(left, 0)}`,
    `Q${at(left + pinch, height / 2)} ${at(left, height - dome)}`,
    `Q${at(base.x, height + dome)} ${at(right, height - dome)}`,
    `Q${at(right - pinch, height / 2)} ${at(right, 0)}`,
    'Z',
  ].join(' ');
  return { kind: 'path', role: 'pillow', d };
}

/** The end of a rolled towel lying across the floor at `base` (the point where it touches the floor). */
export function towelRoll(base: TPoint, r: number): TShape[] {
  const center = { x: base.x, y: base.y - r };
  return [
    { kind: 'circle', role: 'towel', center, r },
    { kind: 'circle', role: 'towel', center, r: r * 0.55 },
    { kind: 'circle', role: 'towel', center, r: r * 0.15 },
  ];
}

/** Rising wavy lines, `gap` apart: "this is warm". */
export function heatWaves(bottomCentre: TPoint, count: number, gap: number): TShape[] {
  return Array.from({ length: count }, (_, i): TShape => {
    const x = bottomCentre.x + (i - (count - 1) / 2) * gap;
    return { kind: 'path', role: 'heatWave', d: `M${num(x)},${num(bottomCentre.y)} q-3,-3 0,-6 q3,-3 0,-6` };
  });
}

/** A straight arrow with a filled head at `to`. */
export function arrow(from: TPoint, to: TPoint, headSize = 5): TShape[] {
  const angle = (Math.atan2(-(to.y - from.y), to.x - from.x) * 180) / Math.PI;
  const back = step(to, angle + 180, headSize);
  const side = dir(angle + 90);
  const wing = headSize * 0.6;
  const a = { x: back.x + side.x * wing, y: back.y + side.y * wing };
  const b = { x: back.x - side.x * wing, y: back.y - side.y * wing };
  return [
    { kind: 'line', role: 'arrow', from, to: step(to, angle + 180, headSize * 0.8) },
    {
      kind: 'path',
      role: 'arrowHead',
      d: `M${num(to.x)},${num(to.y)} L${num(a.x)},${num(a.y)} L${num(b.x)},${num(b.y)} Z`,
    },
  ];
}

/**
 * The red X of a "don't" drawing, over the middle of the drawn area. It is as tall as the area and at most
 * half again as wide, so its strokes cross the (mostly lying, so wide and low) figure steeply instead of
 * running along it; a white edge keeps the figure and the X apart.
 */
export function cross(box: TViewBox): TShape[] {
  const inset = 6;
  const [top, bottom] = [box.y + inset, box.y + box.height - inset];
  const half = Math.min(box.width / 2 - inset, (bottom - top) * 0.75);
  const [left, right] = [box.x + box.width / 2 - half, box.x + box.width / 2 + half];
  const strokes = [
    { from: { x: left, y: top }, to: { x: right, y: bottom } },
    { from: { x: right, y: top }, to: { x: left, y: bottom } },
  ];
  return [
    ...strokes.map((s): TShape => ({ kind: 'line', role: 'halo', weight: 7.5, ...s })),
    ...strokes.map((s): TShape => ({ kind: 'line', role: 'cross', ...s })),
  ];
}

/** A heat pack: a warm-coloured quilted pad whose top-left corner is at (x, y). */
export function heatPack(x: number, y: number, width: number, height: number): TShape[] {
  const seams = [1 / 3, 2 / 3].map((share): TShape => ({
    kind: 'line',
    role: 'heatPack',
    from: { x: x + width * share, y: y + 1 },
    to: { x: x + width * share, y: y + height - 1 },
  }));
  return [{ kind: 'rect', role: 'heatPack', x, y, width, height, rx: Math.min(2, height / 2) }, ...seams];
}

/**
 * A folded towel layer, wider than what lies on it so it shows at both ends, with the woven stripes near
 * its ends that make it read as a towel rather than a board.
 */
export function towel(x: number, y: number, width: number, height: number): TShape[] {
  const stripes = [4, 6.5, width - 6.5, width - 4].map((dx): TShape => ({
    kind: 'line',
    role: 'towelStripe',
    from: { x: x + dx, y: y + 1 },
    to: { x: x + dx, y: y + height - 1 },
  }));
  return [{ kind: 'rect', role: 'towel', x, y, width, height, rx: 1.5 }, ...stripes];
}
