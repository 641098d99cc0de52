import { View } from '@react-pdf/renderer';

import type { TBlock } from '@/lib/payload/schema';

import type { Theme } from '../theme';
import { Txt } from './txt';

type TrackerBlock = Extract<TBlock, { kind: 'tracker' }>;

/**
 * How many boxes each row holds: as few rows as `fit` allows, as even as they can be, so 4 walks a day
 * in large print (3 fit a day's column) print as two rows of two, never three and one left over.
 */
export function boxRows(count: number, fit: number): number[] {
  const rows = Math.ceil(count / fit);
  const base = Math.floor(count / rows);
  return Array.from({ length: rows }, (_, row) => base + (row < count % rows ? 1 : 0));
}

/** Empty boxes to tick, in as many even rows as the day's column needs. */
function Boxes({ theme, count }: { theme: Theme; count: number }) {
  const box = theme.size.body * 0.8;
  return (
    <View style={{ alignItems: 'center' }}>
      {boxRows(count, theme.tickBoxesPerRow).map((inRow, row) => (
        <View key={row} style={{ flexDirection: theme.row }}>
          {Array.from({ length: inRow }, (_, index) => (
            <View
              key={index}
              style={{ width: box, height: box, borderWidth: 1, borderColor: theme.color.text, margin: 1.5 }}
            />
          ))}
        </View>
      ))}
    </View>
  );
}

/**
 * A 7-day tick chart: one row per daily action, one column per day, one box per time a day. Never split
 * across pages, and mirrored for right-to-left scripts so the labels come first.
 */
export function TickChart({ theme, block }: { theme: Theme; block: TrackerBlock }) {
  const cell = {
    flex: 1,
    borderColor: theme.color.rule,
    padding: theme.space.xs,
    justifyContent: 'center' as const,
  };
  const side = theme.direction === 'rtl' ? 'borderRightWidth' : 'borderLeftWidth';
  // Large print has fewer, wider day columns' worth of room: a shorter label column.
  const labelWidth = theme.size.body * (theme.hasColumns ? 14 : 7);
  return (
    <View wrap={false} style={{ marginBottom: theme.space.m, borderWidth: 1, borderColor: theme.color.rule }}>
      <View
        style={{
          flexDirection: theme.row,
          backgroundColor: theme.hasTints ? theme.color.accentTint : undefined,
        }}
      >
        <View style={{ width: labelWidth }} />
        {block.dayLabels.map((label) => (
          <View key={label} style={{ ...cell, [side]: 1 }}>
            <Txt theme={theme} style={{ fontWeight: 'bold', textAlign: 'center' }}>
              {label}
            </Txt>
          </View>
        ))}
      </View>
      {block.rows.map((row) => (
        <View
          key={row.item.key}
          style={{ flexDirection: theme.row, borderTopWidth: 1, borderColor: theme.color.rule }}
        >
          <View
            style={{ width: labelWidth, paddingHorizontal: theme.space.m, paddingVertical: theme.space.xs }}
          >
            <Txt theme={theme}>{row.item.text}</Txt>
          </View>
          {block.dayLabels.map((label) => (
            <View key={label} style={{ ...cell, [side]: 1 }}>
              <Boxes theme={theme} count={row.timesPerDay} />
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
