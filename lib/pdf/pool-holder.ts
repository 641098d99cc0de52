import type { RenderPool } from './pool';

// On globalThis, not in a module variable: Next.js loads instrumentation.ts and the route handlers as
// separate bundles, each with its own copy of a module. A module of its own, so that the readiness probe
// can ask about the pool without loading the renderer.
const POOL = Symbol.for('clinic-handouts.render-pool');
const holder = globalThis as { [POOL]?: RenderPool };

export function heldPool(): RenderPool | undefined {
  return holder[POOL];
}

export function holdPool(start: () => RenderPool): RenderPool {
  holder[POOL] ??= start();
  return holder[POOL];
}

/** Forgets the held pool without closing it (the tests that hold one of their own). */
export function releasePool(): void {
  holder[POOL] = undefined;
}

/** The render pool's warm-up, for the readiness probe: none when renders run in the calling thread. */
export function renderPoolWarmth(): 'warming' | 'warm' | undefined {
  const pool = heldPool();
  if (!pool) return undefined;
  return pool.isWarm() ? 'warm' : 'warming';
}
