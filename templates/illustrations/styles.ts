import type { TRole, TShape } from './shapes';

/** The cross of a "don't" drawing is fixed, like the handout's emergency colour, in every clinic's brand. */
export const CROSS_COLOR = '#a10f0f';

const INK = '#35404a';
const FAR_INK = '#7b8792';
const PROP_LINE = '#5f6b76';

export interface TStrokeStyle {
  stroke: string;
  fill: string;
  strokeWidth: number;
  strokeLinecap: 'butt' | 'round';
  strokeLinejoin: 'round' | 'miter';
  strokeDasharray?: string;
}

/** Stands for the clinic's accent colour in the table below; resolved per render. */
const ACCENT = 'accent';

const round = { strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

/** Props are pale with a thin outline so the figure, and the accented part of it, always reads first. */
const ROLE_STYLES: Record<TRole, TStrokeStyle> = {
  body: { ...round, stroke: INK, fill: 'none', strokeWidth: 8 },
  // The limb on the far side of the body is lighter, so crossing limbs still read as near and far.
  bodyFar: { ...round, stroke: FAR_INK, fill: 'none', strokeWidth: 8 },
  halo: { ...round, stroke: '#ffffff', fill: 'none', strokeWidth: 10 },
  head: { ...round, stroke: 'none', fill: INK, strokeWidth: 0 },
  accent: { ...round, stroke: ACCENT, fill: 'none', strokeWidth: 8 },
  // Butt ends: a band laid over the trunk must not spill round caps past the part it marks.
  accentBand: {
    strokeLinecap: 'butt',
    strokeLinejoin: 'round',
    stroke: ACCENT,
    fill: 'none',
    strokeWidth: 16,
  },
  pillow: { ...round, stroke: PROP_LINE, fill: '#e6eef6', strokeWidth: 1.6 },
  furniture: { ...round, stroke: PROP_LINE, fill: '#d5dbe1', strokeWidth: 1.4 },
  surface: { ...round, stroke: 'none', fill: '#eceff2', strokeWidth: 0 },
  surfaceEdge: { ...round, stroke: PROP_LINE, fill: 'none', strokeWidth: 1.4 },
  mat: { ...round, stroke: PROP_LINE, fill: '#c9d3dc', strokeWidth: 1 },
  towel: { ...round, stroke: PROP_LINE, fill: '#f4f1e6', strokeWidth: 1 },
  towelStripe: { ...round, stroke: '#8fa3b5', fill: 'none', strokeWidth: 1 },
  heatPack: { ...round, stroke: '#a4511b', fill: '#f0a25c', strokeWidth: 1.2 },
  heatWave: { ...round, stroke: '#d9782d', fill: 'none', strokeWidth: 1.6 },
  guide: { ...round, stroke: INK, fill: 'none', strokeWidth: 1, strokeDasharray: '2 2' },
  arrow: { ...round, stroke: ACCENT, fill: 'none', strokeWidth: 2.4 },
  arrowHead: { ...round, stroke: ACCENT, fill: ACCENT, strokeWidth: 1 },
  cross: { ...round, stroke: CROSS_COLOR, fill: 'none', strokeWidth: 5 },
};

/** Resolves a shape's role (and its own weight, if any) to concrete SVG presentation attributes. */
export function styleOf(shape: Pick<TShape, 'role' | 'weight'>, accent: string): TStrokeStyle {
  const style = ROLE_STYLES[shape.role];
  return {
    ...style,
    stroke: style.stroke === ACCENT ? accent : style.stroke,
    fill: style.fill === ACCENT ? accent : style.fill,
    strokeWidth: shape.weight ?? style.strokeWidth,
  };
}
