import type { TIllustrationId } from '@/lib/payload/schema';

import { backKneeLowBackPillow } from './back-knee-low-back-pillow';
import { backKneePillow } from './back-knee-pillow';
import { childsPose } from './childs-pose';
import { floorTransfer } from './floor-transfer';
import { heatDo } from './heat-do';
import { heatDont } from './heat-dont';
import { kneeToChest } from './knee-to-chest';
import { legLiftLift } from './leg-lift-lift';
import { legLiftStart } from './leg-lift-start';
import { legsOnCouch } from './legs-on-couch';
import { cross } from './props-kit';
import type { TDrawing, TDrawOptions, TShape } from './shapes';
import { sideKneePillow } from './side-knee-pillow';
import { stomachOverPillows } from './stomach-over-pillows';
import { illustrationBox } from './view-box';

/**
 * Every illustration id has exactly one drawing: a Record over the schema's ids makes tsc reject a missing
 * or unknown one. To add a drawing: add its id to ZIllustrationIdSchema, write one data file beside this
 * one, add its line here, and look at it in `npm run gallery`.
 */
export const ILLUSTRATIONS: Record<TIllustrationId, TDrawing> = {
  'legs-on-couch': legsOnCouch,
  'stomach-over-pillows': stomachOverPillows,
  'back-knee-pillow': backKneePillow,
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

/** The shapes both renderers draw: the drawing itself, then the red cross when it shows what not to do. */
export function drawIllustration(id: TIllustrationId, options: TDrawOptions): TShape[] {
  const shapes = ILLUSTRATIONS[id](options);
  return options.isCrossedOut ? [...shapes, ...cross(illustrationBox(shapes))] : shapes;
}
