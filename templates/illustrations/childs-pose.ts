import { restOn, SEGMENT, THICKNESS, type TPose } from './figure-kit';
import { solve } from './geometry';
import { inPanel } from './panels';
import { poseFigure, restHead } from './pose-figure';
import { floor, mat, MAT_THICKNESS } from './props-kit';
import { type TDrawing, VIEW_WIDTH } from './shapes';

const FLOOR = 92;
const MAT_TOP = FLOOR - MAT_THICKNESS;
/** Thigh 30 degrees above the shin: buttocks back towards the heels, as far as most backs allow. */
const KNEE_BEND = 150;
/** Trunk sloping 22 degrees down from the hips, folded over the thighs. */
const TRUNK = 202;
/** The low back rounds (bends forward) in this stretch: a negative arch is a hump, not a hollow. */
const ROUNDING = -6;
/** Middle of the folded figure, from the hands to the toes; it lands in the middle of the drawing. */
const CENTRE = 102;
const ENLARGE = 1.4;

/**
 * I7 child's pose: kneeling, shins and the tops of the feet on the mat, buttocks back towards the heels,
 * chest on the thighs, forehead on the mat, arms reaching forward along it.
 */
export const childsPose: TDrawing = () => {
  // The shin lies flat, pointing back from the knee; the thigh rises from the knee to the hip at
  // 180 - KNEE_BEND degrees, and the hip bend is the angle between that thigh and the trunk.
  const thighDir = 360 - KNEE_BEND;
  const hipBend = TRUNK + 180 - thighDir;
  const rise = SEGMENT.thigh * Math.sin(((180 - KNEE_BEND) * Math.PI) / 180);
  const pose = (shoulder: number): TPose => ({
    hip: { x: 138, y: restOn(MAT_TOP, THICKNESS.shin) - rise },
    trunk: TRUNK,
    belly: 'down',
    arch: ROUNDING,
    near: { hip: hipBend, knee: KNEE_BEND, ankle: 90 },
    nearArm: { shoulder, elbow: 0 },
    accent: 'lowBack',
  });
  // Shoulder bend that lays the straight arm on the mat, reaching forward past the head.
  const shoulder = solve(
    (angle) => {
      const hand = poseFigure(pose(angle)).nearHand;
      if (!hand) throw new Error('childs-pose: the pose has an arm');
      return restOn(MAT_TOP, THICKNESS.forearm) - hand.y;
    },
    150,
    200,
  );
  const figure = poseFigure(restHead(pose(shoulder), MAT_TOP));
  const { nearLeg, trunk, nearArm, head } = figure.parts;
  // Folded: the trunk lies over the thighs, and the head is drawn over the reaching arm.
  const scene = [mat(40, 172, FLOOR), ...nearLeg, ...trunk, ...nearArm, ...head];
  // Folded up, the figure is only half as long as one lying down: drawn at the common scale it printed
  // tiny, so it is enlarged to fill the width like the other drawings.
  return [
    ...floor(FLOOR),
    ...inPanel(scene, { from: { x: CENTRE, y: FLOOR }, to: { x: VIEW_WIDTH / 2, y: FLOOR }, scale: ENLARGE }),
  ];
};
