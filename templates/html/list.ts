import type { TBlock, TContentItem } from '@/lib/payload/schema';

import type { HtmlBlockContext } from './context';
import { dirOf } from './direction';
import { el, type Markup } from './markup';

/** Real list markup: the numbers and bullets are the browser's, so a screen reader announces "1 of 5". */
export function itemList(
  items: readonly TContentItem[],
  direction: 'ltr' | 'rtl',
  isNumbered = false,
): Markup {
  return el(
    isNumbered ? 'ol' : 'ul',
    {},
    items.map((item) => el('li', { dir: dirOf(item.text, direction) }, item.text)),
  );
}

type ListBlock = Extract<TBlock, { kind: 'bullets' | 'steps' }>;

/** A bullet list or numbered steps, with their title as a heading. */
export function listBlock(block: ListBlock, ctx: HtmlBlockContext): Markup {
  return el(
    'div',
    { class: 'block' },
    block.title ? el('h3', {}, block.title) : null,
    itemList(block.items, ctx.direction, block.kind === 'steps'),
  );
}

export function paragraphBlock(block: Extract<TBlock, { kind: 'paragraph' }>, ctx: HtmlBlockContext): Markup {
  return el('p', { dir: dirOf(block.item.text, ctx.direction) }, block.item.text);
}
