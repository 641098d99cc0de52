import type { TIllustrationId } from '@/lib/payload/schema';

/**
 * Which drawing shows a section's choice, so the picture names what the text names. The parameter values
 * are spelled here as the sections spell them; tsc checks both sides where a section calls these.
 */
const LEG_SUPPORT = {
  couch: 'legs-on-couch',
  chair: 'legs-on-chair',
  ottoman: 'legs-on-footstool',
} as const satisfies Record<string, TIllustrationId>;

const KNEE_SUPPORT = {
  'one-pillow': 'back-knee-pillow',
  'two-pillows': 'back-knee-2-pillows',
  bolster: 'back-knee-bolster',
} as const satisfies Record<string, TIllustrationId>;

const BELLY_PILLOWS: readonly TIllustrationId[] = [
  'stomach-over-1-pillow',
  'stomach-over-pillows',
  'stomach-over-3-pillows',
];

export function legSupportDrawing(support: keyof typeof LEG_SUPPORT): TIllustrationId {
  return LEG_SUPPORT[support];
}

export function kneeSupportDrawing(support: keyof typeof KNEE_SUPPORT): TIllustrationId {
  return KNEE_SUPPORT[support];
}

/** 1 to 3 pillows, as the section's limits allow; a count outside them is a programming error. */
export function bellyPillowsDrawing(count: number): TIllustrationId {
  const id = BELLY_PILLOWS[count - 1];
  if (!id) throw new Error(`No drawing for ${count} belly pillows`);
  return id;
}
