import type { TBlock } from '@/lib/payload/schema';

import type { HtmlBlockContext } from './context';
import { dirOf } from './direction';
import { svgIllustration } from './illustration';
import { itemList } from './list';
import { el, type Markup } from './markup';

type FigureBlock = Extract<TBlock, { kind: 'figure' }>;

/** A titled step with its drawings: each drawing an SVG named by its description, with the printed caption. */
export function figureBlock(block: FigureBlock, ctx: HtmlBlockContext): Markup {
  return el(
    'div',
    { class: 'block figure-block' },
    el('h3', {}, block.title),
    el(
      'div',
      { class: 'figure-row' },
      el(
        'div',
        { class: 'drawings' },
        block.figures.map((figure, index) =>
          el(
            'figure',
            { class: figure.isCrossedOut ? 'is-dont' : undefined },
            svgIllustration({
              id: figure.illustration,
              accent: ctx.accent,
              isCrossedOut: figure.isCrossedOut,
              title: figure.description,
              titleId: `${ctx.id}-drawing-${index}`,
            }),
            figure.caption
              ? el('figcaption', { dir: dirOf(figure.caption, ctx.direction) }, figure.caption)
              : null,
          ),
        ),
      ),
      itemList(block.items, ctx.direction, block.isNumbered),
    ),
  );
}
