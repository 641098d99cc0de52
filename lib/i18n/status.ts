import { z } from 'zod';

/**
 * Where a translation stands, kept beside it in locales/<lang>/status.json. Anything not reviewed by a
 * clinician is shown with a notice in the builder.
 */
export const ZTranslationStatusSchema = z
  .object({
    status: z.enum(['draft', 'reviewed']),
    translatedBy: z.string().min(1),
    translatedOn: z.iso.date(),
    reviewedBy: z.string().min(1).nullable(),
    reviewedOn: z.iso.date().nullable(),
    notes: z.string(),
  })
  .strict()
  .refine((s) => s.status !== 'reviewed' || (s.reviewedBy !== null && s.reviewedOn !== null), {
    message: 'A reviewed translation names its reviewer and date.',
  });
export type TTranslationStatus = z.infer<typeof ZTranslationStatusSchema>;
