import { z } from 'zod';

import { ZLocaleSchema } from '@/lib/i18n/locales';
import type { TTree } from '@/lib/i18n/tree';

/** The languages a clinic reviews: every handout language but English, the source. */
export const ZReviewLocaleSchema = ZLocaleSchema.exclude(['en']);
export type TReviewLocale = z.infer<typeof ZReviewLocaleSchema>;

const ZKeySchema = z
  .string()
  .regex(/^[\w-]+(\.[\w-]+)*$/, 'A key is dotted words, such as doc.title.')
  .max(120);
const ZHashSchema = z.string().regex(/^[0-9a-f]{16}$/);
/** Far above any length limit of lib/translations/catalog.ts; that check gives the clear message. */
export const ZCorrectionTextSchema = z.string().max(2000);

/** One reviewer's approval of one string: the English and the translation it saw, by their hashes. */
export const ZApprovalSchema = z
  .object({
    key: ZKeySchema,
    reviewerId: z.string().min(1),
    reviewerName: z.string().min(1),
    sourceHash: ZHashSchema,
    textHash: ZHashSchema,
    at: z.iso.datetime(),
  })
  .strict();
export type TApproval = z.infer<typeof ZApprovalSchema>;

/** A clinic's corrections and approvals of one language; `version` moves with every write (If-Match). */
export const ZTranslationSetSchema = z
  .object({
    locale: ZReviewLocaleSchema,
    version: z.number().int().positive(),
    overrides: z.record(ZKeySchema, ZCorrectionTextSchema),
    approvals: z.array(ZApprovalSchema),
  })
  .strict();
export type TTranslationSet = z.infer<typeof ZTranslationSetSchema>;

/** What the repository stores for a correction; the hashes are computed by lib/translations. */
export const ZCorrectionSchema = z
  .object({ key: ZKeySchema, text: ZCorrectionTextSchema, sourceHash: ZHashSchema, textHash: ZHashSchema })
  .strict();
export type TCorrection = z.infer<typeof ZCorrectionSchema>;

export const ZApprovalInputSchema = ZCorrectionSchema.pick({ key: true, sourceHash: true, textHash: true });
export type TApprovalInput = z.infer<typeof ZApprovalInputSchema>;

/** PUT /api/translations/:locale/:key */
export const ZTranslationWriteSchema = z.union([
  z.object({ text: ZCorrectionTextSchema }).strict(),
  z.object({ approve: z.literal(true) }).strict(),
]);

/** The corrections of every language a render prints: locale -> key -> text. */
export const ZOverridesSchema = z.partialRecord(
  ZReviewLocaleSchema,
  z.record(ZKeySchema, ZCorrectionTextSchema),
);
export type TOverrides = z.infer<typeof ZOverridesSchema>;

/** The export and import file: the shape of locales/<lang>/handout.json, with only the corrected strings. */
export const ZTranslationFileSchema: z.ZodType<TTree> = z.lazy(() =>
  z.record(z.string().regex(/^[\w-]+$/), z.union([ZCorrectionTextSchema, ZTranslationFileSchema])),
);
