import { View } from '@react-pdf/renderer';

import type { TSectionPayload } from '@/lib/payload/schema';

import type { Theme } from '../theme';
import { Block } from './blocks';
import { Heading } from './heading';

interface SectionFrameProps {
  theme: Theme;
  section: TSectionPayload;
  /** How many leading blocks move with the heading as one unbreakable unit. */
  keepWithHeading?: number;
}

/**
 * The drawing of a section: its heading, then its blocks. The heading is bound to at least its first
 * block (wrap=false) so it can never stand alone at the bottom of a page.
 */
export function SectionFrame({ theme, section, keepWithHeading = 1 }: SectionFrameProps) {
  const bound = section.blocks.slice(0, keepWithHeading);
  const rest = section.blocks.slice(keepWithHeading);
  return (
    <View style={{ marginBottom: theme.space.l }}>
      <View wrap={false}>
        <Heading theme={theme} level={2}>
          {section.title}
        </Heading>
        {bound.map((block, index) => (
          <Block key={index} theme={theme} block={block} />
        ))}
      </View>
      {rest.map((block, index) => (
        <Block key={index} theme={theme} block={block} />
      ))}
    </View>
  );
}
