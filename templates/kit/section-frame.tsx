import { View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/stylesheet';
import type { Bookmark } from '@react-pdf/types';

import type { TBlock, TSectionPayload } from '@/lib/payload/schema';

import type { Theme } from '../theme';
import { Block } from './blocks';
import { Heading } from './heading';
import { Txt } from './txt';

const keepsNext = (block: TBlock | undefined) =>
  (block?.kind === 'figure' || block?.kind === 'steps' || block?.kind === 'callout') && block.keepWithNext;
/** A tracker is read with the instructions above it, in either print size. */
const bindsNext = (theme: Theme, block: TBlock | undefined, next: TBlock | undefined) =>
  (block?.kind === 'paragraph' && (theme.isIntroBound || next?.kind === 'tracker')) || keepsNext(block);

/** Runs of blocks that must share a page: a block that binds the next one starts or extends a run. */
function chained(blocks: TBlock[]): TBlock[][] {
  const runs: TBlock[][] = [];
  blocks.forEach((block, index) => {
    const previous = blocks[index - 1];
    const last = runs.at(-1);
    if (last && keepsNext(previous)) last.push(block);
    else runs.push([block]);
  });
  return runs;
}

/*
 * One PDF outline entry per section (a translation's names its language), so a reader can jump to it.
 * react-pdf draws `bookmark` on any element, but its typings declare it on Page only
 * (diegomura/react-pdf#3207): passed by spread, which TypeScript does not check for extra props.
 */
function outlineEntry(title: string, label: string | undefined): { bookmark: Bookmark } {
  return { bookmark: { title: label ? `${title} (${label})` : title, fit: true } };
}

interface SectionFrameProps {
  theme: Theme;
  section: TSectionPayload;
  /** How many leading blocks move with the heading as one unbreakable unit. */
  keepWithHeading?: number;
  /** A small line above the heading (the language of a bilingual copy), kept with it. */
  label?: string;
  /** Extra frame style (the rule beside a bilingual copy). */
  style?: Style;
}

/**
 * The drawing of a section: its heading, then its blocks. The heading is bound to at least the start of
 * its first block (wrap=false) so it can never stand alone at the bottom of a page.
 */
export function SectionFrame({ theme, section, keepWithHeading = 1, label, style }: SectionFrameProps) {
  // An introductory paragraph says what follows: it takes the next block along with it (see Theme).
  let count = Math.min(keepWithHeading, section.blocks.length);
  while (count < section.blocks.length && bindsNext(theme, section.blocks[count - 1], section.blocks[count]))
    count += 1;
  const bound = section.blocks.slice(0, count);
  // The heading needs only the first lines of its last bound block: a list continues after its first
  // items rather than moving whole to the next page (issue 11).
  const last = bound.at(-1);
  const rest = chained(section.blocks.slice(count));
  return (
    <View {...outlineEntry(section.title, label)} style={{ marginBottom: theme.space.l, ...style }}>
      <View wrap={false}>
        {label ? (
          <Txt theme={theme} style={{ fontSize: theme.size.small, color: theme.color.muted }}>
            {label}
          </Txt>
        ) : null}
        <Heading theme={theme} level={2}>
          {section.title}
        </Heading>
        {bound.map((block, index) => (
          <Block key={index} theme={theme} block={block} part={block === last ? 'head' : 'whole'} />
        ))}
      </View>
      {last ? <Block theme={theme} block={last} part="tail" /> : null}
      {rest.map((run, index) =>
        run.length === 1 && run[0] ? (
          <Block key={index} theme={theme} block={run[0]} />
        ) : (
          <View key={index} wrap={false}>
            {run.map((block, inner) => (
              <Block key={inner} theme={theme} block={block} />
            ))}
          </View>
        ),
      )}
    </View>
  );
}
