import { View } from '@react-pdf/renderer';

import type { TBlock } from '@/lib/payload/schema';

import type { Theme } from '../theme';
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

/** A boxed list that is never split across pages. Warning tones use fixed colours, not the brand's. */
export function Callout({ theme, block }: { theme: Theme; block: CalloutBlock }) {
  const c = colours(theme, block.tone);
  const isStrong = block.tone === 'emergency' || block.tone === 'urgent';
  return (
    <View
      wrap={false}
      style={{
        borderWidth: isStrong ? 2 : 1,
        borderColor: c.border,
        backgroundColor: c.background,
        borderRadius: 4,
        padding: theme.space.m,
        marginBottom: theme.space.m,
      }}
    >
      <Txt theme={theme} style={{ fontWeight: 'bold', color: c.title, marginBottom: theme.space.s }}>
        {block.title}
      </Txt>
      <List theme={theme} items={block.items} />
    </View>
  );
}
