import { clearance, restOn, THICKNESS, type TLegAngles } from './figure-kit';
import { solve } from './geometry';
import { poseFigure } from './pose-figure';

/**
 * A leg of a figure lying on its back on a surface at y, the knee bent `knee` degrees and the foot flat:
 * the hip bend is solved so the heel rests on the surface, and the ankle turns the sole level with it.
 */
export function hookLyingLeg(surfaceY: number, knee: number): TLegAngles {
  const withHip = (hip: number): TLegAngles => ({ hip, knee, ankle: hip - knee + 90 });
  const heelOnSurface = (hip: number) =>
    clearance(
      poseFigure({
        hip: { x: 0, y: restOn(surfaceY, THICKNESS.trunk) },
        trunk: 180,
        belly: 'up',
        near: withHip(hip),
      }).near.ankle,
      THICKNESS.shin,
      surfaceY,
    );
  return withHip(solve(heelOnSurface, 5, 85));
}
