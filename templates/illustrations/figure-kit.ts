import type { TPoint, TShape } from './shapes';

/**
 * One friendly, gender-neutral figure for every drawing, about 170 cm tall in scene centimetres. Segment
 * lengths run joint to joint; thicknesses are the stroke widths (round caps fill the joints).
 */
export const SEGMENT = { neck: 21, trunk: 44, thigh: 42, shin: 42, foot: 13, upperArm: 27, forearm: 24 };
export const THICKNESS = { trunk: 16, thigh: 11, shin: 9, foot: 6, upperArm: 7, forearm: 6 };
export const HEAD_RADIUS = 10;

/** Joint angles in degrees, 0 = standing straight. Knee flexion always folds the shin backwards. */
export interface TLegAngles {
  hip: number;
  knee: number;
  /** Pointing the toes away from the shin; 0 leaves the foot at a right angle (toes up when lying on the back). */
  ankle?: number;
}

export interface TArmAngles {
  shoulder: number;
  elbow: number;
}

export interface TPose {
  hip: TPoint;
  /** Direction from the hip joint to the shoulder joint. */
  trunk: number;
  belly: 'up' | 'down';
  /** How far the low back curves towards the belly (cm): the lumbar hollow a rolled towel fills. */
  arch?: number;
  /** Drawn thickness of the trunk; wider than THICKNESS.trunk in a front view, where the shoulders show. */
  trunkWidth?: number;
  /** Head tilt towards the chest. */
  neck?: number;
  near: TLegAngles;
  far?: TLegAngles;
  nearArm?: TArmAngles;
  accent?: 'lowBack' | 'farLeg';
}

export interface TLegJoints {
  knee: TPoint;
  ankle: TPoint;
  toe: TPoint;
}

/** The figure's shapes by body part, for the few drawings that need their own layering or projection. */
export interface TFigureParts {
  farLeg: TShape[];
  trunk: TShape[];
  head: TShape[];
  nearLeg: TShape[];
  nearArm: TShape[];
}

export interface TFigure {
  /** All parts, far limbs first and near limbs last, so overlaps read the way a side view does. */
  shapes: TShape[];
  parts: TFigureParts;
  hip: TPoint;
  shoulder: TPoint;
  head: TPoint;
  near: TLegJoints;
  far?: TLegJoints;
  nearElbow?: TPoint;
  nearHand?: TPoint;
  /** A point on the trunk, t = 0 at the hip and 1 at the shoulder: centre line, or where a prop touches it. */
  trunkAt: (t: number, side?: 'centre' | 'back' | 'belly') => TPoint;
}

/** The lumbar spine, as a share of the hip-to-shoulder line: where the accent band and the towel roll go. */
export const LOW_BACK = { from: 0.12, to: 0.45, peak: 1 / 3 };

/** Gap around near limbs: where a limb crosses the trunk, a thin paper-coloured outline keeps both readable. */
export const HALO = 2.6;
/**
 * Bodies sink this far into what they lie on, so the halo never shows as a white gap between a body and
 * the floor (which would read as floating).
 */
export const SINK = HALO / 2;

/** The centre line of a body part of this thickness lying on a surface at y. */
export function restOn(surfaceY: number, thickness: number): number {
  return surfaceY - thickness / 2 + SINK;
}

/** The y of a surface that a body part with this centre point and thickness rests on. */
export function surfaceUnder(centre: TPoint, thickness: number): number {
  return centre.y + thickness / 2 - SINK;
}

/** How far a body part sits above a surface at y (0 when resting on it). */
export function clearance(centre: TPoint, thickness: number, surfaceY: number): number {
  return surfaceY - surfaceUnder(centre, thickness);
}
