import { backWithPillows } from './back-knee-pillow';
import type { TDrawing } from './shapes';

/** I3 with a long, round pillow (bolster) under the knees, seen end on. */
export const backKneeBolster: TDrawing = () => backWithPillows({ knees: 'bolster', hasTowelRoll: false });
