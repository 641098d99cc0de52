import { restOn, SEGMENT, THICKNESS, type TPose } from './figure-kit';
import { chair } from './furniture';
import { hookLyingLeg } from './hook-lying';
import { sideBySide } from './panels';
import { poseFigure, reach, restHead } from './pose-figure';
import { floor } from './props-kit';
import type { TDrawing, TPoint, TShape } from './shapes';

/** Every panel is drawn full size on this floor, then scaled into its place on the same floor line. */
const FLOOR = 100;
/** Room between panels (after scaling), where the dividers stand. */
const PANEL_GAP = 6;
const CHAIR_SEAT = 46;
/** Leaning forward over the front knee, hands on the chair seat. */
const HALF_KNEEL_TRUNK = 52;

/** Kneeling knees rest on the floor: the knee joint sits half a shin above it. */
const KNEE_Y = restOn(FLOOR, THICKNESS.shin);

/**
 * Panel 1, half-kneeling at a sturdy chair: the near knee down with the shin and foot flat behind, the far foot flat in front (hip and knee at 90), both hands on the seat. Getting down
 * starts here; getting up ends here, pushing up with the legs. The kneeling leg is the near, dark one:
 * drawn light, the upright thigh read as a stool the figure sat on.
 */
function halfKneel(): TShape[] {
  const base: TPose = {
    hip: { x: 0, y: KNEE_Y - SEGMENT.thigh },
    trunk: HALF_KNEEL_TRUNK,
    belly: 'down',
    neck: -20,
    near: { hip: 90 - HALF_KNEEL_TRUNK, knee: 90, ankle: 90 },
    far: { hip: 90 + (90 - HALF_KNEEL_TRUNK), knee: 90, ankle: 0 },
  };
  const front = poseFigure(base).far;
  if (!front) throw new Error('floor-transfer: the pose has two legs');
  const toe = front.toe;
  const seat = { front: toe.x + 3, seatTop: FLOOR - CHAIR_SEAT, floorY: FLOOR };
  const hand: TPoint = { x: seat.front + 6, y: restOn(seat.seatTop, THICKNESS.forearm) };
  const figure = poseFigure({ ...base, nearArm: reach(base, hand, -1) });
  return [...chair(seat), ...figure.shapes];
}

/** Panel 2, on hands and knees: knees under the hips, hands under the shoulders, back level. */
function handsAndKnees(): TShape[] {
  const hipY = KNEE_Y - SEGMENT.thigh;
  const handY = restOn(FLOOR, THICKNESS.forearm);
  // A little short of a locked elbow, so the reach always resolves.
  const shoulderY = handY - (SEGMENT.upperArm + SEGMENT.forearm) + 1;
  const trunk = (Math.asin((hipY - shoulderY) / SEGMENT.trunk) * 180) / Math.PI;
  const base: TPose = {
    hip: { x: 0, y: hipY },
    trunk,
    belly: 'down',
    neck: 15,
    near: { hip: 90 - trunk, knee: 90, ankle: 90 },
    far: { hip: 90 - trunk, knee: 90, ankle: 90 },
  };
  const { shoulder } = poseFigure(base);
  const figure = poseFigure({
    ...base,
    nearArm: reach(base, { x: shoulder.x, y: handY }),
  });
  return figure.shapes;
}

/** Panel 3, lying on the back with both knees bent, feet flat: where the log roll ends. */
function hookLying(): TShape[] {
  const legs = hookLyingLeg(FLOOR, 90);
  return poseFigure(
    restHead(
      { hip: { x: 0, y: restOn(FLOOR, THICKNESS.trunk) }, trunk: 180, belly: 'up', near: legs, far: legs },
      FLOOR,
    ),
  ).shapes;
}

/**
 * Getting down to the floor (and, read right to left, back up): half-kneeling with both hands on a sturdy
 * chair, then on hands and knees, then on the back with the knees bent. The text between (sit onto one hip,
 * lie on your side, roll onto your back) is the log roll of brief 1.3.
 */
export const floorTransfer: TDrawing = () => {
  return [...floor(FLOOR), ...sideBySide([halfKneel(), handsAndKnees(), hookLying()], FLOOR, PANEL_GAP)];
};
