import type { TBlock } from '@/lib/payload/schema';

import type { HtmlBlockContext } from './context';
import { itemList } from './list';
import { el, type Markup } from './markup';

type DoDontBlock = Extract<TBlock, { kind: 'do-dont' }>;

/** "Do" then "Don't", side by side where the screen is wide enough; the browser mirrors them for RTL. */
export function doDontBlock(block: DoDontBlock, ctx: HtmlBlockContext): Markup {
  return el(
    'div',
    { class: 'block do-dont' },
    el('div', { class: 'do' }, el('h3', {}, block.doTitle), itemList(block.do, ctx.direction)),
    el('div', { class: 'dont' }, el('h3', {}, block.dontTitle), itemList(block.dont, ctx.direction)),
  );
}
