import { Font } from '@react-pdf/renderer';

import { isPrivateText } from './private-text';
import { createTextLayoutCache, type TextLayoutCache, type TextLayoutCacheStats } from './text-layout-cache';

// The patched @react-pdf/layout reads the cache from the font store it is given (react-pdf's `Font`).
const store = Font as typeof Font & { textLayoutCache?: TextLayoutCache };

function sizeMb(): number {
  const raw = process.env.HANDOUT_TEXT_CACHE_MB;
  const value = raw === undefined || raw.trim() === '' ? 32 : Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`HANDOUT_TEXT_CACHE_MB must be a number, not "${raw}".`);
  return value;
}

let cache: ReturnType<typeof createTextLayoutCache> | undefined;
let isInstalled = false;

/**
 * Sets this thread's text layout cache on react-pdf's font store, once; `HANDOUT_TEXT_CACHE_MB` bounds
 * it (default 32; 0 turns it off). Returns its statistics.
 */
export function installTextLayoutCache(): TextLayoutCacheStats | undefined {
  if (!isInstalled) {
    isInstalled = true;
    const maxBytes = sizeMb() * 1024 * 1024;
    if (maxBytes > 0) {
      cache = createTextLayoutCache({ maxEntries: 20_000, maxBytes, isPrivate: isPrivateText });
      store.textLayoutCache = cache;
    }
  }
  return cache?.stats;
}

/** For the tests and the bench that compare renders with and without the cache. */
export function setTextLayoutCacheOn(isOn: boolean): void {
  installTextLayoutCache();
  if (isOn && cache) store.textLayoutCache = cache;
  else delete store.textLayoutCache;
}
