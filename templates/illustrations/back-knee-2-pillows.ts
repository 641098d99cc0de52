import { backWithPillows } from './back-knee-pillow';
import type { TDrawing } from './shapes';

/** I3 with 2 pillows under the knees, stacked, bending the knees a little more. */
export const backKnee2Pillows: TDrawing = () =>
  backWithPillows({ knees: 'two-pillows', hasTowelRoll: false });
