import { restOn, surfaceUnder, THICKNESS } from './figure-kit';
import { chair, couch, footstool, type TSupport } from './furniture';
import { poseFigure, restHead } from './pose-figure';
import { floor } from './props-kit';
import type { TShape } from './shapes';

const FLOOR = 104;
const SUPPORTS = { couch, chair, footstool } as const;
export type TLegSupport = keyof typeof SUPPORTS;

/**
 * I1 and its variants: on the back on the floor, thighs straight up (hip 90), calves flat on the seat of
 * whatever the text names (knee 90).
 */
export function legsUpScene(support: TLegSupport): TShape[] {
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
  const place: TSupport = {
    seatTop: surfaceUnder(figure.near.knee, THICKNESS.shin),
    // Buttocks close to the front of the seat, as the brief asks.
    front: figure.hip.x + THICKNESS.thigh / 2 + 3,
    floorY: FLOOR,
  };
  return [...floor(FLOOR), ...SUPPORTS[support](place), ...figure.shapes];
}
