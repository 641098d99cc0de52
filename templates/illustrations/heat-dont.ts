import { clearance, LOW_BACK, restOn, THICKNESS, type TPose } from './figure-kit';
import { solve } from './geometry';
import { poseFigure, restHead } from './pose-figure';
import { floor, heatPack, pillow } from './props-kit';
import type { TDrawing } from './shapes';

const FLOOR = 100;
const PACK_THICKNESS = 8;
const HEAD_PILLOW = { width: 28, height: 7 };

/**
 * I8 DON'T: lying on the back in bed (head on a pillow, knees bent, feet flat: a profile that can only be
 * face up) with the low back on top of the heat pack, which the body's weight presses into the skin (the
 * burn risk of brief S2). The pack lifts the low back, so it shows between the back and the bed. The red
 * cross is added by the registry when the figure is crossed out.
 */
export const heatDont: TDrawing = () => {
  const packTop = FLOOR - PACK_THICKNESS;
  const pose = (trunk: number, hip: number): TPose => ({
    // The low back rests on the pack; the shoulders slope down to the pillow.
    hip: { x: 92, y: restOn(packTop, THICKNESS.trunk) },
    trunk,
    belly: 'up',
    near: { hip, knee: 90, ankle: hip },
    far: { hip, knee: 90, ankle: hip },
    accent: 'lowBack',
  });
  const trunk = solve(
    (angle) => poseFigure(pose(angle, 45)).trunkAt(1, 'back').y - (FLOOR - HEAD_PILLOW.height / 2),
    170,
    200,
  );
  const hip = solve(
    (angle) => clearance(poseFigure(pose(trunk, angle)).near.ankle, THICKNESS.shin, FLOOR),
    5,
    85,
  );
  const figure = poseFigure(restHead(pose(trunk, hip), FLOOR - HEAD_PILLOW.height + 1));

  const packLeft = figure.trunkAt(LOW_BACK.to + 0.15, 'back').x;
  const packRight = figure.trunkAt(0, 'back').x + 6;
  return [
    ...floor(FLOOR),
    pillow({ x: figure.head.x + 2, y: FLOOR }, HEAD_PILLOW.width, HEAD_PILLOW.height),
    ...heatPack(packLeft, packTop, packRight - packLeft, PACK_THICKNESS),
    ...figure.shapes,
  ];
};
