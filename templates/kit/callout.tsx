import { View } from '@react-pdf/renderer';

import type { TBlock } from '@/lib/payload/schema';

import type { Theme } from '../theme';
import { LEAD_ITEMS } from './lead-items';
import { List } from './list';
import { Txt } from './txt';

type CalloutBlock = Extract<TBlock, { kind: 'callout' }>;

function colours(theme: Theme, tone: CalloutBlock['tone']) {
  switch (tone) {
    case 'emergency':
      return {
        border: theme.color.emergency,
        background: theme.color.emergencyTint,
        title: theme.color.emergency,
      };
    case 'urgent':
      return { border: theme.color.urgent, background: theme.color.urgentTint, title: theme.color.urgent };
    case 'caution':
      return { border: theme.color.text, background: '#f4f4f4', title: theme.color.text };
    case 'note':
      return { border: theme.color.accent, background: theme.color.accentTint, title: theme.color.accent };
  }
}

/**
 * A boxed list. Warning tones use fixed colours, not the brand's. The red-flag lists (emergency and
 * urgent) are never split across pages; a note or caution keeps its title with its first items and may
 * continue overleaf with at least `theme.lastItems` items. Large print draws the box on white: no text
 * over a tint.
 */
export function Callout({ theme, block }: { theme: Theme; block: CalloutBlock }) {
  const c = colours(theme, block.tone);
  const isStrong = block.tone === 'emergency' || block.tone === 'urgent';
  const isTwoColumn = block.columns === 2 && theme.hasColumns;
  const isWhole = isStrong || isTwoColumn || block.items.length <= LEAD_ITEMS + theme.lastItems;
  const border = isStrong || !theme.hasTints ? 2 : 1;
  const title = (
    <Txt theme={theme} style={{ fontWeight: 'bold', color: c.title, marginBottom: theme.space.s }}>
      {block.title}
    </Txt>
  );
  const box = {
    borderColor: c.border,
    borderLeftWidth: border,
    borderRightWidth: border,
    backgroundColor: theme.hasTints ? c.background : undefined,
    paddingHorizontal: theme.space.m,
  };
  const top = {
    borderTopWidth: border,
    borderTopLeftRadius: 4,
    borderTopRightRadius: 4,
    paddingTop: theme.boxInset,
  };
  const bottom = {
    borderBottomWidth: border,
    borderBottomLeftRadius: 4,
    borderBottomRightRadius: 4,
    paddingBottom: theme.boxInset - theme.space.s,
    marginBottom: theme.space.m,
  };
  if (isWhole)
    return (
      <View wrap={false} style={{ ...box, ...top, ...bottom }}>
        {title}
        <List theme={theme} items={block.items} columns={isTwoColumn ? 2 : 1} />
      </View>
    );
  /*
   * Two boxes that read as one: the first (title and first items) never splits, the second continues
   * overleaf item by item. One outer box that may split would leave an empty box frame at the foot of
   * a page when its first items move on.
   */
  return (
    <>
      <View wrap={false} style={{ ...box, ...top }}>
        {title}
        <List theme={theme} items={block.items.slice(0, LEAD_ITEMS)} />
      </View>
      <View style={{ ...box, ...bottom }}>
        <List theme={theme} items={block.items.slice(LEAD_ITEMS)} start={LEAD_ITEMS + 1} isTail />
      </View>
    </>
  );
}
