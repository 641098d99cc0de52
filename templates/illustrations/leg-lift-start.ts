import { legLiftScene } from './leg-lift-scene';
import type { TDrawing } from './shapes';

/** I6 frame A: ready to lift, the straight leg resting on the mat, the arrow showing which leg goes up. */
export const legLiftStart: TDrawing = () => legLiftScene({ isLifted: false }).shapes;
