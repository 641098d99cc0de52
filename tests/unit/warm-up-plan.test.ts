import { describe, expect, it } from 'vitest';

import { warmUpDelay, type WarmUpTask, warmUpTasks } from '@/lib/pdf/warm-up-plan';

/* When a render worker draws what no clinician asked for (lib/pdf/pool.ts). */

const boot: WarmUpTask = { kind: 'warm', locale: 'en', isFull: true, isAtBoot: true };
const later: WarmUpTask = { kind: 'warm', locale: 'ar', isFull: false, isAtBoot: false };
const practice: WarmUpTask = { kind: 'practice', round: 0 };
const pool = { workers: 2, maxQueue: 8 };
const quiet = { msQuiet: Infinity, quietMs: 1000 };

describe('the warm-up plan', () => {
  it('is the languages in use (the first in full), the other languages, then the practice handouts', () => {
    const tasks = warmUpTasks({
      ...pool,
      warmLocales: ['fr', 'es'],
      idleLocales: ['ar'],
      practiceRenders: 2,
    });
    expect(tasks).toEqual([
      { kind: 'warm', locale: 'fr', isFull: true, isAtBoot: true },
      { kind: 'warm', locale: 'es', isFull: false, isAtBoot: true },
      { kind: 'warm', locale: 'ar', isFull: false, isAtBoot: false },
      { kind: 'practice', round: 0 },
      { kind: 'practice', round: 1 },
    ]);
    expect(warmUpTasks({ ...pool, warmLocales: [] })).toEqual([]);
  });

  it('warms the languages in use at boot on every worker, even the last idle one', () => {
    expect(warmUpDelay(boot, { idle: 1, workers: 2, ...quiet })).toBe(0);
    expect(warmUpDelay(boot, { idle: 1, workers: 2, msQuiet: 0, quietMs: 1000 })).toBe(0);
  });

  it('after boot, never takes the last idle worker of several, so a clinician never waits for one', () => {
    expect(warmUpDelay(later, { idle: 1, workers: 2, ...quiet })).toBe(Infinity);
    expect(warmUpDelay(practice, { idle: 1, workers: 2, ...quiet })).toBe(Infinity);
    expect(warmUpDelay(later, { idle: 2, workers: 2, ...quiet })).toBe(0);
    // With one worker, whenever no render waits (the pool gives waiting renders the worker first).
    expect(warmUpDelay(later, { idle: 1, workers: 1, ...quiet })).toBe(0);
  });

  it('practises only once the server has been ready and no clinician has rendered for the quiet time', () => {
    expect(warmUpDelay(practice, { idle: 2, workers: 2, ...quiet })).toBe(0);
    expect(warmUpDelay(practice, { idle: 2, workers: 2, msQuiet: 300, quietMs: 1000 })).toBe(700);
    expect(warmUpDelay(practice, { idle: 1, workers: 1, msQuiet: 0, quietMs: 1000 })).toBe(1000);
    expect(warmUpDelay(practice, { idle: 1, workers: 1, msQuiet: 1000, quietMs: 1000 })).toBe(0);
    // A language still to warm does not wait: a clinician may need it next.
    expect(warmUpDelay(later, { idle: 2, workers: 2, msQuiet: 0, quietMs: 1000 })).toBe(0);
  });
});
