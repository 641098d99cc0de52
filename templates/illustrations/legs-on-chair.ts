import { legsUpScene } from './legs-up-scene';
import type { TDrawing } from './shapes';

/** I1 with a chair: lower legs on the seat of a plain chair. */
export const legsOnChair: TDrawing = () => legsUpScene('chair');
