import { afterEach, describe, expect, it, vi } from 'vitest';

import { MIN_WORKER_HEAP_MB, renderConfigFromEnv } from '@/lib/pdf/render-config';

/* The server's rendering as the environment sets it (README, "Configuration"). */

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the render configuration from the environment', () => {
  it('caps each worker at 512 MB, all languages warm, 4 waiting per worker, by default', () => {
    vi.stubEnv('HANDOUT_RENDER_WORKERS', '2');
    expect(renderConfigFromEnv()).toMatchObject({ workers: 2, maxQueue: 8, workerHeapMb: 512 });
    expect(renderConfigFromEnv().warmLocales).toContain('zh-Hans');
  });

  it('takes 0 as no heap cap, and a cap at the minimum', () => {
    vi.stubEnv('HANDOUT_WORKER_HEAP_MB', '0');
    expect(renderConfigFromEnv().workerHeapMb).toBe(0);
    vi.stubEnv('HANDOUT_WORKER_HEAP_MB', String(MIN_WORKER_HEAP_MB));
    expect(renderConfigFromEnv().workerHeapMb).toBe(MIN_WORKER_HEAP_MB);
  });

  it('refuses a cap no worker could render under, and one that is not a number', () => {
    vi.stubEnv('HANDOUT_WORKER_HEAP_MB', String(MIN_WORKER_HEAP_MB - 1));
    expect(() => renderConfigFromEnv()).toThrow(
      `HANDOUT_WORKER_HEAP_MB must be 0 (no cap) or at least ${MIN_WORKER_HEAP_MB}, not ${MIN_WORKER_HEAP_MB - 1}.`,
    );
    vi.stubEnv('HANDOUT_WORKER_HEAP_MB', 'lots');
    expect(() => renderConfigFromEnv()).toThrow('HANDOUT_WORKER_HEAP_MB must be a whole number, not "lots".');
  });

  it('warms only the languages named, or none', () => {
    vi.stubEnv('HANDOUT_WARM_LOCALES', 'es, ar');
    expect(renderConfigFromEnv().warmLocales).toEqual(['es', 'ar']);
    vi.stubEnv('HANDOUT_WARM_LOCALES', 'none');
    expect(renderConfigFromEnv().warmLocales).toEqual([]);
  });
});
