import { backWithPillows } from './back-knee-pillow';
import type { TDrawing } from './shapes';

/** I5: I3 plus a small rolled towel filling the hollow of the low back. */
export const backKneeLowBackPillow: TDrawing = () =>
  backWithPillows({ knees: 'one-pillow', hasTowelRoll: true });
