import { View } from '@react-pdf/renderer';

import type { TBlock } from '@/lib/payload/schema';

import type { Theme } from '../theme';
import { Callout } from './callout';
import { DoDont } from './do-dont';
import { Figure } from './figure';
import { Heading } from './heading';
import { List } from './list';
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
    case 'steps':
      // A titled list keeps its title with it; lists are short (3-7 items) by the reading rules.
      return (
        <View wrap={false} style={{ marginBottom: theme.space.m }}>
          {block.title ? (
            <Heading theme={theme} level={3}>
              {block.title}
            </Heading>
          ) : null}
          <List theme={theme} items={block.items} isNumbered={block.kind === 'steps'} />
        </View>
      );
    case 'figure':
      return <Figure theme={theme} block={block} />;
    case 'do-dont':
      return <DoDont theme={theme} block={block} />;
    case 'callout':
      return <Callout theme={theme} block={block} />;
  }
}
