import { z } from 'zod';

import { corruptRow } from './errors';
import {
  type TBrandFields,
  type TBrandProfile,
  type TPreset,
  type TPresetValues,
  ZBrandProfileSchema,
  ZPresetSchema,
  ZStoredLogoSchema,
} from './schemas';

/*
 * Both engines (SQLite and lib/store/pg) read and write through these mappings, and the PostgreSQL
 * INSERT and UPDATE text is built from the *ToRow keys: a new column is a migration in migrations.ts,
 * one in pg/migrations.ts, and its line here.
 *
 * Rows are parsed twice on the way out: first their SQL shape, then the very schema the API accepts,
 * so a row edited by hand or written by an older version fails loudly instead of reaching a PDF.
 */

function twoStep<S extends z.ZodType>(
  table: string,
  rowSchema: z.ZodType,
  schema: S,
  row: unknown,
): z.output<S> {
  const shaped = rowSchema.safeParse(row);
  if (!shaped.success) throw corruptRow(table, shaped.error);
  const parsed = schema.safeParse(shaped.data);
  if (!parsed.success) throw corruptRow(table, parsed.error);
  return parsed.data;
}

const maybeText = z
  .string()
  .nullable()
  .transform((value) => value ?? undefined);

export const BRAND_SELECT = `
  SELECT b.id, b.name, b.address, b.phone, b.website, b.emergency_number, b.after_hours_phone,
         b.accent_color, b.is_default, b.emergency_confirmed, b.version, b.created_at, b.updated_at,
         l.sha256 AS logo_sha256, l.width AS logo_width, l.height AS logo_height, length(l.png) AS logo_bytes
  FROM brands b LEFT JOIN brand_logos l ON l.brand_id = b.id`;

const ZBrandRowSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    address: maybeText,
    phone: z.string(),
    website: maybeText,
    emergency_number: z.string(),
    after_hours_phone: maybeText,
    accent_color: z.string(),
    is_default: z.union([z.literal(0), z.literal(1)]),
    emergency_confirmed: z.union([z.literal(0), z.literal(1)]),
    version: z.number(),
    created_at: z.string(),
    updated_at: z.string(),
    logo_sha256: z.string().nullable(),
    logo_width: z.number().nullable(),
    logo_height: z.number().nullable(),
    logo_bytes: z.number().nullable(),
  })
  .transform((row) => ({
    id: row.id,
    name: row.name,
    address: row.address,
    phone: row.phone,
    website: row.website,
    emergencyNumber: row.emergency_number,
    afterHoursPhone: row.after_hours_phone,
    accentColor: row.accent_color,
    isDefault: row.is_default === 1,
    emergencyNumberConfirmed: row.emergency_confirmed === 1,
    version: row.version,
    logo:
      row.logo_sha256 === null
        ? null
        : { sha256: row.logo_sha256, width: row.logo_width, height: row.logo_height, bytes: row.logo_bytes },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));

export function brandFromRow(row: unknown): TBrandProfile {
  return twoStep('brands', ZBrandRowSchema, ZBrandProfileSchema, row);
}

/** Column values for an INSERT or UPDATE; empty optional text is stored as NULL. */
export function brandToRow(fields: TBrandFields) {
  return {
    name: fields.name,
    address: fields.address || null,
    phone: fields.phone,
    website: fields.website || null,
    emergency_number: fields.emergencyNumber,
    after_hours_phone: fields.afterHoursPhone || null,
    accent_color: fields.accentColor,
    emergency_confirmed: fields.emergencyNumberConfirmed ? 1 : 0,
  };
}

const ZLogoRowSchema = z
  .object({ png: z.instanceof(Buffer), sha256: z.string(), width: z.number(), height: z.number() })
  .pipe(ZStoredLogoSchema);

export function logoFromRow(row: unknown) {
  const parsed = ZLogoRowSchema.safeParse(row);
  if (!parsed.success) throw corruptRow('brand_logos', parsed.error);
  return parsed.data;
}

export const PRESET_SELECT =
  'SELECT id, name, locale, secondary_locale, paper, units, text_size, sections, version, created_at, updated_at FROM presets';

const ZPresetRowSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    locale: z.string(),
    secondary_locale: maybeText,
    paper: z.string(),
    units: z.string(),
    text_size: z.string(),
    sections: z.string(),
    version: z.number(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .transform(({ created_at, updated_at, sections, secondary_locale, text_size, ...row }, ctx) => {
    try {
      return {
        ...row,
        secondaryLocale: secondary_locale,
        textSize: text_size,
        sections: JSON.parse(sections) as unknown,
        createdAt: created_at,
        updatedAt: updated_at,
      };
    } catch {
      ctx.addIssue({ code: 'custom', path: ['sections'], message: 'Not JSON.' });
      return z.NEVER;
    }
  });

export function presetFromRow(row: unknown): TPreset {
  return twoStep('presets', ZPresetRowSchema, ZPresetSchema, row);
}

export function presetToRow(preset: TPresetValues) {
  return {
    name: preset.name,
    locale: preset.locale,
    secondary_locale: preset.secondaryLocale ?? null,
    paper: preset.paper,
    units: preset.units,
    text_size: preset.textSize,
    sections: JSON.stringify(preset.sections),
  };
}
