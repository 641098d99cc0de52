import { View } from '@react-pdf/renderer';

import type { TBlock } from '@/lib/payload/schema';

import { PdfIllustration } from '../illustrations/pdf';
import type { Theme } from '../theme';
import { Heading } from './heading';
import { List } from './list';
import { Txt } from './txt';

type FigureBlock = Extract<TBlock, { kind: 'figure' }>;

export const FIGURE_WIDTH = 150;

/** A titled step with its drawing beside it; the drawing and the steps never part across a page break. */
export function Figure({ theme, block }: { theme: Theme; block: FigureBlock }) {
  return (
    <View wrap={false} style={{ marginBottom: theme.space.l }}>
      <Heading theme={theme} level={3}>
        {block.title}
      </Heading>
      <View style={{ flexDirection: theme.row, alignItems: 'flex-start' }}>
        <View
          style={{
            width: FIGURE_WIDTH,
            marginRight: theme.direction === 'rtl' ? 0 : theme.space.l,
            marginLeft: theme.direction === 'rtl' ? theme.space.l : 0,
          }}
        >
          {block.figures.map((figure) => (
            <View key={figure.illustration} style={{ marginBottom: theme.space.s }}>
              <PdfIllustration
                id={figure.illustration}
                width={FIGURE_WIDTH}
                accent={theme.color.accent}
                isCrossedOut={figure.isCrossedOut}
              />
              {figure.caption ? (
                <Txt
                  theme={theme}
                  style={{
                    fontSize: theme.size.body,
                    color: figure.isCrossedOut ? theme.color.emergency : theme.color.muted,
                    textAlign: 'center',
                  }}
                >
                  {figure.caption}
                </Txt>
              ) : null}
            </View>
          ))}
        </View>
        <View style={{ flex: 1 }}>
          <List theme={theme} items={block.items} isNumbered={block.isNumbered} />
        </View>
      </View>
    </View>
  );
}
