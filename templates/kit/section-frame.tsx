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
  // An introductory paragraph says what follows: it takes the next block along with it.
  let count = Math.min(keepWithHeading, section.blocks.length);
  while (count < section.blocks.length && section.blocks[count - 1]?.kind === 'paragraph') count += 1;
  const bound = section.blocks.slice(0, count);
  const rest = section.blocks.slice(count);
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
