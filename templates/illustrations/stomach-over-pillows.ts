import { clearance, THICKNESS, type TPose } from './figure-kit';
import { solve } from './geometry';
import { poseFigure, restHead, restToes } from './pose-figure';
import { floor, pillow } from './props-kit';
import type { TDrawing } from './shapes';

const FLOOR = 100;
const BELLY_PILLOW = { width: 34, height: 13 };
const HEAD_PILLOW = { width: 24, height: 5 };
/** Where on the trunk the hump peaks: the belly between the lowest ribs and the hip bones. */
const HUMP_AT = 0.15;

/**
 * I2: face down over a big pillow that makes a low hump under the belly and hips, legs straight
 * and relaxed, head on a thin pillow (turned to the side, which a profile cannot show).
 */
export const stomachOverPillows: TDrawing = () => {
  const hump = FLOOR - BELLY_PILLOW.height;
  const pose = (trunk: number, hipY: number, hip: number): TPose => ({
    hip: { x: 90, y: hipY },
    trunk,
    belly: 'down',
    near: { hip, knee: 0, ankle: 75 },
    accent: 'lowBack',
  });
  // Hip height that lays the belly on the top pillow, for a given trunk slope.
  const hipYFor = (trunk: number) => hump - poseFigure(pose(trunk, 0, 0)).trunkAt(HUMP_AT, 'belly').y;
  // Trunk slope that brings the chest down to rest on the floor.
  const trunk = solve(
    (angle) => poseFigure(pose(angle, hipYFor(angle), 0)).trunkAt(1, 'belly').y - FLOOR,
    180,
    215,
  );
  const hipY = hipYFor(trunk);
  // Hip bend that lets the straight legs slope down until the shins rest on the floor.
  const hip = solve(
    (angle) => clearance(poseFigure(pose(trunk, hipY, angle)).near.ankle, THICKNESS.shin, FLOOR),
    0,
    40,
  );
  const figure = poseFigure(restToes(restHead(pose(trunk, hipY, hip), FLOOR - HEAD_PILLOW.height), FLOOR));
  const humpX = figure.trunkAt(HUMP_AT, 'belly').x;

  return [
    ...floor(FLOOR),
    pillow({ x: figure.head.x, y: FLOOR }, HEAD_PILLOW.width, HEAD_PILLOW.height),
    ...figure.parts.trunk,
    ...figure.parts.head,
    // The pillow is wider than the body, so its near end shows in front of the belly.
    pillow({ x: humpX, y: FLOOR }, BELLY_PILLOW.width, BELLY_PILLOW.height),
    ...figure.parts.nearLeg,
  ];
};
