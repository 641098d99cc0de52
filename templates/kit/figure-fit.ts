import type { TBlock, TContentItem } from '@/lib/payload/schema';

import { drawIllustration } from '../illustrations/index';
import { illustrationBox } from '../illustrations/view-box';
import type { Theme } from '../theme';

type FigureBlock = Extract<TBlock, { kind: 'figure' }>;

type Drawing = FigureBlock['figures'][number];

/** Letter's width in points: the narrower paper, so what fits there fits on A4. */
const LETTER_WIDTH = 612;

const WIDE = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/** A text's width in ems: a full em for Chinese, Japanese and Korean, `em` for any other character. */
export function emsOf(text: string, em: number): number {
  return [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 1 : em), 0);
}

/** The width of the page's one text column (Letter). */
export function columnWidth(theme: Theme): number {
  return LETTER_WIDTH - 2 * theme.page.horizontal;
}

/**
 * A drawing as wide as the theme's figures, or narrower where that would make it taller than the
 * theme's figure height: a figure on a chair is drawn smaller than one lying down rather than making its
 * row of steps taller (issue 11: drawings sized by what they show).
 */
function drawingSize(theme: Theme, figure: Drawing): { width: number; height: number } {
  const box = illustrationBox(drawIllustration(figure.illustration, { isCrossedOut: figure.isCrossedOut }));
  const width = Math.min(theme.figureWidth, (theme.figureHeight * box.width) / box.height);
  return { width, height: (width * box.height) / box.width };
}

export function drawingWidth(theme: Theme, figure: Drawing): number {
  return drawingSize(theme, figure).width;
}

/*
 * Heights estimated from the text alone (about half an em a character): close enough to choose between
 * two arrangements, which is all they are used for.
 */
const EM = 0.55;

function captionHeight(theme: Theme, figure: Drawing, width: number): number {
  if (!figure.caption) return 0;
  const lines = Math.ceil((emsOf(figure.caption, EM) * theme.size.caption) / width);
  return lines * theme.size.caption * 1.15;
}

function listHeight(theme: Theme, items: TContentItem[], width: number, isNumbered: boolean): number {
  const text = width - theme.size.body * ((isNumbered ? 1.7 : 1.1) + 0.45);
  const lines = items.reduce(
    (sum, item) => sum + Math.ceil((emsOf(item.text, EM) * theme.size.body) / text),
    0,
  );
  return lines * theme.size.body * theme.lineHeight + items.length * theme.itemGap;
}

/**
 * Whether a one-column (large print) figure is shorter with its drawings in a column beside the steps
 * than above them: a few short steps beside a drawing take no height of their own, while long steps in
 * the narrower column would run on for more lines than the drawing saves (issue 11: use the space).
 */
export function isShorterBeside(theme: Theme, block: FigureBlock): boolean {
  const full = columnWidth(theme);
  const beside = full - theme.figureWidth - theme.space.l;
  // A drawing over its caption, as drawn in a column beside the steps or in a row above them.
  const stacked = (figure: Drawing) =>
    drawingSize(theme, figure).height + captionHeight(theme, figure, theme.figureWidth);
  const column = block.figures.reduce((sum, figure) => sum + stacked(figure) + theme.space.s, 0);
  const [only] = block.figures;
  // One drawing above the steps has its caption beside it.
  const row =
    only && block.figures.length === 1
      ? Math.max(drawingSize(theme, only).height, captionHeight(theme, only, beside))
      : Math.max(...block.figures.map(stacked));
  const besideHeight = Math.max(column, listHeight(theme, block.items, beside, block.isNumbered));
  const aboveHeight = row + theme.space.s + listHeight(theme, block.items, full, block.isNumbered);
  return besideHeight < aboveHeight;
}
