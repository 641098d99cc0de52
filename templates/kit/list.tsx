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
}

/** A bullet or numbered list whose marker sits on the reading side (right for RTL). */
export function List({ theme, items, isNumbered = false, start = 1 }: ListProps) {
  return (
    <View>
      {items.map((item, index) => (
        <View
          key={item.key}
          wrap={false}
          style={{ flexDirection: theme.row, marginBottom: theme.space.s, alignItems: 'flex-start' }}
        >
          <Txt
            theme={theme}
            style={{
              width: isNumbered ? 20 : 14,
              color: theme.color.accent,
              fontWeight: 'bold',
              textAlign: theme.direction === 'rtl' ? 'left' : 'right',
              marginRight: theme.direction === 'rtl' ? 0 : 6,
              marginLeft: theme.direction === 'rtl' ? 6 : 0,
            }}
          >
            {isNumbered ? `${index + start}.` : '•'}
          </Txt>
          <View style={{ flex: 1 }}>
            <Txt theme={theme}>{item.text}</Txt>
          </View>
        </View>
      ))}
    </View>
  );
}
