import { legsUpScene } from './legs-up-scene';
import type { TDrawing } from './shapes';

/** I1: lower legs on a couch seat. */
export const legsOnCouch: TDrawing = () => legsUpScene('couch');
