import type { TBlock } from '@/lib/payload/schema';

import { calloutBlock } from './callout';
import type { HtmlBlockContext } from './context';
import { doDontBlock } from './do-dont';
import { figureBlock } from './figure';
import { listBlock, paragraphBlock } from './list';
import type { Markup } from './markup';
import { trackerBlock } from './tracker';

/** The HTML drawer of one payload block; templates/kit/blocks.tsx is the PDF's. */
export function htmlBlock(block: TBlock, ctx: HtmlBlockContext): Markup {
  switch (block.kind) {
    case 'paragraph':
      return paragraphBlock(block, ctx);
    case 'bullets':
    case 'steps':
      return listBlock(block, ctx);
    case 'figure':
      return figureBlock(block, ctx);
    case 'do-dont':
      return doDontBlock(block, ctx);
    case 'callout':
      return calloutBlock(block, ctx);
    case 'tracker':
      return trackerBlock(block, ctx);
  }
}
