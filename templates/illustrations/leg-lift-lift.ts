import { legLiftScene } from './leg-lift-scene';
import type { TDrawing } from './shapes';

/** I6 frame B: the straight leg held 15 cm up, then lowered slowly. Never both legs. */
export const legLiftLift: TDrawing = () => legLiftScene({ isLifted: true }).shapes;
