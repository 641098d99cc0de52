import { availableParallelism } from 'node:os';
import type { ResourceLimits } from 'node:worker_threads';

import { type TLocale, ZLocaleSchema } from '@/lib/i18n/locales';
import type { TBrand } from '@/lib/spec/brand';

export interface RenderConfig {
  /** Render worker threads; 0 renders in the server's own thread (still bounded). */
  workers: number;
  /** Renders allowed to wait for a free worker; beyond them the API answers 503 at once. */
  maxQueue: number;
  /** Languages each worker draws once at boot, before the server answers (the first one in full). */
  warmLocales: TLocale[];
  /** Languages each worker draws afterwards, while a worker is left free for real renders. */
  idleLocales?: TLocale[];
  /**
   * Each worker's old-generation heap, MB (0 or unset: V8's own limit). A worker with every language
   * warm holds about 200 MB; uncapped, V8 let each grow to two or three times that between collections
   * and the server's RSS swung between 1.2 and 1.9 GB over a soak; at 512 it stayed within about 50 MB
   * of 1.05 GB. Below MIN_WORKER_HEAP_MB a worker could not finish a large handout.
   */
  workerHeapMb?: number;
  /**
   * Each worker's young generation, MB (0 or unset: V8's own, 48 MB here). A render allocates a great
   * deal that lives only while it runs, and what the caches keep survives each scavenge to be copied
   * again: in one process, first-visit spent 2.0 ms a render in scavenges and everything 8-9 ms; with
   * four times V8's size, 0.7 and 4-5 ms. Up to 144 MB more memory a worker (the server's RSS
   * grew by about 200 MB with two).
   */
  workerYoungMb?: number;
  /**
   * Practice handouts each worker draws after its warm-up, while no one uses the app
   * (warm-up.ts, `practiceSpec`): V8 compiles the pipeline's hot code only after it has run often, and
   * the practice gets it there before the clinic's first patients. 0 or unset: none.
   */
  practiceRenders?: number;
  /** How long practice waits after a render or a request (default DEFAULT_PRACTICE_QUIET_MS). */
  practiceQuietMs?: number;
  /**
   * The clinic's own brand (its default profile, read from the store at boot), which the warm-up and
   * practice handouts print (warm-up.ts): its blocks are in the cache before its first handout.
   */
  warmBrand?: TBrand;
}

/**
 * Practice pauses this long after a render or a request: a clinician edits in bursts, and a page's load
 * has gaps of over a second while its scripts run on a busy machine.
 */
export const DEFAULT_PRACTICE_QUIET_MS = 2000;

/*
 * About 100 practice handouts a worker: in a trial, first-visit then took 48 ms of CPU (75 before; 44
 * after 200). Each is about 85 ms of one core, so two workers practise for about 17 s after a start.
 */
const DEFAULT_PRACTICE_RENDERS = 100;

function count(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not "${raw}".`);
  return value;
}

/*
 * Which languages warm up. By default the languages in use: English (the builder's own default) and the
 * languages of the clinic's saved handouts, all before the server answers. Warming all twenty in the
 * background kept a core busy for about 30 s after every start, and every handout in that window took two
 * to four times its time (issue 10); `all` still does that, after the languages in use.
 */
function warming(
  raw: string | undefined,
  inUse: readonly TLocale[],
): Pick<RenderConfig, 'warmLocales' | 'idleLocales'> {
  const setting = raw?.trim() || 'in-use';
  if (setting === 'none') return { warmLocales: [], idleLocales: [] };
  const used = [...new Set<TLocale>(['en', ...inUse])];
  if (setting === 'in-use') return { warmLocales: used, idleLocales: [] };
  if (setting === 'all')
    return {
      warmLocales: used,
      idleLocales: ZLocaleSchema.options.filter((locale) => !used.includes(locale)),
    };
  const named = setting.split(',').map((locale) => locale.trim());
  const unknown = named.filter((locale) => !ZLocaleSchema.safeParse(locale).success);
  if (unknown.length)
    throw new Error(
      `HANDOUT_WARM_LOCALES takes in-use, all, none or handout languages (${ZLocaleSchema.options.join(', ')}), not "${unknown.join(', ')}".`,
    );
  return { warmLocales: [...new Set(named as TLocale[])], idleLocales: [] };
}

export const MIN_WORKER_HEAP_MB = 256;

function heapMb(): number {
  const value = count('HANDOUT_WORKER_HEAP_MB', 512);
  if (value !== 0 && value < MIN_WORKER_HEAP_MB)
    throw new Error(
      `HANDOUT_WORKER_HEAP_MB must be 0 (no cap) or at least ${MIN_WORKER_HEAP_MB}, not ${value}.`,
    );
  return value;
}

/** What each worker thread is started with: V8's own size for a generation left at 0 or unset. */
export function workerResourceLimits({ workerHeapMb, workerYoungMb }: RenderConfig): ResourceLimits {
  return {
    ...(workerHeapMb ? { maxOldGenerationSizeMb: workerHeapMb } : {}),
    ...(workerYoungMb ? { maxYoungGenerationSizeMb: workerYoungMb } : {}),
  };
}

/** Four times V8's default young generation (16 MB semi-spaces, three of them): see `workerYoungMb`. */
const DEFAULT_WORKER_YOUNG_MB = 192;

/**
 * The server's rendering, from the environment and the languages the clinic uses (its saved handouts):
 * HANDOUT_RENDER_WORKERS (default: the cores available), HANDOUT_RENDER_QUEUE (default: 4 per worker),
 * HANDOUT_WARM_LOCALES (`in-use` by default, `all`, `none`, or comma-separated languages),
 * HANDOUT_WORKER_HEAP_MB (default 512), HANDOUT_WORKER_YOUNG_MB (default 192), HANDOUT_PRACTICE_RENDERS
 * (default 100 a worker).
 */
export function renderConfigFromEnv(inUse: readonly TLocale[] = []): RenderConfig {
  const workers = count('HANDOUT_RENDER_WORKERS', availableParallelism());
  return {
    workers,
    maxQueue: count('HANDOUT_RENDER_QUEUE', 4 * Math.max(1, workers)),
    ...warming(process.env.HANDOUT_WARM_LOCALES, inUse),
    workerHeapMb: heapMb(),
    workerYoungMb: count('HANDOUT_WORKER_YOUNG_MB', DEFAULT_WORKER_YOUNG_MB),
    practiceRenders: count('HANDOUT_PRACTICE_RENDERS', DEFAULT_PRACTICE_RENDERS),
  };
}
