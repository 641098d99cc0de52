import { View } from '@react-pdf/renderer';

import type { TBlock } from '@/lib/payload/schema';

import type { Theme } from '../theme';
import { List } from './list';
import { Txt } from './txt';

type DoDontBlock = Extract<TBlock, { kind: 'do-dont' }>;

function Column({
  theme,
  title,
  items,
  isDont,
}: {
  theme: Theme;
  title: string;
  items: DoDontBlock['do'];
  isDont: boolean;
}) {
  return (
    <View
      style={
        theme.hasColumns
          ? { flex: 1, paddingHorizontal: theme.space.s }
          : { marginBottom: theme.space.s, paddingHorizontal: theme.space.s }
      }
    >
      <Txt
        theme={theme}
        style={{
          fontWeight: 'bold',
          color: isDont ? theme.color.emergency : theme.color.accent,
          marginBottom: theme.space.s,
        }}
      >
        {title}
      </Txt>
      <List theme={theme} items={items} />
    </View>
  );
}

/**
 * Two columns side by side, mirrored for RTL so "Do" is always read first; in large print one under the
 * other (one column, the large-print guidance), still kept together.
 */
export function DoDont({ theme, block }: { theme: Theme; block: DoDontBlock }) {
  return (
    <View
      wrap={false}
      style={{ flexDirection: theme.hasColumns ? theme.row : 'column', marginBottom: theme.space.m }}
    >
      <Column theme={theme} title={block.doTitle} items={block.do} isDont={false} />
      <Column theme={theme} title={block.dontTitle} items={block.dont} isDont />
    </View>
  );
}
