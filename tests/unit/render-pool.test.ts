import { afterAll, describe, expect, it } from 'vitest';

import { HandoutError } from '@/lib/errors';
import { noteRequest } from '@/lib/http/request-activity.mjs';
import { blockLayoutCacheStats } from '@/lib/pdf/layout-caches';
import { createLimiter } from '@/lib/pdf/limiter';
import { createRenderPool } from '@/lib/pdf/pool';
import { parseSpec } from '@/lib/pdf/render';
import { type TBrand, ZBrandSchema } from '@/lib/spec/brand';

import { pdfText } from '../helpers/pdf';
import { loadSpec } from '../helpers/specs';

function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

const codeOf = (result: PromiseSettledResult<unknown>) =>
  result.status === 'fulfilled' ? 'ok' : result.reason instanceof HandoutError ? result.reason.code : 'other';

describe('the render limiter', () => {
  it('runs at most `concurrency` tasks, queues `maxQueue`, and refuses the rest at once', async () => {
    const limiter = createLimiter({ concurrency: 2, maxQueue: 3 });
    const gate = deferred();
    let running = 0;
    let peak = 0;
    const task = async () => {
      running += 1;
      peak = Math.max(peak, running);
      await gate.promise;
      running -= 1;
    };
    const all = Array.from({ length: 8 }, () => limiter.run(task));
    // The three refused ones settle before any task has finished.
    const early = await Promise.allSettled(all.slice(5));
    expect(early.map(codeOf)).toEqual(['overloaded', 'overloaded', 'overloaded']);
    expect([limiter.running, limiter.waiting]).toEqual([2, 3]);
    gate.resolve();
    expect((await Promise.allSettled(all.slice(0, 5))).map(codeOf)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(peak).toBe(2);
    expect([limiter.running, limiter.waiting]).toEqual([0, 0]);
  });

  it('drops a waiting task whose caller gave up, without running it', async () => {
    const limiter = createLimiter({ concurrency: 1, maxQueue: 1 });
    const gate = deferred();
    const first = limiter.run(() => gate.promise);
    const controller = new AbortController();
    let hasRun = false;
    const second = limiter.run(async () => {
      hasRun = true;
    }, controller.signal);
    controller.abort();
    await expect(second).rejects.toThrow();
    expect(limiter.waiting).toBe(0);
    gate.resolve();
    await first;
    expect(hasRun).toBe(false);
  });
});

describe('the render pool (one worker thread)', () => {
  const pool = createRenderPool({
    workers: 1,
    maxQueue: 1,
    warmLocales: ['en', 'es'],
    idleLocales: ['ar'],
    practiceRenders: 2,
  });
  afterAll(() => pool.close());
  const spec = parseSpec(loadSpec('examples/first-visit.json'));

  it('is ready once the languages in use are warm; the others warm after, then it practises', async () => {
    await pool.ready;
    // Nothing ran between the last warm-up at boot and this line: the idle one has not finished yet.
    expect(pool.warmed()).toEqual(['en', 'es']);
    expect(pool.practised()).toBe(0);
    await pool.warm;
    expect(pool.warmed()).toEqual(['en', 'es', 'ar']);
    expect(pool.practised()).toBe(2);
  }, 120_000);

  it('draws the same handout as the pipeline, off the calling thread', async () => {
    const { pdf, code, filename } = await pool.render(spec);
    expect(filename).toBe(`back-spasm-handout-${code}.pdf`);
    expect((await pdfText(pdf)).text).toContain('Keep the heat on for 15 minutes, 3 times a day.');
  }, 120_000);

  it('answers `overloaded` beyond its one running and one waiting render', async () => {
    const results = await Promise.allSettled([pool.render(spec), pool.render(spec), pool.render(spec)]);
    expect(results.map(codeOf)).toEqual(['ok', 'ok', 'overloaded']);
  }, 120_000);

  it('brings a typed error back from the worker', async () => {
    const unprintable = parseSpec({ ...loadSpec('examples/first-visit.json'), note: 'Hello \u13a0\u13a1' });
    await expect(pool.render(unprintable)).rejects.toMatchObject({ code: 'invalid_spec' });
  }, 120_000);
});

describe('practice in a render pool while someone uses the app', () => {
  it('waits while requests come, then practises', async () => {
    const pool = createRenderPool({
      workers: 1,
      maxQueue: 1,
      warmLocales: ['en'],
      practiceRenders: 1,
      practiceQuietMs: 300,
    });
    try {
      await pool.ready;
      // A page's requests, 100 ms apart for 1.5 s (what scripts/serve.mjs stamps): no render among them.
      for (let i = 0; i < 15; i += 1) {
        noteRequest('/');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(pool.practised()).toBe(0);
      await pool.warm;
      expect(pool.practised()).toBe(1);
    } finally {
      await pool.close();
    }
  }, 120_000);
});

describe('a render pool warmed in the clinic’s own brand (in this thread)', () => {
  const clinic = ZBrandSchema.parse({ name: 'Warm Bay Physio', phone: '555-0142', accentColor: '#6b3f8c' });
  const other = ZBrandSchema.parse({ name: 'Cold Hill Physio', phone: '555-0143', accentColor: '#3f6b1f' });
  const handoutOf = (brand: TBrand) => parseSpec({ ...loadSpec('examples/first-visit.json'), brand });
  const pool = createRenderPool({ workers: 0, maxQueue: 1, warmLocales: ['en'], warmBrand: clinic });
  afterAll(() => pool.close());

  it('finds the clinic’s blocks laid out for its first handout; another clinic’s are laid out anew', async () => {
    await pool.ready;
    const stats = blockLayoutCacheStats();
    if (!stats) throw new Error('The block layout cache is off.');
    const hitsFor = async (brand: TBrand) => {
      const before = stats.hits;
      const { pdf } = await pool.render(handoutOf(brand));
      expect((await pdfText(pdf)).text).toContain(brand.name);
      return stats.hits - before;
    };
    const [ownHits, otherHits] = [await hitsFor(clinic), await hitsFor(other)];
    // The example's own parameters differ from the starting points' in some sections: 5 and 0 here.
    expect(ownHits).toBeGreaterThanOrEqual(otherHits + 4);
  }, 120_000);
});
