import { Font } from '@react-pdf/renderer';

import {
  type BlockDrawingCache,
  type BlockDrawingCacheStats,
  createBlockDrawingCache,
} from './block-drawing-cache';
import {
  type BlockLayoutCache,
  type BlockLayoutCacheStats,
  createBlockLayoutCache,
} from './block-layout-cache';
import { isPrivateText } from './private-text';
import { createTextLayoutCache, type TextLayoutCache, type TextLayoutCacheStats } from './text-layout-cache';

// The patched @react-pdf/layout reads the caches from the font store it is given (react-pdf's `Font`).
const store = Font as typeof Font & {
  textLayoutCache?: TextLayoutCache;
  blockLayoutCache?: BlockLayoutCache;
  blockDrawingCache?: BlockDrawingCache;
};

function numberFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw.trim() === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number, not "${raw}".`);
  return value;
}

let textCache: ReturnType<typeof createTextLayoutCache> | undefined;
let blockCache: ReturnType<typeof createBlockLayoutCache> | undefined;
let drawingCache: ReturnType<typeof createBlockDrawingCache> | undefined;
let isInstalled = false;

/**
 * Sets this thread's layout caches on react-pdf's font store, once: laid-out text
 * (`HANDOUT_TEXT_CACHE_MB`, default 32) and laid-out blocks with their drawings
 * (`HANDOUT_BLOCK_CACHE_ENTRIES`, default 200); 0 turns either off. None keeps anything a patient's
 * text is in (private-text.ts).
 */
export function installLayoutCaches(): void {
  if (isInstalled) return;
  isInstalled = true;
  const maxBytes = numberFrom('HANDOUT_TEXT_CACHE_MB', 32) * 1024 * 1024;
  if (maxBytes > 0) {
    textCache = createTextLayoutCache({ maxEntries: 20_000, maxBytes, isPrivate: isPrivateText });
    store.textLayoutCache = textCache;
  }
  const maxBlocks = numberFrom('HANDOUT_BLOCK_CACHE_ENTRIES', 200);
  if (maxBlocks > 0) {
    blockCache = createBlockLayoutCache({ maxEntries: maxBlocks, isPrivate: isPrivateText });
    store.blockLayoutCache = blockCache;
    // A drawing is kept for a block the layout cache kept, under its key: the same bound.
    drawingCache = createBlockDrawingCache(maxBlocks);
    store.blockDrawingCache = drawingCache;
  }
}

/** The text cache's statistics (undefined when it is off), for the tests and the bench. */
export function textLayoutCacheStats(): TextLayoutCacheStats | undefined {
  installLayoutCaches();
  return textCache?.stats;
}

/** The block cache's statistics (undefined when it is off), for the tests and the bench. */
export function blockLayoutCacheStats(): BlockLayoutCacheStats | undefined {
  installLayoutCaches();
  return blockCache?.stats;
}

/** The block drawing cache's statistics (undefined when the block cache is off). */
export function blockDrawingCacheStats(): BlockDrawingCacheStats | undefined {
  installLayoutCaches();
  return drawingCache?.stats;
}

/** For the tests that compare renders with and without the caches. */
export function setLayoutCachesOn(isOn: boolean): void {
  installLayoutCaches();
  if (isOn && textCache) store.textLayoutCache = textCache;
  else delete store.textLayoutCache;
  if (isOn && blockCache) store.blockLayoutCache = blockCache;
  else delete store.blockLayoutCache;
  if (isOn && drawingCache) store.blockDrawingCache = drawingCache;
  else delete store.blockDrawingCache;
}
