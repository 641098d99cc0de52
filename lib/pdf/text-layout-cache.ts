/*
 * A bounded cache of laid-out text. Nearly every paragraph of a handout repeats from render to render
 * in a language, and shaping and line breaking it (fontkit, textkit) was a third of a render. react-pdf
 * has no hook for this: patches/@react-pdf+layout+5.2.0.patch makes its `layoutText` ask a cache set on
 * the font store (docs/upstream/text-layout-cache.md), which sees every input of the line breaker.
 */

import { LeastRecentlyUsed } from '@/lib/lru';

import { keyPart } from './cache-key';

/** The parts of a textkit attributed string the key is built from (see @react-pdf/textkit). */
interface AttributedString {
  string: string;
  runs: readonly { start: number; end: number; attributes: Readonly<Record<string, unknown>> }[];
}

/** What the patched @react-pdf/layout calls: answer with cached lines, or typeset and maybe keep them. */
export interface TextLayoutCache {
  layout<T>(attributedString: AttributedString, container: object, options: object, typeset: () => T): T;
}

export interface TextLayoutCacheOptions {
  maxEntries: number;
  /** An estimate of the heap the cached lines hold (see `estimateBytes`). */
  maxBytes: number;
  /** Text that must not outlive its render (a patient's name or note): laid out, never kept. */
  isPrivate: (text: string) => boolean;
}

export interface TextLayoutCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
  /** Every cached string, for the privacy test. */
  strings: () => string[];
  clear: () => void;
}

function keyOf(attributedString: AttributedString, container: object, options: object): string {
  const { string, runs } = attributedString;
  return JSON.stringify([string, runs, container, options], keyPart);
}

/**
 * A rough size of laid-out lines: each glyph carries a position record and a few indices. Calibrated on
 * the heap: 2,500 entries (every language's warm-up handout) held 32 MB, estimated within a tenth.
 */
function estimateBytes(key: string, lines: unknown): number {
  let bytes = 2 * key.length;
  if (!Array.isArray(lines)) return bytes;
  for (const line of lines as { string?: string; runs?: { glyphs?: unknown[] }[] }[]) {
    bytes += 700 + 2 * (line.string?.length ?? 0);
    for (const run of line.runs ?? []) bytes += 550 + 220 * (run.glyphs?.length ?? 0);
  }
  return bytes;
}

interface Entry {
  lines: readonly unknown[];
  string: string;
  bytes: number;
}

export function createTextLayoutCache(options: TextLayoutCacheOptions): TextLayoutCache & {
  stats: TextLayoutCacheStats;
} {
  const entries = new LeastRecentlyUsed<Entry>({
    maxEntries: options.maxEntries,
    maxSize: options.maxBytes,
    sizeOf: (entry) => entry.bytes,
  });
  const stats: TextLayoutCacheStats = {
    hits: 0,
    misses: 0,
    get entries() {
      return entries.size;
    },
    get bytes() {
      return entries.totalSize;
    },
    strings: () => [...entries.values()].map((entry) => entry.string),
    clear: () => entries.clear(),
  };

  function layout<T>(
    attributedString: AttributedString,
    container: object,
    layoutOptions: object,
    typeset: () => T,
  ): T {
    // Inline images carry their pixels: not worth keeping, and not text.
    if (attributedString.runs.some((run) => run.attributes.attachment !== undefined)) return typeset();
    const key = keyOf(attributedString, container, layoutOptions);
    const cached = entries.get(key);
    if (cached) {
      stats.hits += 1;
      // A fresh array: the caller may slice or extend its copy; the lines themselves are never changed.
      return [...cached.lines] as T;
    }
    stats.misses += 1;
    const lines = typeset();
    if (!Array.isArray(lines) || options.isPrivate(attributedString.string)) return lines;
    entries.set(key, {
      lines: [...(lines as unknown[])],
      string: attributedString.string,
      bytes: estimateBytes(key, lines),
    });
    return lines;
  }

  return { layout, stats };
}
