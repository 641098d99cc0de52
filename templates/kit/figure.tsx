import { View } from '@react-pdf/renderer';

import type { TBlock } from '@/lib/payload/schema';

import { PdfIllustration } from '../illustrations/pdf';
import type { Theme } from '../theme';
import { Heading } from './heading';
import { List } from './list';
import { Txt } from './txt';

type FigureBlock = Extract<TBlock, { kind: 'figure' }>;

function Drawings({ theme, block }: { theme: Theme; block: FigureBlock }) {
  return (
    <>
      {block.figures.map((figure) => (
        <View key={figure.illustration} style={{ width: theme.figureWidth, marginBottom: theme.space.s }}>
          <PdfIllustration
            id={figure.illustration}
            width={theme.figureWidth}
            accent={theme.color.accent}
            isCrossedOut={figure.isCrossedOut}
          />
          {figure.caption ? (
            <Txt
              theme={theme}
              style={{
                fontSize: theme.size.caption,
                lineHeight: 1.15,
                color: figure.isCrossedOut ? theme.color.emergency : theme.color.muted,
                textAlign: 'center',
              }}
            >
              {figure.caption}
            </Txt>
          ) : null}
        </View>
      ))}
    </>
  );
}

/**
 * A titled step with its drawing beside it; the drawing and the steps never part across a page break.
 * Each drawing is cropped to what it shows (illustrations/view-box.ts), so a figure lying down takes
 * less height than one on a couch. Large print has one column: the drawings, larger, above the steps.
 */
export function Figure({ theme, block }: { theme: Theme; block: FigureBlock }) {
  const isRtl = theme.direction === 'rtl';
  return (
    <View wrap={false} style={{ marginBottom: theme.space.m }}>
      <Heading theme={theme} level={3}>
        {block.title}
      </Heading>
      {theme.hasColumns ? (
        <View style={{ flexDirection: theme.row, alignItems: 'flex-start' }}>
          <View style={{ [isRtl ? 'marginLeft' : 'marginRight']: theme.space.l }}>
            <Drawings theme={theme} block={block} />
          </View>
          <View style={{ flex: 1 }}>
            <List theme={theme} items={block.items} isNumbered={block.isNumbered} />
          </View>
        </View>
      ) : (
        <>
          <View style={{ flexDirection: theme.row, gap: theme.space.l, marginBottom: theme.space.s }}>
            <Drawings theme={theme} block={block} />
          </View>
          <List theme={theme} items={block.items} isNumbered={block.isNumbered} />
        </>
      )}
    </View>
  );
}
