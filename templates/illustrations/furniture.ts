import type { TShape } from './shapes';

/**
 * The supports a figure rests its lower legs on, seen from the side. Each is placed by its front edge and
 * seat top, so the seat is exactly where the calves lie. They differ in the outline a patient knows them
 * by: a couch is deep and low-backed with a cushion, a chair has thin legs and a tall back, a footstool has
 * a padded top and no back at all.
 */
export interface TSupport {
  front: number;
  seatTop: number;
  floorY: number;
}

export const SUPPORT_DEPTH = { couch: 62, chair: 46, footstool: 48 };

/** A couch seen from its end: seat block on short feet, a cushion on top, the backrest behind. */
export function couch({ front, seatTop, floorY }: TSupport): TShape[] {
  const back = front + SUPPORT_DEPTH.couch;
  const cushion = 7;
  const feet = 4;
  return [
    {
      kind: 'rect',
      role: 'furniture',
      x: back - 12,
      y: seatTop - 42,
      width: 14,
      height: floorY - feet - seatTop + 42,
      rx: 5,
    },
    {
      kind: 'rect',
      role: 'furniture',
      x: front,
      y: seatTop + cushion,
      width: SUPPORT_DEPTH.couch,
      height: floorY - feet - seatTop - cushion,
      rx: 2,
    },
    {
      kind: 'rect',
      role: 'pillow',
      x: front,
      y: seatTop,
      width: SUPPORT_DEPTH.couch - 12,
      height: cushion,
      rx: 3,
    },
    { kind: 'rect', role: 'furniture', x: front + 3, y: floorY - feet, width: 4, height: feet },
    { kind: 'rect', role: 'furniture', x: back - 5, y: floorY - feet, width: 4, height: feet },
  ];
}

/** A plain, sturdy kitchen chair from the side: a firm seat, two visible legs, a tall straight back. */
export function chair({ front, seatTop, floorY }: TSupport): TShape[] {
  const back = front + SUPPORT_DEPTH.chair;
  const seat = 5;
  const leg = 4.5;
  const backHeight = 40;
  return [
    {
      kind: 'rect',
      role: 'furniture',
      x: back - leg,
      y: seatTop - backHeight,
      width: leg,
      height: floorY - seatTop + backHeight,
    },
    {
      kind: 'rect',
      role: 'furniture',
      x: back - leg - 2,
      y: seatTop - backHeight,
      width: leg + 2,
      height: 16,
      rx: 1.5,
    },
    {
      kind: 'rect',
      role: 'furniture',
      x: front + 1,
      y: seatTop + seat,
      width: leg,
      height: floorY - seatTop - seat,
    },
    {
      kind: 'rect',
      role: 'furniture',
      x: front + 1,
      y: floorY - 14,
      width: SUPPORT_DEPTH.chair - 2,
      height: 2,
    },
    {
      kind: 'rect',
      role: 'furniture',
      x: front,
      y: seatTop,
      width: SUPPORT_DEPTH.chair,
      height: seat,
      rx: 1,
    },
  ];
}

/** A footstool (ottoman): a padded top on a low upholstered box with short feet, and no back. */
export function footstool({ front, seatTop, floorY }: TSupport): TShape[] {
  const width = SUPPORT_DEPTH.footstool;
  const pad = 9;
  const feet = 5;
  return [
    { kind: 'rect', role: 'furniture', x: front + 4, y: floorY - feet, width: 4, height: feet },
    { kind: 'rect', role: 'furniture', x: front + width - 8, y: floorY - feet, width: 4, height: feet },
    {
      kind: 'rect',
      role: 'furniture',
      x: front + 1,
      y: seatTop + pad - 1,
      width: width - 2,
      height: floorY - feet - seatTop - pad + 1,
      rx: 2,
    },
    { kind: 'rect', role: 'pillow', x: front, y: seatTop, width, height: pad, rx: 4 },
  ];
}
