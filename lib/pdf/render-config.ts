import { availableParallelism } from 'node:os';

import { type TLocale, ZLocaleSchema } from '@/lib/i18n/locales';

export interface RenderConfig {
  /** Render worker threads; 0 renders in the server's own thread (still bounded). */
  workers: number;
  /** Renders allowed to wait for a free worker; beyond them the API answers 503 at once. */
  maxQueue: number;
  /** Languages each worker draws once at boot. */
  warmLocales: TLocale[];
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

/**
 * The server's rendering, from the environment:
 * HANDOUT_RENDER_WORKERS (default: the cores available), HANDOUT_RENDER_QUEUE (default: 4 per worker),
 * HANDOUT_WARM_LOCALES (comma-separated, `all` by default, or `none`).
 */
export function renderConfigFromEnv(): RenderConfig {
  const workers = count('HANDOUT_RENDER_WORKERS', availableParallelism());
  return {
    workers,
    maxQueue: count('HANDOUT_RENDER_QUEUE', 4 * Math.max(1, workers)),
    warmLocales: locales(process.env.HANDOUT_WARM_LOCALES),
  };
}
