import type { TDrawing } from './shapes';
import { stomachScene } from './stomach-scene';

/** I2 with 2 pillows, the section's default (and the drawing beside the choice in the builder). */
export const stomachOverPillows: TDrawing = () => stomachScene(2);
