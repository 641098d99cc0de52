import { View } from '@react-pdf/renderer';

import type { TBlock } from '@/lib/payload/schema';

import { drawIllustration } from '../illustrations/index';
import { PdfIllustration } from '../illustrations/pdf';
import { illustrationBox } from '../illustrations/view-box';
import type { Theme } from '../theme';
import { Heading } from './heading';
import { List } from './list';
import { Txt } from './txt';

type FigureBlock = Extract<TBlock, { kind: 'figure' }>;

type Drawing = FigureBlock['figures'][number];

/**
 * A drawing as wide as the theme's figures, or narrower where that would make it taller than the
 * theme's figure height: a figure on a chair is drawn smaller than one lying down rather than making its
 * row of steps taller (issue 11: drawings sized by what they show). Its caption keeps the full width.
 */
function drawingWidth(theme: Theme, figure: Drawing): number {
  const box = illustrationBox(drawIllustration(figure.illustration, { isCrossedOut: figure.isCrossedOut }));
  return Math.min(theme.figureWidth, (theme.figureHeight * box.width) / box.height);
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
 * less height than one on a couch. In standard print the title heads the steps beside the drawing, not
 * a line of its own above both: a drawing is often taller than its steps, and a title above it cost a
 * line on every figure (issue 11). Large print has one column: the drawings, larger, above the steps
 * (one drawing with its caption beside it).
 */
export function Figure({ theme, block }: { theme: Theme; block: FigureBlock }) {
  const title = (
    <Heading theme={theme} level={3}>
      {block.title}
    </Heading>
  );
  const steps = <List theme={theme} items={block.items} isNumbered={block.isNumbered} />;
  if (theme.hasColumns) {
    const isRtl = theme.direction === 'rtl';
    return (
      <View
        wrap={false}
        style={{ flexDirection: theme.row, alignItems: 'flex-start', marginBottom: theme.space.m }}
      >
        <View style={{ [isRtl ? 'marginLeft' : 'marginRight']: theme.space.l, paddingTop: theme.space.s }}>
          <Drawings theme={theme} block={block} />
        </View>
        <View style={{ flex: 1 }}>
          {title}
          {steps}
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
