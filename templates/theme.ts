import { cjkLineBreaks, noHyphenation } from '@/lib/pdf/line-breaking';
import { tint } from '@/lib/spec/color';
import type { TTextSize } from '@/lib/spec/ids';

interface Scale {
  size: { body: number; small: number; caption: number; h1: number; h2: number; h3: number };
  lineHeight: number;
  space: { xs: number; s: number; m: number; l: number; xl: number };
  /** Space between the items of a list. */
  itemGap: number;
  /**
   * How many items a list that continues overleaf carries at its end, never fewer: large print keeps
   * two, so a page does not end, or a handout's last page hold, one stray item (see kit/list.tsx).
   */
  lastItems: number;
  /** Width of a drawing beside its steps, in points (see kit/figure.tsx). */
  figureWidth: number;
  /** The tallest a drawing is drawn: a tall one is drawn narrower (see kit/figure.tsx). */
  figureHeight: number;
  /** Tick boxes that fit one row of a tracker's day column (see kit/tick-chart.tsx). */
  tickBoxesPerRow: number;
  page: { top: number; bottom: number; horizontal: number };
  /** Short lists may run in two columns (issue 11); large print keeps one column. */
  hasColumns: boolean;
  /** Callouts on a tinted ground; large print prints no text over tints (low-vision guidance). */
  hasTints: boolean;
  /**
   * An introductory paragraph takes the whole next block along with it (kit/section-frame.tsx). Large
   * print's blocks are so tall that the pair left a third of a page empty before it: there the heading
   * keeps its first lines and the rest may continue overleaf (issue 11).
   */
  isIntroBound: boolean;
}

/*
 * Standard print (issue 11, "fewer, fuller pages"): 11 pt body, the floor for print legibility, with
 * tight but open leading; a bilingual second language may go to 10.5 pt. Captions and the footer are
 * labels, not reading text.
 */
const STANDARD: Scale = {
  size: { body: 11, small: 9, caption: 9.5, h1: 18, h2: 13.5, h3: 11.5 },
  lineHeight: 1.2,
  space: { xs: 1, s: 1.5, m: 4, l: 8, xl: 14 },
  itemGap: 1,
  lastItems: 1,
  figureWidth: 108,
  figureHeight: 42,
  tickBoxesPerRow: 4,
  page: { top: 30, bottom: 48, horizontal: 34 },
  hasColumns: true,
  hasTints: true,
  isIntroBound: true,
};

/*
 * Large print follows the common large-print guidance (RNIB, APH): body 18 pt, headings clearly larger
 * and bold, open line spacing, one column, ragged edge (left, right in RTL), no text over a tint, larger
 * drawings. It is designed for the size, not the standard page scaled up.
 */
const LARGE: Scale = {
  size: { body: 18, small: 13, caption: 16, h1: 28, h2: 23, h3: 20 },
  // The foot of the guidance's 1.3-1.4: generous, not wasteful. The compact pull-back (lib/pdf/draw.ts)
  // sets 1.25 when a page rule breaks: held at 1.3 it left more of the 40 large-print handouts failing.
  lineHeight: 1.3,
  space: { xs: 2, s: 3, m: 6, l: 10, xl: 20 },
  itemGap: 2,
  lastItems: 2,
  figureWidth: 170,
  // A figure on a couch or chair is drawn a little narrower than one lying down, not taller.
  figureHeight: 80,
  tickBoxesPerRow: 3,
  // The bottom margin holds the two-line footer at 13 pt (templates/layout/footer.tsx) and no more.
  page: { top: 28, bottom: 60, horizontal: 32 },
  hasColumns: false,
  hasTints: false,
  isIntroBound: false,
};

/** Type scale, spacing and colours of a handout. */
export interface Theme extends Scale {
  direction: 'ltr' | 'rtl';
  fontFamily: string[];
  textSize: TTextSize;
  color: {
    text: string;
    muted: string;
    accent: string;
    accentTint: string;
    rule: string;
    emergency: string;
    emergencyTint: string;
    urgent: string;
    urgentTint: string;
  };
  /** Flex direction of a row, mirrored for right-to-left scripts (react-pdf does not mirror views). */
  row: 'row' | 'row-reverse';
  /** Where a line may break inside a "word" (Chinese has no spaces; nothing is hyphenated). */
  hyphenation: (word: string) => string[];
  textAlign: 'left' | 'right';
  /** The space inside a box's frame above its title and below its last line (kit/callout.tsx). */
  boxInset: number;
}

export function scaleOf(textSize: TTextSize): Scale {
  return textSize === 'large' ? LARGE : STANDARD;
}

/**
 * `compact` is the same design with less air: tighter leading and gaps, the same type sizes. It is
 * used only to pull a short last page back onto the page before (lib/pdf/draw.ts).
 */
export type TDensity = 'normal' | 'compact';

function compacted(scale: Scale): Scale {
  const space = Object.fromEntries(
    Object.entries(scale.space).map(([name, value]) => [name, value * 0.6]),
  ) as Scale['space'];
  return { ...scale, lineHeight: scale.lineHeight - 0.05, space, itemGap: scale.itemGap * 0.5 };
}

export function createTheme(options: {
  accentColor: string;
  direction: 'ltr' | 'rtl';
  fontFamily: string[];
  lineBreaking?: 'words' | 'cjk';
  textSize?: TTextSize;
  density?: TDensity;
  /** The second language of a bilingual handout: half a point smaller, never under 10.5 pt. */
  isSecondLanguage?: boolean;
}): Theme {
  const textSize = options.textSize ?? 'standard';
  const scale = options.density === 'compact' ? compacted(scaleOf(textSize)) : scaleOf(textSize);
  const size =
    options.isSecondLanguage && textSize === 'standard'
      ? { ...scale.size, body: 10.5, h2: 13, h3: 11 }
      : scale.size;
  return {
    ...scale,
    size,
    textSize,
    hyphenation: options.lineBreaking === 'cjk' ? cjkLineBreaks : noHyphenation,
    direction: options.direction,
    fontFamily: options.fontFamily,
    color: {
      text: '#1a1a1a',
      muted: '#4a4a4a',
      accent: options.accentColor,
      accentTint: tint(options.accentColor, 0.9),
      rule: '#c8c8c8',
      // Fixed, not brand-derived: warning colours must mean the same thing in every clinic's handout.
      emergency: '#a10f0f',
      emergencyTint: '#fdecec',
      urgent: '#7a4a00',
      urgentTint: '#fff5e0',
    },
    // The compact drawing tightens a box's inset with the rest of the air, but not in Arabic-script large
    // print (ar, fa, ur: our right-to-left languages): those glyphs reach above and below their line box
    // and touched the frame at 3.6 pt. Other scripts, looked at in large print, stay clear of it.
    boxInset: textSize === 'large' && options.direction === 'rtl' ? scaleOf(textSize).space.m : scale.space.m,
    row: options.direction === 'rtl' ? 'row-reverse' : 'row',
    textAlign: options.direction === 'rtl' ? 'right' : 'left',
  };
}

/** Page margins of standard print; large print has its own (scaleOf('large').page). */
export const PAGE_MARGIN = STANDARD.page;
