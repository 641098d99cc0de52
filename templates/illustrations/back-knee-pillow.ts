import { clearance, LOW_BACK, restOn, surfaceUnder, THICKNESS, type TPose } from './figure-kit';
import { solve } from './geometry';
import { poseFigure, restHead } from './pose-figure';
import { floor, pillow, towelRoll } from './props-kit';
import type { TDrawing, TShape } from './shapes';

const FLOOR = 98;
const HEAD_PILLOW = { width: 30, height: 8 };
/** Within the brief's 20-45 degrees: enough bend to flatten the low back, heels still on the bed. */
const KNEE_BEND = 40;
/** How high the lumbar curve lifts off the bed when a towel roll supports it (cm). */
const TOWEL_ARCH = 4;
const TOWEL_ROLL_RADIUS = 6;

/** I3 (and I5 with the towel roll): on the back, head pillow, pillow under bent knees, heels down. */
export function backWithPillows({ hasTowelRoll }: { hasTowelRoll: boolean }): TShape[] {
  const base = (hip: number): TPose => ({
    hip: { x: 92, y: restOn(FLOOR, THICKNESS.trunk) },
    trunk: 180,
    belly: 'up',
    arch: hasTowelRoll ? TOWEL_ARCH : 0,
    near: { hip, knee: KNEE_BEND, ankle: 25 },
    accent: 'lowBack',
  });
  // The hip bend is whatever puts the heel back on the bed for this knee bend.
  const hip = solve((angle) => clearance(poseFigure(base(angle)).near.ankle, THICKNESS.shin, FLOOR), 0, 45);
  const figure = poseFigure(restHead(base(hip), FLOOR - HEAD_PILLOW.height + 1));

  // The knee pillow fills the space from the bed up to the back of the knee.
  const underKnee = surfaceUnder(figure.near.knee, THICKNESS.shin);
  return [
    ...floor(FLOOR),
    pillow({ x: figure.head.x + 2, y: FLOOR }, HEAD_PILLOW.width, HEAD_PILLOW.height),
    pillow({ x: figure.near.knee.x, y: FLOOR }, 34, FLOOR - underKnee),
    ...figure.shapes,
    // The roll is longer than the body is wide, so its end shows in front of the waist.
    ...(hasTowelRoll ? towelRoll({ x: figure.trunkAt(LOW_BACK.peak).x, y: FLOOR }, TOWEL_ROLL_RADIUS) : []),
  ];
}

export const backKneePillow: TDrawing = () => backWithPillows({ hasTowelRoll: false });
