import { legsUpScene } from './legs-up-scene';
import type { TDrawing } from './shapes';

/** I1 with a footstool (the "ottoman" choice): lower legs on its padded top. */
export const legsOnFootstool: TDrawing = () => legsUpScene('footstool');
