/*
 * A bounded cache of laid-out blocks: a page's top-level content (a section, the plan, the red flags)
 * laid out in an earlier handout. From one render to the next most blocks are the same (the preview
 * after an edit changes one section; a download repeats the preview; a clinic prints its usual handout
 * for patient after patient), and laying a block out (styles, inheritance, drawings, yoga, text) was
 * about two fifths of a render. patches/@react-pdf+layout+5.2.0.patch asks this cache for each block
 * before the first pass and offers it each block after (docs/upstream/block-layout-cache.md).
 */
import { createHash } from 'node:crypto';

import { LeastRecentlyUsed } from '@/lib/lru';

import { keyPart } from './cache-key';

/** The parts of a react-pdf node the key reads (see @react-pdf/layout). */
export interface RawNode {
  type: string;
  props?: Readonly<Record<string, unknown>>;
  style?: unknown;
  value?: string;
  children?: readonly RawNode[];
}

/** What the patched @react-pdf/layout calls. */
export interface BlockLayoutCache {
  /** The block's key, or undefined when it may not be kept. */
  keyOf(block: RawNode, page: RawNode): string | undefined;
  get(key: string): object | undefined;
  set(key: string, laidOut: object): void;
}

export interface BlockLayoutCacheOptions {
  maxEntries: number;
  /** Text that must not outlive its render (a patient's name or note): its block is never kept. */
  isPrivate: (text: string) => boolean;
}

/** What the block caches (this one and block-drawing-cache.ts) tell the tests and the bench. */
export interface KeptBlockStats {
  hits: number;
  entries: number;
  /** The text every kept entry prints, for the privacy tests. */
  texts: () => string[];
  clear: () => void;
}

export interface BlockLayoutCacheStats extends KeptBlockStats {
  misses: number;
}

// Pixels and paint callbacks are not worth a key; a render prop or a block repeated on every page is
// different on each page. A bookmark is numbered in place as the document is laid out: the patch gives
// a reused block this document's props, so only the block itself may carry one.
const UNKEPT_TYPES = new Set(['IMAGE', 'CANVAS']);
const UNKEPT_PROPS = ['render', 'fixed'];

/** What a walk of a block finds: its printed strings, and the callbacks in its props. */
interface Scan {
  texts: string[];
  /** Per callback: the node's index in the walk, the prop's name and the callback's identity. */
  callbacks: [number, string, unknown][];
  nodes: number;
}

/**
 * The printed strings and callbacks of a block, or undefined when the block holds something never kept.
 * One walk of the nodes and their props: the key's JSON leaves callbacks out, so they are listed here.
 */
function scan(
  node: RawNode,
  isPrivate: (text: string) => boolean,
  into: Scan,
  isBlock = true,
): Scan | undefined {
  if (UNKEPT_TYPES.has(node.type)) return undefined;
  const props = node.props ?? {};
  if (UNKEPT_PROPS.some((prop) => props[prop] !== undefined)) return undefined;
  if (!isBlock && props.bookmark !== undefined) return undefined;
  if (typeof node.value === 'string') {
    if (isPrivate(node.value)) return undefined;
    into.texts.push(node.value);
  }
  const index = into.nodes;
  into.nodes += 1;
  for (const name in props) {
    const value = props[name];
    if (typeof value === 'function') into.callbacks.push([index, name, keyPart(name, value)]);
  }
  for (const child of node.children ?? []) if (!scan(child, isPrivate, into, false)) return undefined;
  return into;
}

const scanBlock = (node: RawNode, isPrivate: (text: string) => boolean) =>
  scan(node, isPrivate, { texts: [], callbacks: [], nodes: 0 });

export function createBlockLayoutCache(options: BlockLayoutCacheOptions): BlockLayoutCache & {
  stats: BlockLayoutCacheStats;
} {
  const entries = new LeastRecentlyUsed<object>({ maxEntries: options.maxEntries });
  const stats: BlockLayoutCacheStats = {
    hits: 0,
    misses: 0,
    get entries() {
      return entries.size;
    },
    // A kept block is a laid-out node: the same types, props and text values as the block it was.
    texts: () =>
      [...entries.values()].flatMap((block) => scanBlock(block as RawNode, () => false)?.texts ?? []),
    clear: () => entries.clear(),
  };

  return {
    stats,
    keyOf(block, page) {
      const found = scanBlock(block, options.isPrivate);
      if (!found) return undefined;
      // The page decides the width and what the block inherits (type, size, colour).
      const context = { size: page.props?.size, orientation: page.props?.orientation, style: page.style };
      // A raw node is plain data (types, props, styles, strings) and callbacks: JSON without a replacer
      // (one for every value was 60 % of the key's cost, 7 ms of a 6-page handout) and the callbacks from
      // the walk. A digest: the key itself would hold every word of the block as long as the entry lives.
      return createHash('sha256')
        .update(JSON.stringify([context, block, found.callbacks]))
        .digest('base64');
    },
    get(key) {
      const block = entries.get(key);
      if (block === undefined) stats.misses += 1;
      else stats.hits += 1;
      return block;
    },
    set: (key, laidOut) => entries.set(key, laidOut),
  };
}
