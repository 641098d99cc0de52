import { z } from 'zod';

import { contrastOnWhite, isReadableOnWhite, MIN_CONTRAST_ON_WHITE } from './color';
import { ZLogoDataUrlSchema } from './logo';
import { printableText, requiredText } from './text';

export const DEFAULT_ACCENT = '#1d5c8a';

const PHONE = /^[0-9+()\-.\s]*[0-9][0-9+()\-.\s]*$/;

const phone = (max: number) =>
  requiredText({ max }).refine((value) => PHONE.test(value), 'Use digits, spaces and + ( ) - only.');

export const ZAccentColorSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'Use a hex colour such as #1d5c8a.')
  .transform((value) => value.toLowerCase())
  .superRefine((value, ctx) => {
    if (isReadableOnWhite(value)) return;
    // Rounded down: rounded to nearest, 4.47:1 read "contrast 4.5:1, needs 4.5:1" for a refused colour.
    const ratio = (Math.floor(contrastOnWhite(value) * 10) / 10).toFixed(1);
    ctx.addIssue({
      code: 'custom',
      message: `This colour is too light to read on white (contrast ${ratio}:1, needs ${MIN_CONTRAST_ON_WHITE}:1). Pick a darker shade.`,
    });
  });

/** The clinic identity printed in the header, the footer and the red-flag box. */
export const ZBrandSchema = z
  .object({
    name: requiredText({ max: 80 }),
    address: printableText({ max: 160 }).optional(),
    phone: phone(40),
    website: printableText({ max: 100 }).optional(),
    /** Where a patient reaches the clinic out of hours; printed under the clinic phone when given. */
    afterHoursPhone: phone(40).optional(),
    emergencyNumber: phone(20).default('911'),
    accentColor: ZAccentColorSchema.default(DEFAULT_ACCENT),
    logo: ZLogoDataUrlSchema.optional(),
  })
  .strict();

export type TBrand = z.output<typeof ZBrandSchema>;
export type TBrandInput = z.input<typeof ZBrandSchema>;
