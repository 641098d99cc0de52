import type { TBlock } from '@/lib/payload/schema';

import type { HtmlBlockContext } from './context';
import { dirOf } from './direction';
import { el, type Markup } from './markup';

type TrackerBlock = Extract<TBlock, { kind: 'tracker' }>;

/**
 * The tick chart as a real table (row and column headers), for printing and ticking on paper. The
 * boxes are drawn, not read: they say nothing a screen reader should repeat seven times a row.
 */
export function trackerBlock(block: TrackerBlock, ctx: HtmlBlockContext): Markup {
  return el(
    'table',
    { class: 'block tracker' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('td', {}),
        block.dayLabels.map((label) => el('th', { scope: 'col' }, label)),
      ),
    ),
    el(
      'tbody',
      {},
      block.rows.map((row) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row', dir: dirOf(row.item.text, ctx.direction) }, row.item.text),
          block.dayLabels.map(() =>
            el(
              'td',
              {},
              el(
                'span',
                { class: 'boxes', 'aria-hidden': 'true' },
                Array.from({ length: row.timesPerDay }, () => el('span', { class: 'box' })),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
