import { clearance, LOW_BACK, restOn, THICKNESS, type TPose } from './figure-kit';
import { solve } from './geometry';
import { poseFigure, restHead, restToes } from './pose-figure';
import { floor, heatPack, heatWaves, pillow, towel } from './props-kit';
import type { TDrawing } from './shapes';

const FLOOR = 100;
const HEAD_PILLOW = { width: 24, height: 5 };
const TOWEL_THICKNESS = 5;
const PACK_THICKNESS = 8;

/**
 * I8 DO: lying on the stomach with the heat pack on top of the low back and a towel layer between pack
 * and skin; the body's weight never presses on the pack.
 */
export const heatDo: TDrawing = () => {
  const pose = (hip: number): TPose => ({
    hip: { x: 90, y: restOn(FLOOR, THICKNESS.trunk) },
    trunk: 180,
    belly: 'down',
    near: { hip, knee: 0, ankle: 75 },
    accent: 'lowBack',
  });
  const hip = solve((angle) => clearance(poseFigure(pose(angle)).near.ankle, THICKNESS.shin, FLOOR), -10, 20);
  const figure = poseFigure(restToes(restHead(pose(hip), FLOOR - HEAD_PILLOW.height), FLOOR));

  // The trunk is level, so the back over the low back is one straight line to stack the layers on.
  const start = figure.trunkAt(LOW_BACK.to + 0.15, 'back');
  const end = figure.trunkAt(LOW_BACK.from - 0.1, 'back');
  const towelTop = start.y - TOWEL_THICKNESS;
  const packTop = towelTop - PACK_THICKNESS + 0.5;
  const packLeft = start.x + 3;
  const packWidth = end.x - start.x - 6;
  return [
    ...floor(FLOOR),
    pillow({ x: figure.head.x, y: FLOOR }, HEAD_PILLOW.width, HEAD_PILLOW.height),
    ...figure.shapes,
    ...towel(start.x, towelTop, end.x - start.x, TOWEL_THICKNESS + 1),
    ...heatPack(packLeft, packTop, packWidth, PACK_THICKNESS),
    ...heatWaves({ x: packLeft + packWidth / 2, y: packTop - 3 }, 3, 7),
  ];
};
