/**
 * The data model every drawing is made of. Drawings are pure lists of shapes in a 200 x 120 viewBox where
 * one unit is one centimetre of the scene, so clinical distances (a 15 cm leg lift, a 45 cm couch seat) can
 * be drawn and tested literally. Colours and stroke widths come from the role (see styles.ts), never from
 * the drawing, so the PDF and the HTML renderer cannot drift apart.
 */

export const VIEW_WIDTH = 200;
export const VIEW_HEIGHT = 120;
/** Height of the full scene relative to its width: the builder thumbnails keep it so they line up. */
export const ASPECT = VIEW_HEIGHT / VIEW_WIDTH;

export interface TPoint {
  x: number;
  y: number;
}

export type TRole =
  | 'body'
  | 'bodyFar'
  | 'head'
  | 'halo'
  | 'accent'
  | 'accentBand'
  | 'pillow'
  | 'furniture'
  | 'surface'
  | 'surfaceEdge'
  | 'mat'
  | 'towel'
  | 'towelStripe'
  | 'heatPack'
  | 'heatWave'
  | 'guide'
  | 'arrow'
  | 'arrowHead'
  | 'cross';

/** `weight` overrides the role's stroke width, e.g. a thigh is thicker than a forearm. */
interface TShapeBase {
  role: TRole;
  weight?: number;
}

export type TShape = TShapeBase &
  (
    | { kind: 'line'; from: TPoint; to: TPoint }
    | { kind: 'polyline'; points: TPoint[] }
    | { kind: 'path'; d: string }
    | { kind: 'circle'; center: TPoint; r: number }
    | { kind: 'ellipse'; center: TPoint; rx: number; ry: number }
    | { kind: 'rect'; x: number; y: number; width: number; height: number; rx?: number }
  );

export interface TDrawOptions {
  isCrossedOut: boolean;
}

/** One illustration: a pure function of its options. */
export type TDrawing = (options: TDrawOptions) => TShape[];

/** One decimal is far below what a printer resolves and keeps the PDF and the markup short. */
export function num(value: number): number {
  return Math.round(value * 10) / 10;
}

export function pointsAttr(points: TPoint[]): string {
  return points.map((p) => `${num(p.x)},${num(p.y)}`).join(' ');
}

/**
 * Moves every point of a figure shape through `map` (e.g. a projection); radii are kept. Paths are plain
 * strings and cannot be mapped: figures are made of lines, polylines and circles only.
 */
export function mapShape(shape: TShape, map: (p: TPoint) => TPoint): TShape {
  switch (shape.kind) {
    case 'line':
      return { ...shape, from: map(shape.from), to: map(shape.to) };
    case 'polyline':
      return { ...shape, points: shape.points.map(map) };
    case 'circle':
    case 'ellipse':
      return { ...shape, center: map(shape.center) };
    case 'rect': {
      const corner = map({ x: shape.x, y: shape.y });
      return { ...shape, x: corner.x, y: corner.y };
    }
    case 'path':
      throw new Error('mapShape: paths cannot be mapped');
  }
}

export type TShapeTag = TShape['kind'];

type TAttributes = Readonly<Record<string, string | number | undefined>>;

// A drawing's shapes are made once (index.ts drawIllustration) and never change: their attributes
// (numbers written as SVG strings, about 1 % of a handout's render) are worked out once too.
const attributesOf = new WeakMap<TShape, TAttributes>();

/** The SVG attributes of a shape, shared by the PDF and the browser renderers (same names in both). */
export function shapeAttributes(shape: TShape): TAttributes {
  let attributes = attributesOf.get(shape);
  if (!attributes) {
    attributes = Object.freeze(attributesFor(shape));
    attributesOf.set(shape, attributes);
  }
  return attributes;
}

function attributesFor(shape: TShape): Record<string, string | number | undefined> {
  switch (shape.kind) {
    case 'line':
      return { x1: num(shape.from.x), y1: num(shape.from.y), x2: num(shape.to.x), y2: num(shape.to.y) };
    case 'polyline':
      return { points: pointsAttr(shape.points) };
    case 'path':
      return { d: shape.d };
    case 'circle':
      return { cx: num(shape.center.x), cy: num(shape.center.y), r: num(shape.r) };
    case 'ellipse':
      return { cx: num(shape.center.x), cy: num(shape.center.y), rx: num(shape.rx), ry: num(shape.ry) };
    case 'rect':
      return {
        x: num(shape.x),
        y: num(shape.y),
        width: num(shape.width),
        height: num(shape.height),
        rx: shape.rx === undefined ? undefined : num(shape.rx),
      };
  }
}
