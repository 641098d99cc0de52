import { z } from 'zod';

import { ZBrandSchema } from '@/lib/spec/brand';

import { ZBrandFieldsSchema, ZBrandProfileSchema, ZPresetInputSchema, ZPresetSchema } from './schemas';

export const EXPORT_FORMAT = 'clinic-handouts/v1';
/** Each logo travels as a data URL of up to 512 KB; these caps keep a file well under MAX_IMPORT_BYTES. */
export const MAX_IMPORT_BRANDS = 20;
export const MAX_IMPORT_PRESETS = 500;
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

const ZExportBrandSchema = ZBrandFieldsSchema.extend({
  isDefault: z.boolean().default(false),
  logo: ZBrandSchema.shape.logo,
}).strict();

/** The file a clinic shares with another: profiles (logos inline) and presets, no ids, no patient data. */
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
});
export type TImportResult = z.output<typeof ZImportResultSchema>;
