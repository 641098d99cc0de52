import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import mixPlugin from 'colord/plugins/mix';

extend([a11yPlugin, mixPlugin]);

/** WCAG 2.1 AA for normal text: the accent colour is used for headings and rules on white paper. */
export const MIN_CONTRAST_ON_WHITE = 4.5;

export function contrastOnWhite(hex: string): number {
  return colord(hex).contrast('#ffffff');
}

export function isReadableOnWhite(hex: string): boolean {
  return contrastOnWhite(hex) >= MIN_CONTRAST_ON_WHITE;
}

/** A very light tint of the accent, for box backgrounds. */
export function tint(hex: string, amount: number): string {
  return colord(hex).mix('#ffffff', amount).toHex();
}
