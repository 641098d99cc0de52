import { num, type TPoint, type TShape, VIEW_WIDTH } from './shapes';
import { styleOf } from './styles';
import { pathPoints } from './view-box';

/** How high the dividers between panels reach above the floor. */
const DIVIDER_HEIGHT = 50;

/**
 * Sequences (getting down to the floor) show several scenes side by side in one drawing. Each scene is
 * drawn full size around its own anchor on the floor, then scaled down and moved to its panel; strokes and
 * radii scale with it, so a small figure keeps the proportions of the big one and still rests on the floor.
 */
export interface TPanel {
  /** The point of the scene (on its floor) that lands on `to`. */
  from: TPoint;
  to: TPoint;
  scale: number;
}

function scalePath(d: string, panel: TPanel, map: (p: TPoint) => TPoint): string {
  const tokens = d.match(/[A-Za-z]|-?\d*\.?\d+/g) ?? [];
  const out: string[] = [];
  let command = '';
  let pair: number[] = [];
  for (const token of tokens) {
    if (/^[A-Za-z]$/.test(token)) {
      if (!/^[MLQqZ]$/.test(token)) throw new Error(`Path command "${token}" is not scaled by panels.ts`);
      command = token;
      out.push(token);
      continue;
    }
    pair.push(Number(token));
    if (pair.length < 2) continue;
    const [x = 0, y = 0] = pair;
    // Relative offsets only scale; absolute points move with the panel.
    const p = command === 'q' ? { x: x * panel.scale, y: y * panel.scale } : map({ x, y });
    out.push(`${num(p.x)},${num(p.y)}`);
    pair = [];
  }
  return out.join(' ').replace(/([A-Za-z]) /g, '$1');
}

/** Moves shapes drawn around `panel.from` to `panel.to`, `panel.scale` times their size. */
export function inPanel(shapes: readonly TShape[], panel: TPanel): TShape[] {
  const map = (p: TPoint): TPoint => ({
    x: panel.to.x + (p.x - panel.from.x) * panel.scale,
    y: panel.to.y + (p.y - panel.from.y) * panel.scale,
  });
  return shapes.map((shape): TShape => {
    const weight = (shape.weight ?? styleOf(shape, '').strokeWidth) * panel.scale;
    switch (shape.kind) {
      case 'line':
        return { ...shape, weight, from: map(shape.from), to: map(shape.to) };
      case 'polyline':
        return { ...shape, weight, points: shape.points.map(map) };
      case 'path':
        return { ...shape, weight, d: scalePath(shape.d, panel, map) };
      case 'circle':
        return { ...shape, weight, center: map(shape.center), r: shape.r * panel.scale };
      case 'ellipse':
        return {
          ...shape,
          weight,
          center: map(shape.center),
          rx: shape.rx * panel.scale,
          ry: shape.ry * panel.scale,
        };
      case 'rect': {
        const corner = map({ x: shape.x, y: shape.y });
        return {
          ...shape,
          weight,
          ...corner,
          width: shape.width * panel.scale,
          height: shape.height * panel.scale,
          rx: shape.rx === undefined ? undefined : shape.rx * panel.scale,
        };
      }
    }
  });
}

/** The left and right edge of what a scene draws, strokes included. */
function xExtent(shapes: readonly TShape[]): { left: number; right: number } {
  const spans = shapes.map((shape) => {
    const half = (shape.weight ?? styleOf(shape, '').strokeWidth) / 2;
    const xs = (() => {
      switch (shape.kind) {
        case 'line':
          return [shape.from.x, shape.to.x];
        case 'polyline':
          return shape.points.map((p) => p.x);
        case 'path':
          return pathPoints(shape.d).map((p) => p.x);
        case 'circle':
          return [shape.center.x - shape.r, shape.center.x + shape.r];
        case 'ellipse':
          return [shape.center.x - shape.rx, shape.center.x + shape.rx];
        case 'rect':
          return [shape.x, shape.x + shape.width];
      }
    })();
    return { left: Math.min(...xs) - half, right: Math.max(...xs) + half };
  });
  return { left: Math.min(...spans.map((s) => s.left)), right: Math.max(...spans.map((s) => s.right)) };
}

/**
 * Lays scenes (each drawn full size on a floor at `floorY`) side by side across the drawing, as large as
 * fits with `gap` between them, and draws a thin divider in each gap so they read as steps in order,
 * not as several people in one room.
 */
export function sideBySide(scenes: readonly TShape[][], floorY: number, gap: number): TShape[] {
  const extents = scenes.map(xExtent);
  const total = extents.reduce((sum, e) => sum + e.right - e.left, 0);
  const scale = (VIEW_WIDTH - gap * (scenes.length + 1)) / total;
  let x = gap;
  return scenes.flatMap((shapes, i) => {
    const extent = extents[i] ?? { left: 0, right: 0 };
    const placed = inPanel(shapes, {
      from: { x: extent.left, y: floorY },
      to: { x, y: floorY },
      scale,
    });
    x += (extent.right - extent.left) * scale + gap;
    const divider: TShape[] =
      i < scenes.length - 1
        ? [
            {
              kind: 'line',
              role: 'surfaceEdge',
              weight: 0.8,
              from: { x: x - gap / 2, y: floorY - 2 },
              to: { x: x - gap / 2, y: floorY - DIVIDER_HEIGHT },
            },
          ]
        : [];
    return [...placed, ...divider];
  });
}
