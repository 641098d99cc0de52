import type { TDrawing } from './shapes';
import { stomachScene } from './stomach-scene';

/** I2 with 3 pillows. */
export const stomachOver3Pillows: TDrawing = () => stomachScene(3);
