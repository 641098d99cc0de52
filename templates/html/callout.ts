import type { TBlock } from '@/lib/payload/schema';

import type { HtmlBlockContext } from './context';
import { itemList } from './list';
import { el, type Markup } from './markup';

type CalloutBlock = Extract<TBlock, { kind: 'callout' }>;

/**
 * A boxed list. "Call 911 now" and "call us today" are regions named by their title, so a screen
 * reader lists them among the page's landmarks and a reader can jump straight to them.
 */
export function calloutBlock(block: CalloutBlock, ctx: HtmlBlockContext): Markup {
  const isWarning = block.tone === 'emergency' || block.tone === 'urgent';
  const titleId = `${ctx.id}-title`;
  return el(
    'div',
    {
      class: `block callout callout-${block.tone}`,
      role: isWarning ? 'region' : undefined,
      'aria-labelledby': isWarning ? titleId : undefined,
    },
    el('h3', { id: titleId }, block.title),
    itemList(block.items, ctx.direction),
  );
}
