import type { TLocale } from '@/lib/i18n/locales';

import type { RenderConfig } from './render-config';

/** One warm-up handout a render worker draws (pool.ts; what each draws: warm-up.ts). */
export type WarmUpTask =
  { kind: 'warm'; locale: TLocale; isFull: boolean; isAtBoot: boolean } | { kind: 'practice'; round: number };

/**
 * What each worker draws besides real handouts, in order: the languages in use before the server
 * answers (the first in full), then the other languages to warm, then the practice handouts.
 */
export function warmUpTasks(config: RenderConfig): WarmUpTask[] {
  return [
    ...config.warmLocales.map((locale, index) => ({
      kind: 'warm' as const,
      locale,
      isFull: index === 0,
      isAtBoot: true,
    })),
    ...(config.idleLocales ?? []).map((locale) => ({
      kind: 'warm' as const,
      locale,
      isFull: false,
      isAtBoot: false,
    })),
    ...Array.from({ length: config.practiceRenders ?? 0 }, (_, round) => ({
      kind: 'practice' as const,
      round,
    })),
  ];
}

export interface PoolState {
  /** Workers drawing nothing now. */
  idle: number;
  workers: number;
  /** Since the server became ready, a clinician's render was asked for or came back, or any request came. */
  msQuiet: number;
  /** How long practice waits after someone used the app (RenderConfig.practiceQuietMs). */
  quietMs: number;
}

/**
 * When a warm-up may go to an idle worker, with no clinician's render waiting: 0 now, a number of ms
 * later, or never in this state (Infinity: the next change of state asks again).
 * - At boot, at once: the server answers no one before the languages in use are warm.
 * - After that never on the last idle worker: a render cannot be interrupted, and a clinician who
 *   came while every worker drew a warm-up waited for one to finish (the first handout after start took
 *   2 to 4 times a naive render for that reason). With one worker that rule would stop every warm-up, so
 *   there they run whenever no render waits.
 * - Practice also waits until the server has been ready and no one has used the app for `quietMs` (a
 *   render, or any request but the probes: lib/http/request-activity.mjs): it is there to make their
 *   renders faster, not to share the cores with them while they work (with practice from the moment of
 *   ready, the first handout after a start took about 330 ms, not 260; a builder opened while workers
 *   practised showed its first preview after 5.1 s, not 3.5 s, when only renders paused it).
 */
export function warmUpDelay(task: WarmUpTask, state: PoolState): number {
  if (task.kind === 'warm' && task.isAtBoot) return 0;
  if (state.workers > 1 && state.idle <= 1) return Infinity;
  if (task.kind === 'practice') return Math.max(0, state.quietMs - state.msQuiet);
  return 0;
}
