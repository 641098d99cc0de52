import { View } from '@react-pdf/renderer';

import type { TBlock } from '@/lib/payload/schema';

import type { Theme } from '../theme';
import { Callout } from './callout';
import { DoDont } from './do-dont';
import { Figure } from './figure';
import { Heading } from './heading';
import { List } from './list';
import { TickChart } from './tick-chart';
import { Txt } from './txt';

export function Block({ theme, block }: { theme: Theme; block: TBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <View style={{ marginBottom: theme.space.m }}>
          <Txt theme={theme}>{block.item.text}</Txt>
        </View>
      );
    case 'bullets':
    case 'steps': {
      // The title never leaves its first two items; after them the list may continue overleaf (an
      // item itself is never split), so a long list does not leave half a page empty.
      const isNumbered = block.kind === 'steps';
      return (
        <View style={{ marginBottom: theme.space.m }}>
          <View wrap={false}>
            {block.title ? (
              <Heading theme={theme} level={3}>
                {block.title}
              </Heading>
            ) : null}
            <List theme={theme} items={block.items.slice(0, 2)} isNumbered={isNumbered} />
          </View>
          <List theme={theme} items={block.items.slice(2)} isNumbered={isNumbered} start={3} />
        </View>
      );
    }
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
