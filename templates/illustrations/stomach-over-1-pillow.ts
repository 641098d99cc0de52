import type { TDrawing } from './shapes';
import { stomachScene } from './stomach-scene';

/** I2 with 1 pillow. */
export const stomachOver1Pillow: TDrawing = () => stomachScene(1);
