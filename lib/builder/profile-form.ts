import { DEFAULT_ACCENT, type TBrandInput, ZAccentColorSchema, ZBrandSchema } from '@/lib/spec/brand';
import type { TBrandProfile } from '@/lib/store/schemas';

/** The clinic profile form on the settings page, as typed: every field a string, empty when unused. */
export type TProfileValues = Record<TProfileField, string>;
export type TProfileField = (typeof PROFILE_FIELDS)[number]['name'] | 'accentColor';

/** The text fields in the order the form shows them; the accent colour has its own control. */
export const PROFILE_FIELDS = [
  { name: 'name', type: 'text', maxLength: 80, autoComplete: 'organization', isRequired: true },
  { name: 'phone', type: 'tel', maxLength: 40, autoComplete: 'tel', isRequired: true },
  { name: 'afterHoursPhone', type: 'tel', maxLength: 40, autoComplete: 'off', isRequired: false },
  { name: 'emergencyNumber', type: 'tel', maxLength: 20, autoComplete: 'off', isRequired: true },
  { name: 'address', type: 'text', maxLength: 160, autoComplete: 'street-address', isRequired: false },
  { name: 'website', type: 'text', maxLength: 100, autoComplete: 'url', isRequired: false },
] as const;

export function profileValues(profile?: TBrandProfile): TProfileValues {
  return {
    name: profile?.name ?? '',
    phone: profile?.phone ?? '',
    afterHoursPhone: profile?.afterHoursPhone ?? '',
    emergencyNumber: profile?.emergencyNumber ?? '911',
    address: profile?.address ?? '',
    website: profile?.website ?? '',
    accentColor: profile?.accentColor ?? DEFAULT_ACCENT,
  };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value);

/** The body of POST or PUT /api/brands: optional fields left empty are left out (PUT then clears them). */
export function profileInput(values: TProfileValues): Omit<TBrandInput, 'logo'> {
  return {
    name: values.name,
    phone: values.phone,
    afterHoursPhone: optional(values.afterHoursPhone),
    emergencyNumber: values.emergencyNumber,
    address: optional(values.address),
    website: optional(values.website),
    accentColor: values.accentColor,
  };
}

/** The first message per field, from the brand schema the PDF engine and the store use. */
export function checkProfile(values: TProfileValues): Map<string, string> {
  const errors = new Map<string, string>();
  const result = ZBrandSchema.safeParse(profileInput(values));
  for (const issue of result.success ? [] : result.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!errors.has(field)) errors.set(field, issue.message);
  }
  return errors;
}

/** The colour the header preview draws with: the typed one once valid, else the saved one or the default. */
export function previewAccent(values: TProfileValues, saved?: string): string {
  const accent = ZAccentColorSchema.safeParse(values.accentColor);
  return accent.success ? accent.data : (saved ?? DEFAULT_ACCENT);
}
