import { add, dir, lerp, solve, step } from './geometry';
import type { TPoint, TRole, TShape } from './shapes';

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
  /** Head tilt towards the chest. */
  neck?: number;
  near: TLegAngles;
  far?: TLegAngles;
  nearArm?: TArmAngles;
  farArm?: TArmAngles;
  accent?: 'lowBack' | 'nearLeg';
}

export interface TLegJoints {
  knee: TPoint;
  ankle: TPoint;
  toe: TPoint;
}

export interface TFigure {
  shapes: TShape[];
  hip: TPoint;
  shoulder: TPoint;
  head: TPoint;
  near: TLegJoints;
  far?: TLegJoints;
  nearHand?: TPoint;
  /** A point on the trunk, t = 0 at the hip and 1 at the shoulder, on its centre line or one surface. */
  trunkAt: (t: number, side?: 'centre' | 'back' | 'belly') => TPoint;
}

/** The lumbar spine, as a share of the hip-to-shoulder line: where the accent band and the towel roll go. */
export const LOW_BACK = { from: 0.12, to: 0.45, peak: 1 / 3 };

/** Gap around near limbs: where a limb crosses the trunk, a thin paper-coloured outline keeps both readable. */
const HALO = 2.6;

/** A chain of limb segments; halos go first as a set so they never cut across the limb's own joints. */
function limb(segments: { from: TPoint; to: TPoint; weight: number }[], role: TRole): TShape[] {
  const strokes = segments.map((segment): TShape => ({ kind: 'line', role, ...segment }));
  if (role === 'bodyFar') return strokes;
  return [
    ...segments.map((s): TShape => ({ kind: 'line', role: 'halo', ...s, weight: s.weight + HALO })),
    ...strokes,
  ];
}

export function poseFigure(pose: TPose): TFigure {
  // s is the rotation sense from the trunk towards the belly; every joint angle below is relative to it.
  const s = dir(pose.trunk + 90).y < 0 === (pose.belly === 'up') ? 1 : -1;
  const bellyNormal = dir(pose.trunk + s * 90);
  const shoulder = step(pose.hip, pose.trunk, SEGMENT.trunk);
  const head = step(shoulder, pose.trunk + s * (pose.neck ?? 0), SEGMENT.neck);
  const arch = pose.arch ?? 0;

  const trunkAt = (t: number, side: 'centre' | 'back' | 'belly' = 'centre'): TPoint => {
    // t(1-t)^2 peaks at t = 1/3 (the lumbar spine); 27/4 scales that peak to 1.
    const centre = add(lerp(pose.hip, shoulder, t), bellyNormal, arch * (27 / 4) * t * (1 - t) ** 2);
    if (side === 'centre') return centre;
    return add(centre, bellyNormal, ((side === 'belly' ? 1 : -1) * THICKNESS.trunk) / 2);
  };
  const trunkPoints = (from: number, to: number): TPoint[] =>
    Array.from({ length: 13 }, (_, i) => trunkAt(from + ((to - from) * i) / 12));

  const leg = (angles: TLegAngles, role: TRole) => {
    const thighDir = pose.trunk + 180 - s * angles.hip;
    const shinDir = thighDir + s * angles.knee;
    const knee = step(pose.hip, thighDir, SEGMENT.thigh);
    const ankle = step(knee, shinDir, SEGMENT.shin);
    const toe = step(ankle, shinDir - s * (90 - (angles.ankle ?? 0)), SEGMENT.foot);
    const shapes = limb(
      [
        { from: pose.hip, to: knee, weight: THICKNESS.thigh },
        { from: knee, to: ankle, weight: THICKNESS.shin },
        { from: ankle, to: toe, weight: THICKNESS.foot },
      ],
      role,
    );
    return { joints: { knee, ankle, toe }, shapes };
  };
  const arm = (angles: TArmAngles, role: TRole) => {
    const upperDir = pose.trunk + 180 - s * angles.shoulder;
    const elbow = step(shoulder, upperDir, SEGMENT.upperArm);
    const hand = step(elbow, upperDir - s * angles.elbow, SEGMENT.forearm);
    return {
      hand,
      shapes: limb(
        [
          { from: shoulder, to: elbow, weight: THICKNESS.upperArm },
          { from: elbow, to: hand, weight: THICKNESS.forearm },
        ],
        role,
      ),
    };
  };

  const near = leg(pose.near, pose.accent === 'nearLeg' ? 'accent' : 'body');
  const far = pose.far ? leg(pose.far, 'bodyFar') : undefined;
  const nearArm = pose.nearArm ? arm(pose.nearArm, 'body') : undefined;
  const farArm = pose.farArm ? arm(pose.farArm, 'bodyFar') : undefined;
  const trunk: TShape = {
    kind: 'polyline',
    role: 'body',
    points: trunkPoints(0, 1),
    weight: THICKNESS.trunk,
  };
  const lowBack: TShape[] =
    pose.accent === 'lowBack'
      ? [{ kind: 'polyline', role: 'accentBand', points: trunkPoints(LOW_BACK.from, LOW_BACK.to) }]
      : [];

  return {
    // Far limbs first and near limbs last, so overlaps read the way a side view does.
    shapes: [
      ...(farArm?.shapes ?? []),
      ...(far?.shapes ?? []),
      trunk,
      ...lowBack,
      { kind: 'circle', role: 'head', center: head, r: HEAD_RADIUS },
      ...near.shapes,
      ...(nearArm?.shapes ?? []),
    ],
    hip: pose.hip,
    shoulder,
    head,
    near: near.joints,
    far: far?.joints,
    nearHand: nearArm?.hand,
    trunkAt,
  };
}

/** Tilts the head until it rests on a surface at y (a floor, a pillow top): heads never hover. */
export function restHead(pose: TPose, surfaceY: number): TPose {
  const neck = solve((n) => poseFigure({ ...pose, neck: n }).head.y + HEAD_RADIUS - surfaceY, -60, 80);
  return { ...pose, neck };
}
