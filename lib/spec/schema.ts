import { z } from 'zod';

import { ZLocaleSchema } from '@/lib/i18n/locales';
import { LOCKED_SECTION, sectionDefinition, SECTIONS } from '@/templates/registry';

import { ZBrandSchema } from './brand';
import { type TSectionId, ZPaperSchema, ZSectionIdSchema, ZTextSizeSchema, ZUnitsSchema } from './ids';
import { printableText } from './text';

type Registry = typeof SECTIONS;

/** One chosen section with its parameters filled in, typed by its id. */
export type TSectionEntry = {
  [Id in TSectionId]: { id: Id; params: z.output<Registry[Id]['params']> };
}[TSectionId];

const KNOWN_IDS = ZSectionIdSchema.options.join(', ');

/*
 * A section entry is parsed in two steps so that an unknown id gets a message naming the known ones,
 * and a bad parameter gets a path inside that section's params (not a wall of union errors).
 */
export const ZSectionEntrySchema = z
  .object({
    id: z.string({ error: 'Each section needs an id.' }),
    params: z.record(z.string(), z.unknown(), { error: 'params must be an object.' }).optional(),
  })
  .strict()
  .transform((entry, ctx): TSectionEntry => {
    const id = ZSectionIdSchema.safeParse(entry.id);
    if (!id.success) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `Unknown section "${entry.id}". Known: ${KNOWN_IDS}.`,
      });
      return z.NEVER;
    }
    const parsed = SECTIONS[id.data].params.safeParse(entry.params ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        ctx.addIssue({ code: 'custom', path: ['params', ...issue.path], message: issue.message });
      }
      return z.NEVER;
    }
    return { id: id.data, params: parsed.data } as TSectionEntry;
  });

// Brief §8: every handout opens with "Your plan"; the clinician may switch it off like any section.
export const DEFAULT_SECTIONS: TSectionId[] = [
  'plan',
  'what-to-expect',
  'relief-positions',
  'heat-cold',
  'staying-active',
];

const ZPatientSchema = z
  .object({
    name: printableText({ max: 80 }).optional(),
    date: z.iso.date('Use a date like 2026-03-14.').optional(),
  })
  .strict();

const ZClinicianSchema = z
  .object({
    name: printableText({ max: 80 }).optional(),
    credentials: printableText({ max: 40 }).optional(),
  })
  .strict();

/** The public contract of the API and the CLI: one handout, fully described. */
export const ZHandoutSpecSchema = z
  .object({
    locale: ZLocaleSchema.default('en'),
    /** Prints every section a second time in this language (typically the clinician's), below the first. */
    secondaryLocale: ZLocaleSchema.optional(),
    paper: ZPaperSchema.default('letter'),
    units: ZUnitsSchema.default('imperial'),
    textSize: ZTextSizeSchema.default('standard'),
    sections: z
      .array(ZSectionEntrySchema)
      .max(ZSectionIdSchema.options.length, 'Too many sections.')
      .default(() => DEFAULT_SECTIONS.map((id) => ZSectionEntrySchema.parse({ id }))),
    patient: ZPatientSchema.optional(),
    clinician: ZClinicianSchema.optional(),
    note: printableText({ max: 600, isMultiline: true }).optional(),
    brand: ZBrandSchema,
  })
  .strict()
  .superRefine((spec, ctx) => {
    if (spec.secondaryLocale === spec.locale) {
      ctx.addIssue({
        code: 'custom',
        path: ['secondaryLocale'],
        message: 'Choose a language other than the handout language.',
      });
    }
    const seen = new Set<TSectionId>();
    spec.sections.forEach((section, index) => {
      if (seen.has(section.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sections', index, 'id'],
          message: `"${section.id}" is listed twice.`,
        });
      }
      seen.add(section.id);
      for (const issue of sectionDefinition(section.id).validate?.(section.params, { units: spec.units }) ??
        []) {
        ctx.addIssue({
          code: 'custom',
          path: ['sections', index, 'params', ...issue.path],
          message: issue.message,
        });
      }
    });
  })
  .transform((spec) => ({
    ...spec,
    // Red flags always print, last, even when the spec leaves them out.
    sections: spec.sections.some((section) => section.id === LOCKED_SECTION)
      ? spec.sections
      : [...spec.sections, ZSectionEntrySchema.parse({ id: LOCKED_SECTION })],
  }));

export type THandoutSpec = z.output<typeof ZHandoutSpecSchema>;
export type THandoutSpecInput = z.input<typeof ZHandoutSpecSchema>;
