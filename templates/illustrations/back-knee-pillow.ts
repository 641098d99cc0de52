import { clearance, LOW_BACK, restOn, surfaceUnder, THICKNESS, type TPose } from './figure-kit';
import { solve } from './geometry';
import { poseFigure, restHead } from './pose-figure';
import { floor, pillow, towelRoll } from './props-kit';
import type { TDrawing, TShape } from './shapes';

const FLOOR = 98;
const HEAD_PILLOW = { width: 30, height: 8 };
const KNEE_PILLOW_WIDTH = 34;
/** Knee bend per support, within the brief's 20-45 degrees: two pillows lift the knees higher than one. */
const KNEE_BEND = { 'one-pillow': 35, 'two-pillows': 45, bolster: 40 } as const;
export type TKneeSupport = keyof typeof KNEE_BEND;
/** How high the lumbar curve lifts off the bed when a towel roll supports it (cm). */
const TOWEL_ARCH = 4;
const TOWEL_ROLL_RADIUS = 6;

/** What fills the space from the bed up to the back of the knee (`height`), centred under it. */
function kneeSupport(kind: TKneeSupport, x: number, height: number): TShape[] {
  switch (kind) {
    case 'one-pillow':
      return [pillow({ x, y: FLOOR }, KNEE_PILLOW_WIDTH, height)];
    case 'two-pillows':
      // Two flatter pillows, one on the other: the count the text gives is the count drawn.
      return [
        pillow({ x, y: FLOOR }, KNEE_PILLOW_WIDTH, height / 2),
        pillow({ x, y: FLOOR - height / 2 }, KNEE_PILLOW_WIDTH - 3, height / 2),
      ];
    case 'bolster':
      // A long, round pillow lying across the bed, seen end on: a circle from the bed up to the knee.
      return [{ kind: 'circle', role: 'pillow', center: { x, y: FLOOR - height / 2 }, r: height / 2 }];
  }
}

/** I3 (and I5 with the towel roll): on the back, head pillow, the knee support, heels down. */
export function backWithPillows({
  knees,
  hasTowelRoll,
}: {
  knees: TKneeSupport;
  hasTowelRoll: boolean;
}): TShape[] {
  const base = (hip: number): TPose => ({
    hip: { x: 92, y: restOn(FLOOR, THICKNESS.trunk) },
    trunk: 180,
    belly: 'up',
    arch: hasTowelRoll ? TOWEL_ARCH : 0,
    near: { hip, knee: KNEE_BEND[knees], ankle: 25 },
    accent: 'lowBack',
  });
  // The hip bend is whatever puts the heel back on the bed for this knee bend.
  const hip = solve((angle) => clearance(poseFigure(base(angle)).near.ankle, THICKNESS.shin, FLOOR), 0, 45);
  const figure = poseFigure(restHead(base(hip), FLOOR - HEAD_PILLOW.height + 1));

  const underKnee = surfaceUnder(figure.near.knee, THICKNESS.shin);
  return [
    ...floor(FLOOR),
    pillow({ x: figure.head.x + 2, y: FLOOR }, HEAD_PILLOW.width, HEAD_PILLOW.height),
    ...figure.shapes,
    // The support lies across the bed under both knees, so its near end shows in front of the legs: every
    // pillow the text counts is seen whole, and it only reaches up to the back of the knee.
    ...kneeSupport(knees, figure.near.knee.x, FLOOR - underKnee),
    // The roll is longer than the body is wide, so its end shows in front of the waist.
    ...(hasTowelRoll ? towelRoll({ x: figure.trunkAt(LOW_BACK.peak).x, y: FLOOR }, TOWEL_ROLL_RADIUS) : []),
  ];
}

/** I3 with one pillow under the knees: the default, and the drawing beside the choice in the builder. */
export const backKneePillow: TDrawing = () => backWithPillows({ knees: 'one-pillow', hasTowelRoll: false });
