import {
  clearance,
  HALO,
  HEAD_RADIUS,
  LOW_BACK,
  SEGMENT,
  SINK,
  type TArmAngles,
  type TFigure,
  type TFigureParts,
  THICKNESS,
  type TLegAngles,
  type TPose,
} from './figure-kit';
import { add, dir, lerp, solve, step } from './geometry';
import type { TPoint, TRole, TShape } from './shapes';

/**
 * Forward kinematics: joint positions follow from segment lengths and joint angles, so an angle the brief
 * asks for (hip 90, knee 90) is the angle drawn. All angles are relative to the parent segment and to
 * which way the belly faces, so the same numbers work lying on the back, on the stomach or kneeling.
 */

/** A chain of limb segments; halos go first as a set so they never cut across the limb's own joints. */
export function limb(segments: { from: TPoint; to: TPoint; weight: number }[], role: TRole): TShape[] {
  const strokes = segments.map((segment): TShape => ({ kind: 'line', role, ...segment }));
  if (role === 'bodyFar') return strokes;
  return [
    ...segments.map((s): TShape => ({ kind: 'line', role: 'halo', ...s, weight: s.weight + HALO })),
    ...strokes,
  ];
}

/**
 * The rotation sense from the trunk towards the belly; every joint angle is relative to it. The small
 * tolerance keeps an upright trunk (90 degrees) from flipping on the rounding of sin(180).
 */
function bellySense(pose: TPose): 1 | -1 {
  return dir(pose.trunk + 90).y < -1e-9 === (pose.belly === 'up') ? 1 : -1;
}

export function poseFigure(pose: TPose): TFigure {
  const s = bellySense(pose);
  const bellyNormal = dir(pose.trunk + s * 90);
  const shoulder = step(pose.hip, pose.trunk, SEGMENT.trunk);
  const head = step(shoulder, pose.trunk + s * (pose.neck ?? 0), SEGMENT.neck);
  const arch = pose.arch ?? 0;
  const trunkWidth = pose.trunkWidth ?? THICKNESS.trunk;

  const trunkAt = (t: number, side: 'centre' | 'back' | 'belly' = 'centre'): TPoint => {
    // t(1-t)^2 peaks at t = 1/3 (the lumbar spine); 27/4 scales that peak to 1.
    const centre = add(lerp(pose.hip, shoulder, t), bellyNormal, arch * (27 / 4) * t * (1 - t) ** 2);
    if (side === 'centre') return centre;
    // Surface points are where props touch, so they sit SINK inside the outline like every contact.
    return add(centre, bellyNormal, (side === 'belly' ? 1 : -1) * (trunkWidth / 2 - SINK));
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
      elbow,
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

  const near = leg(pose.near, 'body');
  // An accented far leg already reads as a second leg, so it needs no lighter tone to stand apart.
  const far = pose.far ? leg(pose.far, pose.accent === 'farLeg' ? 'accent' : 'bodyFar') : undefined;
  const nearArm = pose.nearArm ? arm(pose.nearArm, 'body') : undefined;
  const trunkLine = trunkPoints(0, 1);
  const parts: TFigureParts = {
    farLeg: far?.shapes ?? [],
    trunk: [
      // The halo parts the trunk from far limbs that join it, as the gap between parts of a pictogram.
      { kind: 'polyline', role: 'halo', points: trunkLine, weight: trunkWidth + HALO },
      { kind: 'polyline', role: 'body', points: trunkLine, weight: trunkWidth },
      ...(pose.accent === 'lowBack'
        ? [
            {
              kind: 'polyline',
              role: 'accentBand',
              points: trunkPoints(LOW_BACK.from, LOW_BACK.to),
              weight: trunkWidth,
            } as const,
          ]
        : []),
    ],
    head: [{ kind: 'circle', role: 'head', center: head, r: HEAD_RADIUS }],
    nearLeg: near.shapes,
    nearArm: nearArm?.shapes ?? [],
  };

  return {
    shapes: [...parts.farLeg, ...parts.trunk, ...parts.head, ...parts.nearLeg, ...parts.nearArm],
    parts,
    hip: pose.hip,
    shoulder,
    head,
    near: near.joints,
    far: far?.joints,
    nearElbow: nearArm?.elbow,
    nearHand: nearArm?.hand,
    trunkAt,
  };
}

/** Tilts the head until it rests on a surface at y (a floor, a pillow top): heads never hover. */
export function restHead(pose: TPose, surfaceY: number): TPose {
  const neck = solve(
    (n) => clearance(poseFigure({ ...pose, neck: n }).head, 2 * HEAD_RADIUS, surfaceY),
    -60,
    80,
  );
  return { ...pose, neck };
}

/** Points the near foot until its toes rest on a surface at y: relaxed feet lie on the floor. */
export function restToes(pose: TPose, surfaceY: number): TPose {
  const atAnkle = (ankle: number): TPose => ({ ...pose, near: { ...pose.near, ankle } });
  const ankle = solve((a) => clearance(poseFigure(atAnkle(a)).near.toe, THICKNESS.foot, surfaceY), 0, 120);
  return atAnkle(ankle);
}

/**
 * The arm angles that put the near hand on `target` (a chair seat, the back of a thigh): two-segment
 * inverse kinematics, so a hand that holds something touches it. `elbow` picks which way the elbow points
 * (1 bends it like a straightening arm pushing down, -1 the other way); an out-of-reach target is an error.
 */
export function reach(pose: TPose, target: TPoint, elbow: 1 | -1 = 1): TArmAngles {
  const s = bellySense(pose);
  const { shoulder } = poseFigure(pose);
  const [a, b] = [SEGMENT.upperArm, SEGMENT.forearm];
  const distance = Math.hypot(target.x - shoulder.x, target.y - shoulder.y);
  if (distance > a + b || distance < Math.abs(a - b)) throw new Error('reach: the target is out of reach');
  const toTarget = (Math.atan2(shoulder.y - target.y, target.x - shoulder.x) * 180) / Math.PI;
  const inner = (Math.acos((a * a + distance * distance - b * b) / (2 * a * distance)) * 180) / Math.PI;
  const upperDir = toTarget + elbow * inner;
  const elbowPoint = step(shoulder, upperDir, a);
  const forearmDir = (Math.atan2(elbowPoint.y - target.y, target.x - elbowPoint.x) * 180) / Math.PI;
  const wrap = (degrees: number) => ((((degrees + 180) % 360) + 360) % 360) - 180;
  return {
    shoulder: wrap(s * (pose.trunk + 180 - upperDir)),
    elbow: wrap(s * (upperDir - forearmDir)),
  };
}
