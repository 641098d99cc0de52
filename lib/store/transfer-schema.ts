import { z } from 'zod';

import { ZBrandSchema } from '@/lib/spec/brand';
import { ZReviewLocaleSchema, ZTranslationSetSchema } from '@/lib/translations/schema';

import { ZBrandFieldsSchema, ZBrandProfileSchema, ZPresetInputSchema, ZPresetSchema } from './schemas';

export const EXPORT_FORMAT = 'clinic-handouts/v1';
/** Each logo travels as a data URL of up to 512 KB; these caps keep a file well under MAX_IMPORT_BYTES. */
export const MAX_IMPORT_BRANDS = 20;
export const MAX_IMPORT_PRESETS = 500;
/** Far above a language's strings (about 400) and the reviewers a clinic has; all 19 languages fit in a few MB. */
export const MAX_IMPORT_CORRECTIONS = 1000;
export const MAX_IMPORT_APPROVALS = 5000;
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

const ZExportBrandSchema = ZBrandFieldsSchema.extend({
  isDefault: z.boolean().default(false),
  logo: ZBrandSchema.shape.logo,
}).strict();

/**
 * A language's corrections and who approved which string (issue 16), as the store keeps them: an
 * approval names the hashes of the English and the translation it saw, so it counts on the new
 * machine only for the same text.
 */
const ZExportTranslationSchema = z
  .object({
    overrides: ZTranslationSetSchema.shape.overrides.refine(
      (overrides) => Object.keys(overrides).length <= MAX_IMPORT_CORRECTIONS,
      `At most ${MAX_IMPORT_CORRECTIONS} corrections per language.`,
    ),
    approvals: ZTranslationSetSchema.shape.approvals.max(
      MAX_IMPORT_APPROVALS,
      `At most ${MAX_IMPORT_APPROVALS} approvals per language.`,
    ),
  })
  .strict();

/**
 * The file a clinic shares with another, or takes to a new machine: profiles (logos inline), presets,
 * and the translation corrections with their review; no ids, no users, no patient data. Files from
 * before translations were exported have no `translations`.
 */
export const ZStoreExportSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT, { error: `This is not a Clinic Handouts export (${EXPORT_FORMAT}).` }),
    exportedAt: z.iso.datetime().optional(),
    brands: z
      .array(ZExportBrandSchema)
      .max(MAX_IMPORT_BRANDS, `At most ${MAX_IMPORT_BRANDS} profiles per file.`),
    presets: z
      .array(ZPresetInputSchema)
      .max(MAX_IMPORT_PRESETS, `At most ${MAX_IMPORT_PRESETS} presets per file.`),
    translations: z.partialRecord(ZReviewLocaleSchema, ZExportTranslationSchema).default({}),
  })
  .strict()
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    doc.presets.forEach((preset, index) => {
      const key = preset.name.toLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['presets', index, 'name'],
          message: 'This name appears twice.',
        });
      }
      seen.add(key);
    });
    if (doc.brands.filter((brand) => brand.isDefault).length > 1) {
      ctx.addIssue({ code: 'custom', path: ['brands'], message: 'Only one profile can be the default.' });
    }
  });
export type TStoreExport = z.output<typeof ZStoreExportSchema>;
export type TStoreExportInput = z.input<typeof ZStoreExportSchema>;

export const ZImportResultSchema = z.object({
  brands: z.array(ZBrandProfileSchema),
  presets: z.array(ZPresetSchema),
  renamedPresets: z.array(z.object({ from: z.string(), to: z.string() })),
  /** Per language: corrections and approvals added, and corrections kept because this clinic had its own. */
  translations: z.array(
    z.object({
      locale: ZReviewLocaleSchema,
      corrections: z.number().int().nonnegative(),
      approvals: z.number().int().nonnegative(),
      kept: z.number().int().nonnegative(),
    }),
  ),
});
export type TImportResult = z.output<typeof ZImportResultSchema>;
