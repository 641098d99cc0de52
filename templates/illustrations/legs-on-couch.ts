import { restOn, surfaceUnder, THICKNESS } from './figure-kit';
import { poseFigure, restHead } from './pose-figure';
import { couch, floor } from './props-kit';
import type { TDrawing } from './shapes';

const FLOOR = 104;
const COUCH_DEPTH = 62;

/** I1: on the back on the floor, thighs straight up (hip 90), calves flat on the couch seat (knee 90). */
export const legsOnCouch: TDrawing = () => {
  const figure = poseFigure(
    restHead(
      {
        hip: { x: 101, y: restOn(FLOOR, THICKNESS.trunk) },
        trunk: 180,
        belly: 'up',
        near: { hip: 90, knee: 90, ankle: 10 },
        accent: 'lowBack',
      },
      FLOOR,
    ),
  );
  // The seat is exactly as high as the calves rest (about a thigh length): it comes from the knee.
  const seatTop = surfaceUnder(figure.near.knee, THICKNESS.shin);
  // Buttocks close to the couch front, as the brief asks.
  const couchFront = figure.hip.x + THICKNESS.thigh / 2 + 3;
  return [...floor(FLOOR), ...couch(couchFront, COUCH_DEPTH, seatTop, FLOOR), ...figure.shapes];
};
