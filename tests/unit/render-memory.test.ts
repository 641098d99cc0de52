import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';

import { describe, expect, it } from 'vitest';

import { drawHandout } from '@/lib/pdf/draw';
import { ZHandoutSpecSchema } from '@/lib/spec/schema';

/*
 * Handouts drawn back to back in one process (the CLI, these tests, a server without render workers)
 * must not pile up: each react-pdf render makes a React root that held the whole document, the
 * patient's name in it, until React's scheduler got a turn of the event loop (lib/pdf/draw.ts). Without
 * that turn twelve first-visit handouts kept about 10 MB.
 */

v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

function heapAfterCollection(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

describe('drawing handouts back to back', () => {
  it('keeps none of them in memory', async () => {
    const spec = ZHandoutSpecSchema.parse({
      ...(JSON.parse(readFileSync('examples/first-visit.json', 'utf8')) as object),
      patient: { name: 'Alex Example' },
    });
    // The first drawings fill the process's caches (fonts, laid-out text, drawings).
    for (let i = 0; i < 3; i += 1) await drawHandout(spec);
    const before = heapAfterCollection();
    for (let i = 0; i < 12; i += 1) await drawHandout(spec);
    const grownMb = (heapAfterCollection() - before) / 2 ** 20;
    expect(grownMb, 'heap grown over twelve handouts, MB').toBeLessThan(3);
  }, 120_000);
});
