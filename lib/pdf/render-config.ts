import { availableParallelism } from 'node:os';

import { type TLocale, ZLocaleSchema } from '@/lib/i18n/locales';

export interface RenderConfig {
  /** Render worker threads; 0 renders in the server's own thread (still bounded). */
  workers: number;
  /** Renders allowed to wait for a free worker; beyond them the API answers 503 at once. */
  maxQueue: number;
  /** Languages each worker draws once at boot. */
  warmLocales: TLocale[];
  /**
   * Each worker's old-generation heap, MB (0 or unset: V8's own limit). A worker with every language
   * warm holds about 200 MB; uncapped, V8 let each grow to two or three times that between collections
   * and the server's RSS swung between 1.2 and 1.9 GB over a soak; at 512 it stayed within about 50 MB
   * of 1.05 GB. Below MIN_WORKER_HEAP_MB a worker could not finish a large handout.
   */
  workerHeapMb?: number;
}

function count(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not "${raw}".`);
  return value;
}

function locales(raw: string | undefined): TLocale[] {
  if (raw === undefined || raw.trim() === '' || raw.trim() === 'all') return [...ZLocaleSchema.options];
  if (raw.trim() === 'none') return [];
  return raw.split(',').map((locale) => ZLocaleSchema.parse(locale.trim()));
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

/**
 * The server's rendering, from the environment:
 * HANDOUT_RENDER_WORKERS (default: the cores available), HANDOUT_RENDER_QUEUE (default: 4 per worker),
 * HANDOUT_WARM_LOCALES (comma-separated, `all` by default, or `none`), HANDOUT_WORKER_HEAP_MB (default 512).
 */
export function renderConfigFromEnv(): RenderConfig {
  const workers = count('HANDOUT_RENDER_WORKERS', availableParallelism());
  return {
    workers,
    maxQueue: count('HANDOUT_RENDER_QUEUE', 4 * Math.max(1, workers)),
    warmLocales: locales(process.env.HANDOUT_WARM_LOCALES),
    workerHeapMb: heapMb(),
  };
}
