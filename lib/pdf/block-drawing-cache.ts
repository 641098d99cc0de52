/*
 * A bounded cache of drawn blocks: what a page's content block (a section, the plan, the red flags)
 * drew into an earlier handout's PDF. patches/@react-pdf+render+4.7.0.patch asks it for each block
 * that came whole from the block layout cache (block-layout-cache.ts) and replays the drawing with this
 * document's fonts, glyph ids and opacity states, moved to where the block sits now
 * (docs/upstream/block-drawing-replay.md). Drawing a page's blocks (content operators, glyph codes,
 * colours) was about a third of a render once their layout came from the cache.
 *
 * The key is the block layout cache's key: the same key is the same laid-out block, so the same
 * drawing. Only a block kept whole carries one here (never a part of a block split across pages; a box
 * placed whole inside such a part has the block's key and its place in the block), and the block
 * layout cache gives none to a block that prints a patient's text (private-text.ts): no drawing kept
 * here holds a patient's name or note.
 */
import { LeastRecentlyUsed } from '@/lib/lru';

import type { KeptBlockStats } from './block-layout-cache';

/** The parts of a laid-out react-pdf node the cache reads. */
export interface DrawnBlock {
  type: string;
  box?: { width: number; height: number };
  /** Set by the patched @react-pdf/layout on a block that has a block layout cache key. */
  blockKey?: string;
  /** Set by the patched @react-pdf/layout on a block placed whole on its page. */
  keptWhole?: boolean;
}

/** A recorded drawing: the patch's events, and where the block was. */
export interface BlockDrawing {
  events: readonly BlockDrawingEvent[];
  left: number;
  top: number;
}

/** One step of a drawing; only a text run's characters are read here (for the privacy test). */
export interface BlockDrawingEvent {
  codePoints?: readonly (readonly number[])[];
}

/** What the patched @react-pdf/render calls. */
export interface BlockDrawingCache {
  mayRecord(block: DrawnBlock): boolean;
  get(block: DrawnBlock, pageHeight: number): BlockDrawing | undefined;
  set(block: DrawnBlock, pageHeight: number, drawing: BlockDrawing): void;
}

/** `texts`: the characters of every kept drawing's glyphs, per drawing. */
export interface BlockDrawingCacheStats extends KeptBlockStats {
  recorded: number;
}

interface Entry {
  type: string;
  width: number;
  height: number;
  pageHeight: number;
  drawing: BlockDrawing;
}

const keyOf = (block: DrawnBlock) => (block.keptWhole === true && block.box ? block.blockKey : undefined);

const textOf = ({ events }: BlockDrawing) =>
  events
    .flatMap((event) => event.codePoints?.map((codePoints) => String.fromCodePoint(...codePoints)) ?? [])
    .join('');

export function createBlockDrawingCache(maxEntries: number): BlockDrawingCache & {
  stats: BlockDrawingCacheStats;
} {
  const drawings = new LeastRecentlyUsed<Entry>({ maxEntries });
  const stats: BlockDrawingCacheStats = {
    hits: 0,
    recorded: 0,
    get entries() {
      return drawings.size;
    },
    texts: () => [...drawings.values()].map((entry) => textOf(entry.drawing)),
    clear: () => drawings.clear(),
  };
  return {
    stats,
    mayRecord: (block) => keyOf(block) !== undefined,
    get(block, pageHeight) {
      const key = keyOf(block);
      const entry = key === undefined ? undefined : drawings.get(key);
      // The same key is the same layout; a different size or page would be a fault, never a replay.
      if (
        !entry ||
        entry.type !== block.type ||
        entry.width !== block.box?.width ||
        entry.height !== block.box?.height ||
        entry.pageHeight !== pageHeight
      )
        return undefined;
      stats.hits += 1;
      return entry.drawing;
    },
    set(block, pageHeight, drawing) {
      const key = keyOf(block);
      if (key === undefined || !block.box) return;
      stats.recorded += 1;
      drawings.set(key, {
        type: block.type,
        width: block.box.width,
        height: block.box.height,
        pageHeight,
        drawing,
      });
    },
  };
}
