import { clearance, LOW_BACK, restOn, THICKNESS, type TPose } from './figure-kit';
import { solve } from './geometry';
import { poseFigure, restToes } from './pose-figure';
import { armsUnderHead } from './prone-arms';
import { floor, heatPack, heatWaves, towel } from './props-kit';
import type { TDrawing } from './shapes';

const FLOOR = 100;
const TOWEL_THICKNESS = 4;
const PACK_THICKNESS = 7;
/** The towel is a little longer than the pack, so it shows at both ends: the layer between pack and skin. */
const TOWEL_OVERHANG = 3;

/**
 * I8 DO: lying on the stomach, head on the folded arms and feet pointed (what makes a profile read as face
 * down), the heat pack on top of the low back with a towel layer between pack and skin. The pack spans the
 * low back (the accent band), from above the hip bones up towards the lowest ribs, not the buttocks.
 */
export const heatDo: TDrawing = () => {
  const pose = (hip: number): TPose => ({
    hip: { x: 96, y: restOn(FLOOR, THICKNESS.trunk) },
    trunk: 180,
    belly: 'down',
    near: { hip, knee: 0, ankle: 75 },
    accent: 'lowBack',
  });
  const hip = solve((angle) => clearance(poseFigure(pose(angle)).near.ankle, THICKNESS.shin, FLOOR), -10, 20);
  const figure = poseFigure(restToes(armsUnderHead(pose(hip), FLOOR), FLOOR));

  // The trunk is level, so the back over the low back is one straight line to stack the layers on.
  const packStart = figure.trunkAt(LOW_BACK.to, 'back');
  const packEnd = figure.trunkAt(LOW_BACK.from, 'back');
  const towelTop = packStart.y - TOWEL_THICKNESS;
  const packTop = towelTop - PACK_THICKNESS + 0.5;
  const packWidth = packEnd.x - packStart.x;
  return [
    ...floor(FLOOR),
    ...figure.shapes,
    ...towel(packStart.x - TOWEL_OVERHANG, towelTop, packWidth + 2 * TOWEL_OVERHANG, TOWEL_THICKNESS + 1),
    ...heatPack(packStart.x, packTop, packWidth, PACK_THICKNESS),
    ...heatWaves({ x: packStart.x + packWidth / 2, y: packTop - 3 }, 3, 5),
  ];
};
