import { drawIllustration } from '@/templates/illustrations';
import type { BuildContext } from '@/templates/section';

import type { TBlock, TContentItem, TSectionPayload } from './schema';

type FigureBlock = Extract<TBlock, { kind: 'figure' }>;

const hasArrows = (block: FigureBlock) =>
  block.figures.some((figure) =>
    drawIllustration(figure.illustration, { isCrossedOut: false }).some((shape) => shape.role === 'arrow'),
  );
const hasCross = (block: FigureBlock) => block.figures.some((figure) => figure.isCrossedOut);

/**
 * Brief §8: arrows and crossed-out drawings are explained in words once, just before the first drawing
 * that shows one. Only what the handout actually draws is explained.
 */
export function explainDrawings(
  sections: TSectionPayload[],
  ctx: Pick<BuildContext, 'item' | 'text'>,
): TSectionPayload[] {
  const pending = { arrows: true, cross: true };
  return sections.map((section) => ({
    ...section,
    blocks: section.blocks.flatMap((block): TBlock[] => {
      if (block.kind !== 'figure') return [block];
      const notes: TContentItem[] = [];
      if (pending.arrows && hasArrows(block)) {
        notes.push(ctx.item('figures.arrows', ['ED']));
        pending.arrows = false;
      }
      if (pending.cross && hasCross(block)) {
        notes.push(ctx.item('figures.cross', ['ED']));
        pending.cross = false;
      }
      return notes.length === 0
        ? [block]
        : [
            {
              kind: 'callout',
              tone: 'note',
              title: ctx.text('figures.title'),
              items: notes,
              columns: 1,
              keepWithNext: true,
            },
            block,
          ];
    }),
  }));
}
