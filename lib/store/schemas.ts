import { createHash } from 'node:crypto';

import { z } from 'zod';

import { ZBrandSchema } from '@/lib/spec/brand';
import { isPerPatientParam, isPerPatientPath } from '@/lib/spec/per-patient';
import { ZHandoutSpecSchema } from '@/lib/spec/schema';
import { requiredText } from '@/lib/spec/text';

/*
 * Every shape the store accepts or returns, derived from the engine's own schemas so that a profile or
 * a preset that the store holds is always one the PDF engine accepts.
 */

const ZIdSchema = z.uuid();
const ZTimestampSchema = z.iso.datetime();

// ---------- clinic profiles ----------

const BRAND = ZBrandSchema.shape;

/** What a clinician types for a profile; the logo has its own upload route. */
export const ZBrandFieldsSchema = ZBrandSchema.omit({ logo: true })
  .extend({
    isDefault: z.boolean().optional(),
    /** The admin's confirmation of an emergency number that is not on the recognised list. */
    emergencyNumberConfirmed: z.boolean().optional(),
  })
  .strict();
export type TBrandFields = z.output<typeof ZBrandFieldsSchema>;
export type TBrandFieldsInput = z.input<typeof ZBrandFieldsSchema>;

// zod 4 applies a default even inside .partial(), which would silently reset fields a PATCH leaves out.
export const ZBrandPatchSchema = ZBrandFieldsSchema.extend({
  emergencyNumber: BRAND.emergencyNumber.removeDefault(),
  accentColor: BRAND.accentColor.removeDefault(),
})
  .partial()
  .strict();
export type TBrandPatch = z.input<typeof ZBrandPatchSchema>;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A logo as stored: normalised PNG bytes whose hash proves they are the bytes that were checked. */
export const ZStoredLogoSchema = z
  .object({
    png: z.instanceof(Buffer),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  })
  .strict()
  .refine((logo) => logo.png.subarray(0, 8).equals(PNG_SIGNATURE), 'The stored logo is not a PNG.')
  .refine(
    (logo) => createHash('sha256').update(logo.png).digest('hex') === logo.sha256,
    'The stored logo does not match its hash.',
  );
export type TStoredLogo = z.output<typeof ZStoredLogoSchema>;

export const ZLogoInfoSchema = z
  .object({
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    bytes: z.number().int().positive(),
  })
  .strict();

/** A profile as the store returns it. */
export const ZBrandProfileSchema = ZBrandFieldsSchema.extend({
  id: ZIdSchema,
  isDefault: z.boolean(),
  emergencyNumberConfirmed: z.boolean(),
  version: z.number().int().positive(),
  logo: ZLogoInfoSchema.nullable(),
  createdAt: ZTimestampSchema,
  updatedAt: ZTimestampSchema,
}).strict();
export type TBrandProfile = z.output<typeof ZBrandProfileSchema>;

// ---------- presets (saved handouts) ----------

const SPEC = ZHandoutSpecSchema.in.shape;
// Only used to run the spec's own cross-section rules on a preset; never stored or printed.
const CHECK_BRAND = { name: 'Preset check', phone: '0' };

export const ZPresetNameSchema = requiredText({ max: 80 });

const presetFields = {
  name: ZPresetNameSchema,
  locale: SPEC.locale,
  secondaryLocale: SPEC.secondaryLocale,
  paper: SPEC.paper,
  units: SPEC.units,
  textSize: SPEC.textSize,
  sections: SPEC.sections,
};

type TPresetContent = Pick<
  z.output<typeof ZHandoutSpecSchema>,
  'locale' | 'secondaryLocale' | 'paper' | 'units' | 'textSize' | 'sections'
>;

/**
 * Sections are checked by the handout spec itself (duplicates, rules across parameters and units), so
 * a preset is exactly as valid as the handout it starts. Text written for one patient is refused (see
 * lib/spec/per-patient.ts), and a rule that only asks for that text (the medicine plan "clinician"
 * without its text) is left to the handout that gets it.
 */
function checkAsSpec(content: TPresetContent, ctx: z.RefinementCtx): void {
  const { locale, secondaryLocale, paper, units, textSize, sections } = content;
  sections.forEach((section, index) => {
    for (const [name, value] of Object.entries(section.params)) {
      if (value === undefined || !isPerPatientParam(section.id, name)) continue;
      // An empty field sent by an API client holds no patient's text, but it is still not kept: say so.
      const isEmpty = typeof value === 'string' && value.trim() === '';
      ctx.addIssue({
        code: 'custom',
        path: ['sections', index, 'params', name],
        message: isEmpty
          ? 'Leave this field out: a saved handout has no field written for one patient, not even an empty one.'
          : 'This text is written for one patient: a saved handout never keeps it.',
      });
    }
  });
  const spec = { locale, secondaryLocale, paper, units, textSize, sections, brand: CHECK_BRAND };
  const result = ZHandoutSpecSchema.safeParse(spec);
  if (result.success) return;
  for (const issue of result.error.issues) {
    if (isPerPatientPath(issue.path, sections)) continue;
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  }
}

/*
 * Strict, and with no patient, clinician or note field at all, and no per-patient parameter: a preset
 * that carries one is refused rather than silently trimmed, so nobody believes a patient's text was
 * saved for later.
 */
export const ZPresetInputSchema = z.object(presetFields).strict().superRefine(checkAsSpec);
export type TPresetInput = z.input<typeof ZPresetInputSchema>;
export type TPresetValues = z.output<typeof ZPresetInputSchema>;

export const ZPresetPatchSchema = z
  .object({
    ...presetFields,
    locale: SPEC.locale.removeDefault(),
    paper: SPEC.paper.removeDefault(),
    units: SPEC.units.removeDefault(),
    textSize: SPEC.textSize.removeDefault(),
    sections: SPEC.sections.removeDefault(),
  })
  .partial()
  .strict();
export type TPresetPatch = z.input<typeof ZPresetPatchSchema>;

export const ZPresetSchema = z
  .object({
    id: ZIdSchema,
    ...presetFields,
    version: z.number().int().positive(),
    createdAt: ZTimestampSchema,
    updatedAt: ZTimestampSchema,
  })
  .strict()
  .superRefine(checkAsSpec);
export type TPreset = z.output<typeof ZPresetSchema>;
