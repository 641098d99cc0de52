import type { TPoint } from './shapes';

/**
 * Angles are in degrees, counter-clockwise from "pointing right", as on paper (page y grows downwards).
 * Working in the reader's sense of up keeps the pose tables readable: 90 is up, 180 is left.
 */
export function dir(degrees: number): TPoint {
  const radians = (degrees * Math.PI) / 180;
  return { x: Math.cos(radians), y: -Math.sin(radians) };
}

export function step(from: TPoint, degrees: number, length: number): TPoint {
  const d = dir(degrees);
  return { x: from.x + d.x * length, y: from.y + d.y * length };
}

export function lerp(a: TPoint, b: TPoint, t: number): TPoint {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

export function add(a: TPoint, b: TPoint, scale = 1): TPoint {
  return { x: a.x + b.x * scale, y: a.y + b.y * scale };
}

/**
 * Finds the x in [lo, hi] where f(x) = 0 by bisection. Poses use it to let a constraint (a heel on the
 * floor, a heel 15 cm up) decide one joint angle instead of a hand-tuned number that drifts when the
 * proportions change. f must change sign over the interval.
 */
export function solve(f: (x: number) => number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  const signA = Math.sign(f(a));
  if (signA === Math.sign(f(b))) throw new Error(`solve: no sign change in [${lo}, ${hi}]`);
  for (let i = 0; i < 50; i += 1) {
    const mid = (a + b) / 2;
    if (Math.sign(f(mid)) === signA) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}
