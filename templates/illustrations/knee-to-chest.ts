import { restOn, THICKNESS, type TPose } from './figure-kit';
import { add, dir, lerp, step } from './geometry';
import { hookLyingLeg } from './hook-lying';
import { poseFigure, reach, restHead } from './pose-figure';
import { arrow, floor, mat, MAT_THICKNESS } from './props-kit';
import type { TDrawing, TShape } from './shapes';

const FLOOR = 100;
const MAT_TOP = FLOOR - MAT_THICKNESS;
/** The pulled thigh leans 30 degrees past upright, towards the chest: a gentle stretch, not a full hug. */
const PULLED_HIP = 120;
/** The pulled shin rises a little, so it stays clear of the other knee (a foot on it is another stretch). */
const PULLED_KNEE = 105;
/** The other knee bends less than 90, so its knee stays clear of the pulled shin. */
const OTHER_KNEE = 70;
/** Where the hands hold the thigh: just behind the knee, as a share of the hip-to-knee line. */
const GRIP = 0.82;

/**
 * Single knee to chest (a therapist's stretch, brief 1.6 [ED]): on the back on a mat, the other knee bent
 * with its foot flat, both hands behind the near thigh just below the knee drawing it gently towards the
 * chest. The far arm is hidden behind the near one, as in any side view of both hands on one thigh.
 */
export const kneeToChest: TDrawing = () => {
  const base: TPose = {
    hip: { x: 100, y: restOn(MAT_TOP, THICKNESS.trunk) },
    trunk: 180,
    belly: 'up',
    near: { hip: PULLED_HIP, knee: PULLED_KNEE, ankle: 40 },
    far: hookLyingLeg(MAT_TOP, OTHER_KNEE),
    accent: 'lowBack',
  };
  const rested = restHead(base, MAT_TOP);
  const { hip, near } = poseFigure(rested);
  const thighDir = (Math.atan2(hip.y - near.knee.y, near.knee.x - hip.x) * 180) / Math.PI;
  // The back of the thigh faces away from the chest: the hands wrap round to it.
  const grip = add(lerp(hip, near.knee, GRIP), dir(thighDir - 90), 3);
  const figure = poseFigure({ ...rested, nearArm: reach(rested, grip, 1) });

  // "Gently toward your chest": an arrow beside the knee along the way the knee moves.
  const knee = figure.near.knee;
  const start = add(step(knee, thighDir, 11), dir(thighDir - 90), 4);
  const pull: TShape[] = arrow(start, step(start, thighDir + 90, 14), 4.5);
  return [...floor(FLOOR), mat(4, 196, FLOOR), ...figure.shapes, ...pull];
};
