import {
  clearance,
  restOn,
  type TFigure,
  THICKNESS,
  type TLegAngles,
  type TLegJoints,
  type TPose,
} from './figure-kit';
import { solve } from './geometry';
import { poseFigure, restHead } from './pose-figure';
import { arrow, floor, mat, MAT_THICKNESS } from './props-kit';
import type { TPoint, TShape } from './shapes';

const FLOOR = 100;
/** Where the body rests: the top of the exercise mat. */
export const MAT_TOP = FLOOR - MAT_THICKNESS;
/** The brief's lift: the heel about 15 cm (6 in) off the mat. */
export const LIFT_HEIGHT = 15;

/** The visible gap between the bottom of the heel and the mat (slightly negative when resting on it). */
export function heelGap(ankle: TPoint): number {
  return MAT_TOP - (ankle.y + THICKNESS.shin / 2);
}

/**
 * The bent leg is the near one: its flat foot would hide behind a near straight leg. The straight leg,
 * the one that lifts, is the far leg in the accent colour.
 */
function pose(bent: TLegAngles, straight: TLegAngles): TPose {
  const hip = { x: 86, y: restOn(MAT_TOP, THICKNESS.trunk) };
  return { hip, trunk: 180, belly: 'up', near: bent, far: straight, accent: 'farLeg' };
}

/** Knee at 90 degrees, the hip bend solved so the foot stands flat on the mat. */
function bentLeg(): TLegAngles {
  // An ankle angle equal to the hip bend turns the foot level with the mat.
  const withHip = (hip: number): TLegAngles => ({ hip, knee: 90, ankle: hip });
  const heelOnMat = (angle: number) =>
    clearance(poseFigure(pose(withHip(angle), withHip(angle))).near.ankle, THICKNESS.shin, MAT_TOP);
  return withHip(solve(heelOnMat, 20, 70));
}

function farLeg(figure: TFigure): TLegJoints {
  if (!figure.far) throw new Error('leg lift: the pose has two legs');
  return figure.far;
}

export interface TLegLiftScene {
  figure: TFigure;
  lifting: TLegJoints;
  bent: TLegJoints;
  shapes: TShape[];
}

/**
 * I6: one leg straight with the toes up (accent colour), the other bent with the foot flat. In the lift
 * frame the straight leg's hip bend is solved so the heel is LIFT_HEIGHT off the mat; never both legs.
 */
export function legLiftScene({ isLifted }: { isLifted: boolean }): TLegLiftScene {
  const bent = bentLeg();
  const straight = (hip: number): TLegAngles => ({ hip, knee: 0, ankle: 0 });
  const lifting = (angle: number) => farLeg(poseFigure(pose(bent, straight(angle)))).ankle;
  const hip = isLifted
    ? solve((angle) => heelGap(lifting(angle)) - LIFT_HEIGHT, 0, 30)
    : solve((angle) => clearance(lifting(angle), THICKNESS.shin, MAT_TOP), -10, 30);
  const figure = poseFigure(restHead(pose(bent, straight(hip)), MAT_TOP));

  const ankle = farLeg(figure).ankle;
  const heelBottom = ankle.y + THICKNESS.shin / 2;
  // "Tighten your belly": a short arrow pressing down on the belly.
  const belly = figure.trunkAt(0.6, 'belly');
  const tightenBelly = arrow({ x: belly.x, y: belly.y - 15 }, { x: belly.x, y: belly.y - 3 }, 4.5);
  const up = arrow({ x: ankle.x - 14, y: ankle.y - 9 }, { x: ankle.x - 14, y: ankle.y - 27 });
  // Frame B: held up, then lowered slowly (the down arrow beside the foot, ending at the mat).
  const down = arrow({ x: ankle.x + 17, y: ankle.y - 18 }, { x: ankle.x + 17, y: MAT_TOP - 3 });
  // A dimension mark from the mat to the heel: how high "about 15 cm" is.
  const heightMarker: TShape[] = [
    { kind: 'line', role: 'guide', from: { x: ankle.x, y: MAT_TOP }, to: { x: ankle.x, y: heelBottom + 1 } },
    { kind: 'line', role: 'guide', from: { x: ankle.x - 5, y: MAT_TOP }, to: { x: ankle.x + 5, y: MAT_TOP } },
  ];

  return {
    figure,
    lifting: farLeg(figure),
    bent: figure.near,
    shapes: [
      ...floor(FLOOR),
      mat(4, 196, FLOOR),
      ...(isLifted ? heightMarker : []),
      ...figure.shapes,
      ...tightenBelly,
      ...up,
      ...(isLifted ? down : []),
    ],
  };
}
