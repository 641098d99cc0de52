import { type TPoint, type TShape, VIEW_HEIGHT, VIEW_WIDTH } from './shapes';
import { styleOf } from './styles';

export interface TViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A little air above the highest stroke. */
const TOP_MARGIN = 2;

/** The points of the path commands the drawings use (absolute M, L and Q, relative q, Z). */
export function pathPoints(d: string): TPoint[] {
  const tokens = d.match(/[A-Za-z]|-?\d*\.?\d+/g) ?? [];
  const points: TPoint[] = [];
  let current: TPoint = { x: 0, y: 0 };
  let command = '';
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i] ?? '';
    if (/^[A-Za-z]$/.test(token)) {
      if (!/^[MLQqZ]$/.test(token)) throw new Error(`Path command "${token}" is not measured by view-box.ts`);
      command = token;
      i += 1;
      continue;
    }
    const read = (n: number) => tokens.slice(i, i + n).map(Number);
    if (command === 'M' || command === 'L') {
      const [x = 0, y = 0] = read(2);
      current = { x, y };
      points.push(current);
      i += 2;
    } else if (command === 'Q') {
      const [cx = 0, cy = 0, x = 0, y = 0] = read(4);
      points.push({ x: cx, y: cy });
      current = { x, y };
      points.push(current);
      i += 4;
    } else if (command === 'q') {
      const [cx = 0, cy = 0, x = 0, y = 0] = read(4);
      points.push({ x: current.x + cx, y: current.y + cy });
      current = { x: current.x + x, y: current.y + y };
      points.push(current);
      i += 4;
    } else {
      throw new Error(`Path command "${command}" is not measured by view-box.ts`);
    }
  }
  return points;
}

/** The highest y a shape paints, its stroke included: a thick limb's round cap reaches above its joint. */
function top(shape: TShape): number {
  return centreTop(shape) - (shape.weight ?? styleOf(shape, '').strokeWidth) / 2;
}

function centreTop(shape: TShape): number {
  switch (shape.kind) {
    case 'line':
      return Math.min(shape.from.y, shape.to.y);
    case 'polyline':
      return Math.min(...shape.points.map((point) => point.y));
    case 'path':
      return Math.min(...pathPoints(shape.d).map((point) => point.y));
    case 'circle':
      return shape.center.y - shape.r;
    case 'ellipse':
      return shape.center.y - shape.ry;
    case 'rect':
      return shape.y;
  }
}

/**
 * The part of the 200 x 120 scene a drawing uses: the full width and floor, cropped above the highest
 * shape. A figure lying down is much lower than one on a couch, and the empty sky above it would only
 * push the handout onto more pages.
 */
export function illustrationBox(shapes: readonly TShape[]): TViewBox {
  const highest = Math.min(...shapes.filter((shape) => shape.role !== 'cross').map(top));
  const y = Math.max(0, Math.floor(highest - TOP_MARGIN));
  return { x: 0, y, width: VIEW_WIDTH, height: VIEW_HEIGHT - y };
}

export function viewBoxAttr(box: TViewBox): string {
  return `${box.x} ${box.y} ${box.width} ${box.height}`;
}
