import { View } from '@react-pdf/renderer';

import type { TBlock } from '@/lib/payload/schema';

import type { Theme } from '../theme';
import { Callout } from './callout';
import { DoDont } from './do-dont';
import { Figure } from './figure';
import { Heading } from './heading';
import { LEAD_ITEMS } from './lead-items';
import { List } from './list';
import { TickChart } from './tick-chart';
import { Txt } from './txt';

type ListBlock = Extract<TBlock, { kind: 'bullets' | 'steps' }>;

/**
 * What of a block must stay with what comes before it ("head"), and what may continue overleaf
 * ("tail"). Only a list has a tail: its title and first items are the head, the other items follow one
 * by one (an item itself is never split), so a long list does not leave half a page empty.
 */
export type BlockPart = 'whole' | 'head' | 'tail';

function ListBlockView({ theme, block, part }: { theme: Theme; block: ListBlock; part: BlockPart }) {
  const isNumbered = block.kind === 'steps';
  const columns = block.kind === 'bullets' ? block.columns : 1;
  if (columns === 2 && theme.hasColumns) {
    // A two-column list is short by design: it moves as one block.
    if (part === 'tail') return null;
    return (
      <View wrap={false} style={{ marginBottom: theme.space.m }}>
        {block.title ? (
          <Heading theme={theme} level={3}>
            {block.title}
          </Heading>
        ) : null}
        <List theme={theme} items={block.items} isNumbered={isNumbered} columns={2} />
      </View>
    );
  }
  // A list too short to leave `theme.lastItems` items for overleaf is all head.
  const lead = block.items.length < LEAD_ITEMS + theme.lastItems ? block.items.length : LEAD_ITEMS;
  const head =
    part === 'tail' ? null : (
      <View wrap={false}>
        {block.title ? (
          <Heading theme={theme} level={3}>
            {block.title}
          </Heading>
        ) : null}
        <List theme={theme} items={block.items.slice(0, lead)} isNumbered={isNumbered} />
      </View>
    );
  const tail =
    part === 'head' ? null : (
      <List theme={theme} items={block.items.slice(lead)} isNumbered={isNumbered} start={lead + 1} isTail />
    );
  // The block's space below goes with whichever part ends it.
  const ends = part !== 'head' || block.items.length <= lead;
  return (
    <View style={{ marginBottom: ends ? theme.space.m : 0 }}>
      {head}
      {tail}
    </View>
  );
}

export function Block({ theme, block, part = 'whole' }: { theme: Theme; block: TBlock; part?: BlockPart }) {
  if (block.kind === 'bullets' || block.kind === 'steps')
    return <ListBlockView theme={theme} block={block} part={part} />;
  if (part === 'tail') return null;
  switch (block.kind) {
    case 'paragraph':
      return (
        <View style={{ marginBottom: theme.space.m }}>
          <Txt theme={theme}>{block.item.text}</Txt>
        </View>
      );
    case 'figure':
      return <Figure theme={theme} block={block} />;
    case 'do-dont':
      return <DoDont theme={theme} block={block} />;
    case 'callout':
      return <Callout theme={theme} block={block} />;
    case 'tracker':
      return <TickChart theme={theme} block={block} />;
  }
}
