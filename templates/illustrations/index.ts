import type { TIllustrationId } from '@/lib/payload/schema';

import { backKnee2Pillows } from './back-knee-2-pillows';
import { backKneeBolster } from './back-knee-bolster';
import { backKneeLowBackPillow } from './back-knee-low-back-pillow';
import { backKneePillow } from './back-knee-pillow';
import { childsPose } from './childs-pose';
import { floorTransfer } from './floor-transfer';
import { heatDo } from './heat-do';
import { heatDont } from './heat-dont';
import { kneeToChest } from './knee-to-chest';
import { legLiftLift } from './leg-lift-lift';
import { legLiftStart } from './leg-lift-start';
import { legsOnChair } from './legs-on-chair';
import { legsOnCouch } from './legs-on-couch';
import { legsOnFootstool } from './legs-on-footstool';
import { cross } from './props-kit';
import type { TDrawing, TDrawOptions, TShape } from './shapes';
import { sideKneePillow } from './side-knee-pillow';
import { stomachOver1Pillow } from './stomach-over-1-pillow';
import { stomachOver3Pillows } from './stomach-over-3-pillows';
import { stomachOverPillows } from './stomach-over-pillows';
import { illustrationBox } from './view-box';

/**
 * Every illustration id has exactly one drawing: a Record over the schema's ids makes tsc reject a missing
 * or unknown one. A drawing that follows a section parameter (a pillow count, what the legs rest on) is
 * one id per value, chosen in variants.ts, because a figure block carries only an id. To add a drawing: add its id to ZIllustrationIdSchema, write one data file beside this
 * one, add its line here, and look at it in `npm run gallery`.
 */
export const ILLUSTRATIONS: Record<TIllustrationId, TDrawing> = {
  'legs-on-couch': legsOnCouch,
  'legs-on-chair': legsOnChair,
  'legs-on-footstool': legsOnFootstool,
  'stomach-over-pillows': stomachOverPillows,
  'stomach-over-1-pillow': stomachOver1Pillow,
  'stomach-over-3-pillows': stomachOver3Pillows,
  'back-knee-pillow': backKneePillow,
  'back-knee-2-pillows': backKnee2Pillows,
  'back-knee-bolster': backKneeBolster,
  'side-knee-pillow': sideKneePillow,
  'back-knee-low-back-pillow': backKneeLowBackPillow,
  'leg-lift-start': legLiftStart,
  'leg-lift-lift': legLiftLift,
  'childs-pose': childsPose,
  'knee-to-chest': kneeToChest,
  'floor-transfer': floorTransfer,
  'heat-do': heatDo,
  'heat-dont': heatDont,
};

/*
 * A drawing is a pure function of its id and options, and computing one took several milliseconds (the
 * figure geometry), for every figure of every render: each is computed once per process. At most two
 * per id, so the memo is bounded; callers only read the shapes.
 */
const drawn = new Map<string, readonly TShape[]>();

/** The shapes both renderers draw: the drawing itself, then the red cross when it shows what not to do. */
export function drawIllustration(id: TIllustrationId, options: TDrawOptions): readonly TShape[] {
  const key = `${id}:${String(options.isCrossedOut)}`;
  let shapes = drawn.get(key);
  if (!shapes) {
    const drawing = ILLUSTRATIONS[id](options);
    shapes = options.isCrossedOut ? [...drawing, ...cross(illustrationBox(drawing))] : drawing;
    drawn.set(key, shapes);
  }
  return shapes;
}
