import { View } from '@react-pdf/renderer';

import type { TBlock } from '@/lib/payload/schema';

import { PdfIllustration } from '../illustrations/pdf';
import type { Theme } from '../theme';
import { columnWidth, drawingWidth, emsOf, isShorterBeside } from './figure-fit';
import { Heading } from './heading';
import { List } from './list';
import { Txt } from './txt';

type FigureBlock = Extract<TBlock, { kind: 'figure' }>;

type Drawing = FigureBlock['figures'][number];

/*
 * Whether a figure title surely fits one line beside the drawing: it is drawn up beside it by exactly one
 * line. Counted generously (0.7 em a character, a full em for Chinese, Japanese and Korean) so a title
 * that might wrap keeps its own line above the drawing instead of running into the steps.
 */
function fitsOneLine(theme: Theme, title: string): boolean {
  const width = columnWidth(theme) - theme.figureWidth - theme.space.l;
  return emsOf(title, 0.7) * theme.size.h3 <= width;
}

function Caption({ theme, figure, isBeside }: { theme: Theme; figure: Drawing; isBeside: boolean }) {
  if (!figure.caption) return null;
  return (
    <Txt
      theme={theme}
      style={{
        fontSize: theme.size.caption,
        lineHeight: 1.15,
        color: figure.isCrossedOut ? theme.color.emergency : theme.color.muted,
        textAlign: isBeside ? theme.textAlign : 'center',
      }}
    >
      {figure.caption}
    </Txt>
  );
}

function Drawings({ theme, block }: { theme: Theme; block: FigureBlock }) {
  return (
    <>
      {block.figures.map((figure) => (
        <View
          key={figure.illustration}
          style={{ width: theme.figureWidth, alignItems: 'center', marginBottom: theme.space.s }}
        >
          <PdfIllustration
            id={figure.illustration}
            width={drawingWidth(theme, figure)}
            accent={theme.color.accent}
            isCrossedOut={figure.isCrossedOut}
          />
          <Caption theme={theme} figure={figure} isBeside={false} />
        </View>
      ))}
    </>
  );
}

/**
 * Large print's single drawing with its caption beside it, not below: the line is wide enough, and a
 * caption of two or three lines under a drawing cost as much height as the drawing.
 */
function DrawingBeside({ theme, figure }: { theme: Theme; figure: Drawing }) {
  return (
    <View
      style={{
        flexDirection: theme.row,
        alignItems: 'center',
        gap: theme.space.l,
        marginBottom: theme.space.s,
      }}
    >
      <View style={{ width: theme.figureWidth, alignItems: 'center' }}>
        <PdfIllustration
          id={figure.illustration}
          width={drawingWidth(theme, figure)}
          accent={theme.color.accent}
          isCrossedOut={figure.isCrossedOut}
        />
      </View>
      <View style={{ flex: 1 }}>
        <Caption theme={theme} figure={figure} isBeside />
      </View>
    </View>
  );
}

/**
 * A titled step with its drawing beside it; the drawing and the steps never part across a page break.
 * Each drawing is cropped to what it shows (illustrations/view-box.ts), so a figure lying down takes
 * less height than one on a couch. In standard print a title that fits one line heads the steps beside
 * the drawing rather than taking a line above both (a drawing is often taller than its steps: issue 11
 * fills the page); it still comes first in the text. Large print has one column of text: its larger
 * drawings go beside the steps where that is shorter (a few short steps, kit/figure-fit.ts), else above
 * them (one drawing with its caption beside it).
 */
export function Figure({ theme, block }: { theme: Theme; block: FigureBlock }) {
  const title = (
    <Heading theme={theme} level={3}>
      {block.title}
    </Heading>
  );
  const steps = <List theme={theme} items={block.items} isNumbered={block.isNumbered} />;
  if (theme.hasColumns && fitsOneLine(theme, block.title)) {
    const start = theme.direction === 'rtl' ? 'Right' : 'Left';
    const end = theme.direction === 'rtl' ? 'Left' : 'Right';
    const titleHeight = theme.size.h3 * theme.lineHeight + 2 * theme.space.s;
    // The title first in the text (as the web copy reads it), then drawn up beside the drawing.
    return (
      <View wrap={false} style={{ marginBottom: theme.space.m }}>
        <View style={{ [`padding${start}`]: theme.figureWidth + theme.space.l }}>{title}</View>
        <View style={{ flexDirection: theme.row, alignItems: 'flex-start', marginTop: -titleHeight }}>
          <View style={{ [`margin${end}`]: theme.space.l, paddingTop: theme.space.s }}>
            <Drawings theme={theme} block={block} />
          </View>
          <View style={{ flex: 1, paddingTop: titleHeight }}>{steps}</View>
        </View>
      </View>
    );
  }
  if (theme.hasColumns || isShorterBeside(theme, block)) {
    const isRtl = theme.direction === 'rtl';
    return (
      <View wrap={false} style={{ marginBottom: theme.space.m }}>
        {title}
        <View style={{ flexDirection: theme.row, alignItems: 'flex-start' }}>
          <View style={{ [isRtl ? 'marginLeft' : 'marginRight']: theme.space.l }}>
            <Drawings theme={theme} block={block} />
          </View>
          <View style={{ flex: 1 }}>{steps}</View>
        </View>
      </View>
    );
  }
  const [only] = block.figures;
  return (
    <View wrap={false} style={{ marginBottom: theme.space.m }}>
      {title}
      {only && block.figures.length === 1 ? (
        <DrawingBeside theme={theme} figure={only} />
      ) : (
        <View style={{ flexDirection: theme.row, gap: theme.space.l, marginBottom: theme.space.s }}>
          <Drawings theme={theme} block={block} />
        </View>
      )}
      {steps}
    </View>
  );
}
