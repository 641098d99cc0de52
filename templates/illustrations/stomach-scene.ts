import { clearance, THICKNESS, type TPose } from './figure-kit';
import { solve } from './geometry';
import { poseFigure, restToes } from './pose-figure';
import { armsUnderHead } from './prone-arms';
import { floor, pillow } from './props-kit';
import type { TShape } from './shapes';

const FLOOR = 100;
const PILLOW_WIDTH = 34;
/**
 * How high the stack under the belly is for 1, 2 or 3 pillows: pillows squash under a body, so each one
 * adds less. The hump stays low, as the brief asks.
 */
const STACK_HEIGHT = { 1: 12, 2: 16, 3: 19 } as const;
export type TPillowCount = keyof typeof STACK_HEIGHT;
/** Where on the trunk the hump peaks: the belly between the lowest ribs and the hip bones. */
const HUMP_AT = 0.15;

/** `count` pillows, each a soft pillow shape, stacked on the floor; upper ones a little narrower. */
function pillowStack(x: number, count: TPillowCount): TShape[] {
  const each = STACK_HEIGHT[count] / count;
  return Array.from({ length: count }, (_, i) =>
    pillow({ x, y: FLOOR - i * each }, PILLOW_WIDTH - i * 3, each),
  );
}

/**
 * I2: face down over `count` pillows that make a low hump under the belly and hips, legs straight and
 * relaxed, the head turned to one side resting on the folded arms (no head pillow: the text says "rest it
 * on your arms").
 */
export function stomachScene(count: TPillowCount): TShape[] {
  const hump = FLOOR - STACK_HEIGHT[count];
  const pose = (trunk: number, hipY: number, hip: number): TPose => ({
    hip: { x: 96, y: hipY },
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
    -10,
    60,
  );
  const figure = poseFigure(restToes(armsUnderHead(pose(trunk, hipY, hip), FLOOR), FLOOR));
  const humpX = figure.trunkAt(HUMP_AT, 'belly').x;

  return [
    ...floor(FLOOR),
    ...figure.parts.trunk,
    // The pillows are wider than the body, so their near ends show in front of the belly.
    ...pillowStack(humpX, count),
    ...figure.parts.nearLeg,
    ...figure.parts.nearArm,
    ...figure.parts.head,
  ];
}
