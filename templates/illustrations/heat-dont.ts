import { clearance, LOW_BACK, restOn, THICKNESS, type TPose } from './figure-kit';
import { solve } from './geometry';
import { poseFigure, restHead } from './pose-figure';
import { floor, heatPack, heatWaves } from './props-kit';
import type { TDrawing } from './shapes';

const FLOOR = 100;
const PACK_THICKNESS = 7;

/**
 * I8 DON'T: lying on the back on top of the heat pack, which the body's weight presses into the skin
 * (the burn risk of brief S2). The red cross is added by the registry when the figure is crossed out.
 */
export const heatDont: TDrawing = () => {
  const packTop = FLOOR - PACK_THICKNESS;
  const pose = (trunk: number, hip: number): TPose => ({
    // The low back and buttocks rest on the pack; the shoulders slope down to the floor.
    hip: { x: 92, y: restOn(packTop, THICKNESS.trunk) },
    trunk,
    belly: 'up',
    near: { hip, knee: 0, ankle: 0 },
    accent: 'lowBack',
  });
  const trunk = solve((angle) => poseFigure(pose(angle, 0)).trunkAt(1, 'back').y - FLOOR, 170, 200);
  const hip = solve(
    (angle) => clearance(poseFigure(pose(trunk, angle)).near.ankle, THICKNESS.shin, FLOOR),
    -20,
    20,
  );
  const figure = poseFigure(restHead(pose(trunk, hip), FLOOR));

  const packLeft = figure.trunkAt(LOW_BACK.to + 0.05, 'back').x;
  const packRight = figure.hip.x + 8;
  return [
    ...floor(FLOOR),
    ...heatPack(packLeft, packTop, packRight - packLeft, PACK_THICKNESS),
    ...figure.shapes,
    // Heat rising into the back: pressed under the body's weight, it has nowhere else to go.
    ...heatWaves({ x: (packLeft + packRight) / 2, y: packTop - 1 }, 3, 6),
  ];
};
