import { View } from '@react-pdf/renderer';

import type { TSectionPayload } from '@/lib/payload/schema';

import type { Theme } from '../theme';
import { Block } from './blocks';
import { Heading } from './heading';

/**
 * The default drawing of a section: its heading, then its blocks. The heading is bound to the first
 * block (wrap=false) so it can never stand alone at the bottom of a page.
 */
export function SectionFrame({ theme, section }: { theme: Theme; section: TSectionPayload }) {
  const [first, ...rest] = section.blocks;
  return (
    <View style={{ marginBottom: theme.space.l }}>
      <View wrap={false}>
        <Heading theme={theme} level={2}>
          {section.title}
        </Heading>
        {first ? <Block theme={theme} block={first} /> : null}
      </View>
      {rest.map((block, index) => (
        <Block key={index} theme={theme} block={block} />
      ))}
    </View>
  );
}
