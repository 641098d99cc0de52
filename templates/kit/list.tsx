import { View } from '@react-pdf/renderer';

import type { TContentItem } from '@/lib/payload/schema';

import type { Theme } from '../theme';
import { Txt } from './txt';

interface ListProps {
  theme: Theme;
  items: TContentItem[];
  isNumbered?: boolean;
  /** Number of the first item, when a list continues another. */
  start?: number;
  /** Two columns side by side for a short list (issue 11); one column where the theme has none. */
  columns?: 1 | 2;
  /** The list continues another overleaf: its last `theme.lastItems` items keep together. */
  isTail?: boolean;
}

function Item({
  theme,
  item,
  marker,
  isNumbered,
}: {
  theme: Theme;
  item: TContentItem;
  marker: string;
  isNumbered: boolean;
}) {
  const isRtl = theme.direction === 'rtl';
  return (
    <View
      wrap={false}
      style={{ flexDirection: theme.row, marginBottom: theme.itemGap, alignItems: 'flex-start' }}
    >
      <Txt
        theme={theme}
        style={{
          width: theme.size.body * (isNumbered ? 1.7 : 1.1),
          color: theme.color.accent,
          fontWeight: 'bold',
          textAlign: isRtl ? 'left' : 'right',
          marginRight: isRtl ? 0 : theme.size.body * 0.45,
          marginLeft: isRtl ? theme.size.body * 0.45 : 0,
        }}
      >
        {marker}
      </Txt>
      <Txt theme={theme} style={{ flex: 1 }}>
        {item.text}
      </Txt>
    </View>
  );
}

/** A bullet or numbered list whose marker sits on the reading side (right for RTL). */
export function List({
  theme,
  items,
  isNumbered = false,
  start = 1,
  columns = 1,
  isTail = false,
}: ListProps) {
  const marker = (index: number) => (isNumbered ? `${index + start}.` : '•');
  if (columns === 2 && theme.hasColumns && items.length > 1) {
    // Reading order runs down the first column, then the second (the first column takes the odd one).
    const half = Math.ceil(items.length / 2);
    const halves = [items.slice(0, half), items.slice(half)];
    return (
      <View wrap={false} style={{ flexDirection: theme.row }}>
        {halves.map((column, side) => (
          <View key={side} style={{ flex: 1, paddingHorizontal: theme.space.s }}>
            {column.map((item, index) => (
              <Item
                key={item.key}
                theme={theme}
                item={item}
                marker={marker(index + side * half)}
                isNumbered={isNumbered}
              />
            ))}
          </View>
        ))}
      </View>
    );
  }
  const drawn = items.map((item, index) => (
    <Item key={item.key} theme={theme} item={item} marker={marker(index)} isNumbered={isNumbered} />
  ));
  const kept = isTail && theme.lastItems > 1 ? Math.min(theme.lastItems, drawn.length) : 0;
  return (
    <View>
      {drawn.slice(0, drawn.length - kept)}
      {kept > 0 ? <View wrap={false}>{drawn.slice(drawn.length - kept)}</View> : null}
    </View>
  );
}
