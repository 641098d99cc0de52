import { cjkLineBreaks, noHyphenation } from '@/lib/pdf/line-breaking';
import { tint } from '@/lib/spec/color';

/**
 * Type scale, spacing and colours of a handout. Body text is 12 pt at least: the brief's reading rules
 * ask for it, and many readers are older or reading without their glasses.
 */
export interface Theme {
  direction: 'ltr' | 'rtl';
  fontFamily: string[];
  size: { body: number; small: number; h1: number; h2: number; h3: number };
  lineHeight: number;
  space: { xs: number; s: number; m: number; l: number; xl: number };
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
}

export function createTheme(
  accentColor: string,
  direction: 'ltr' | 'rtl',
  fontFamily: string[],
  lineBreaking: 'words' | 'cjk' = 'words',
): Theme {
  return {
    hyphenation: lineBreaking === 'cjk' ? cjkLineBreaks : noHyphenation,
    direction,
    fontFamily,
    size: { body: 12, small: 9.5, h1: 20, h2: 15, h3: 12.5 },
    lineHeight: 1.4,
    space: { xs: 2, s: 4, m: 8, l: 14, xl: 22 },
    color: {
      text: '#1a1a1a',
      muted: '#4a4a4a',
      accent: accentColor,
      accentTint: tint(accentColor, 0.9),
      rule: '#c8c8c8',
      // Fixed, not brand-derived: warning colours must mean the same thing in every clinic's handout.
      emergency: '#a10f0f',
      emergencyTint: '#fdecec',
      urgent: '#7a4a00',
      urgentTint: '#fff5e0',
    },
    row: direction === 'rtl' ? 'row-reverse' : 'row',
    textAlign: direction === 'rtl' ? 'right' : 'left',
  };
}

export const PAGE_MARGIN = { top: 40, bottom: 56, horizontal: 44 };
