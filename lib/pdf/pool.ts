import { type ResourceLimits, Worker } from 'node:worker_threads';

import { HandoutError } from '@/lib/errors';
import { lastRequestAt } from '@/lib/http/request-activity.mjs';
import type { TLocale } from '@/lib/i18n/locales';
import type { THandoutSpec } from '@/lib/spec/schema';
import type { TOverrides } from '@/lib/translations/schema';

import { drawHandout, type RenderedHandout } from './draw';
import { shareFontFiles } from './font-files';
import { createLimiter, type Limiter } from './limiter';
import { DEFAULT_PRACTICE_QUIET_MS, type RenderConfig, workerResourceLimits } from './render-config';
import { warmUp } from './warm-up';
import { warmUpDelay, type WarmUpTask, warmUpTasks } from './warm-up-plan';
import { fromFailure, type WorkerReply, type WorkerRequest, type WorkerStart } from './worker-protocol';

export interface RenderPool {
  render(spec: THandoutSpec, signal?: AbortSignal, overrides?: TOverrides): Promise<RenderedHandout>;
  /** Resolves when every worker has drawn the warm-up handout of each language in use. */
  readonly ready: Promise<void>;
  /** Resolves when every worker has drawn its warm-up handouts. */
  readonly warm: Promise<void>;
  /** The languages every worker has drawn a warm-up handout in, in the order they were warmed. */
  warmed(): TLocale[];
  /** Practice handouts drawn so far, all workers together (warm-up.ts, `practiceSpec`). */
  practised(): number;
  /** Whether every warm-up, the practice included, is done (`warm` has resolved). */
  isWarm(): boolean;
  close(): Promise<void>;
}

interface Job {
  request: WorkerRequest;
  resolve: (reply: WorkerReply) => void;
  reject: (error: unknown) => void;
}

/*
 * Bundled by Next.js, the worker is its own chunk (Turbopack bundles `new Worker(new URL(...))`; it
 * also rewrites import.meta.url to the source path, so that cannot tell the two cases apart). Run from
 * source (tsx, vitest, the CLI) it is a .ts file: Node 20 ignores an `--import tsx` given to a worker
 * for its entry module, so a one-line script registers tsx's loader first, then imports it.
 */
function startWorker(workerData: WorkerStart, resourceLimits: ResourceLimits): Worker {
  if (process.env.NEXT_RUNTIME === undefined) {
    const entry = JSON.stringify(new URL('./render-worker.ts', import.meta.url).href);
    return new Worker(
      `import('tsx/esm/api').then(({ register }) => { register(); return import(${entry}); });`,
      { eval: true, workerData, resourceLimits },
    );
  }
  return new Worker(new URL('./render-worker.ts', import.meta.url), { workerData, resourceLimits });
}

/** One thread, one job at a time; a thread that dies fails its job and is replaced. */
class Slot {
  private worker!: Worker;
  job: Job | undefined;

  constructor(
    private readonly start: WorkerStart,
    private readonly limits: ResourceLimits,
    private readonly onIdle: () => void,
  ) {
    this.spawn();
  }

  private spawn() {
    this.worker = startWorker(this.start, this.limits);
    this.worker.on('message', (reply: WorkerReply) => this.finish((job) => job.resolve(reply)));
    this.worker.on('error', (error) => this.finish((job) => job.reject(error)));
    this.worker.on('exit', () => {
      if (this.isClosing) return;
      this.finish((job) => job.reject(new Error('The render worker stopped.')));
      this.spawn();
    });
  }

  isClosing = false;

  send(job: Job) {
    this.job = job;
    this.worker.postMessage(job.request);
  }

  private finish(settle: (job: Job) => void) {
    const { job } = this;
    this.job = undefined;
    if (job) settle(job);
    this.onIdle();
  }

  async close() {
    this.isClosing = true;
    await this.worker.terminate();
  }
}

/**
 * `workers: 0`: renders and warm-ups in the calling thread. No practice handouts: they would hold the
 * thread that also answers the clinicians' requests.
 */
function inThisThread(config: RenderConfig, limiter: Limiter): RenderPool {
  const warmed: TLocale[] = [];
  const ready = (async () => {
    for (const [index, locale] of config.warmLocales.entries()) {
      await warmUp(locale, { isFull: index === 0, brand: config.warmBrand });
      warmed.push(locale);
    }
  })();
  let isWarm = false;
  const warm = ready.then(async () => {
    for (const locale of config.idleLocales ?? []) {
      await warmUp(locale, { brand: config.warmBrand });
      warmed.push(locale);
    }
    isWarm = true;
  });
  return {
    render: (spec, signal, overrides) => limiter.run(() => drawHandout(spec, overrides), signal),
    ready,
    warm,
    warmed: () => [...warmed],
    practised: () => 0,
    isWarm: () => isWarm,
    close: () => warm,
  };
}

/**
 * Renders off the request thread in a warm pool of worker threads, bounded: at most `workers` renders
 * at once and `maxQueue` waiting (lib/pdf/limiter.ts). Warm-up renders run only while no real render
 * waits. With `workers: 0` the same bound applies to renders in the calling thread.
 */
export function createRenderPool(config: RenderConfig): RenderPool {
  const limiter = createLimiter({ concurrency: Math.max(1, config.workers), maxQueue: config.maxQueue });
  if (config.workers === 0) return inThisThread(config, limiter);
  const admitted: Job[] = [];
  const warmQueues = new Map<Slot, WarmUpTask[]>();
  const tasks = warmUpTasks(config);
  const practiceLocales = config.warmLocales.length ? config.warmLocales : (['en'] as const);
  const quietMs = config.practiceQuietMs ?? DEFAULT_PRACTICE_QUIET_MS;
  const warmedBy = new Map<TLocale, number>();
  let practised = 0;
  let bootLeft = 0;
  let warmLeft = 0;
  // Since the boot warm-up ended or a clinician's render was last asked for or came back; a request of
  // any other kind (a page, its scripts, a saved handout) is stamped by the server (request-activity.mjs).
  let quietSince = performance.now();
  let later: NodeJS.Timeout | undefined;
  let onWarm: () => void = () => {};
  let onReady: () => void = () => {};
  const warm = new Promise<void>((resolve) => {
    onWarm = resolve;
  });
  const ready = new Promise<void>((resolve) => {
    onReady = resolve;
  });

  // Real renders first; then warm-ups, to the idle worker with the most left, when warm-up-plan.ts allows.
  const queueOf = (slot: Slot) => warmQueues.get(slot) ?? [];
  const dispatch = () => {
    for (const slot of slots) {
      const job = slot.job ? undefined : admitted.shift();
      if (job) slot.send(job);
    }
    for (;;) {
      const idle = slots.filter((slot) => !slot.job);
      const slot = idle.sort((a, b) => queueOf(b).length - queueOf(a).length)[0];
      const task = slot && queueOf(slot)[0];
      if (!slot || !task) return;
      const state = { idle: idle.length, workers: slots.length, quietMs };
      const msQuiet = performance.now() - Math.max(quietSince, lastRequestAt());
      const delay = warmUpDelay(task, { ...state, msQuiet });
      if (delay === Infinity) return;
      if (delay > 0) return dispatchIn(delay);
      queueOf(slot).shift();
      slot.send(warmUpJob(task));
    }
  };
  // One timer at a time, never keeping the process alive for a warm-up.
  const dispatchIn = (ms: number) => {
    clearTimeout(later);
    later = setTimeout(dispatch, ms).unref();
  };
  const warmUpJob = (task: WarmUpTask): Job => {
    const done = (isDrawn: boolean) => {
      if (isDrawn && task.kind === 'warm') warmedBy.set(task.locale, (warmedBy.get(task.locale) ?? 0) + 1);
      if (isDrawn && task.kind === 'practice') practised += 1;
      warmLeft -= 1;
      if (task.kind === 'warm' && task.isAtBoot && --bootLeft === 0) {
        quietSince = performance.now();
        onReady();
      }
      if (warmLeft === 0) onWarm();
    };
    const request: WorkerRequest =
      task.kind === 'warm'
        ? { kind: 'warm', locale: task.locale, isFull: task.isFull }
        : { kind: 'practice', round: task.round, locales: [...practiceLocales] };
    return { request, resolve: (reply) => done(reply.ok), reject: () => done(false) };
  };

  // Every worker sees the same copy of the font files (font-files.ts).
  const start: WorkerStart = { fontFiles: shareFontFiles(), warmBrand: config.warmBrand };
  const limits = workerResourceLimits(config);
  const slots: Slot[] = Array.from(
    { length: config.workers },
    () => new Slot(start, limits, () => dispatch()),
  );
  for (const slot of slots) warmQueues.set(slot, [...tasks]);
  bootLeft = slots.length * config.warmLocales.length;
  warmLeft = slots.length * tasks.length;
  if (bootLeft === 0) onReady();
  if (warmLeft === 0) onWarm();
  dispatch();

  const runOnWorker = (spec: THandoutSpec, overrides: TOverrides = {}) =>
    new Promise<WorkerReply>((resolve, reject) => {
      quietSince = performance.now();
      const finish = () => (quietSince = performance.now());
      admitted.push({
        request: { kind: 'render', spec, overrides },
        resolve: (reply) => (finish(), resolve(reply)),
        reject: (error) => (finish(), reject(error)),
      });
      dispatch();
    }).then(
      (reply): RenderedHandout => {
        if (!reply.ok) throw fromFailure(reply.failure);
        return {
          pdf: Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength),
          code: reply.code,
          filename: reply.filename,
        };
      },
      (error: unknown) => {
        throw new HandoutError('render_failed', 'The PDF could not be drawn.', [], { cause: error });
      },
    );

  return {
    render: (spec, signal, overrides) => limiter.run(() => runOnWorker(spec, overrides), signal),
    ready,
    warm,
    warmed: () => [...warmedBy].filter(([, workers]) => workers === slots.length).map(([locale]) => locale),
    practised: () => practised,
    isWarm: () => warmLeft === 0,
    close: async () => {
      clearTimeout(later);
      await Promise.all(slots.map((slot) => slot.close()));
    },
  };
}
