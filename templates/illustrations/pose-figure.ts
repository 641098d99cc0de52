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
