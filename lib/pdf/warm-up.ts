import type { TLocale } from '@/lib/i18n/locales';
import { type THandoutSpec, ZHandoutSpecSchema } from '@/lib/spec/schema';

/**
 * The handout a render worker draws once per language at boot (the default sections and the red
 * flags), so that the language's fonts are parsed and the pipeline is compiled before the first
 * clinician asks. No patient. Every section would warm a little more at several times the boot cost.
 */
export function warmUpSpec(locale: TLocale): THandoutSpec {
  return ZHandoutSpecSchema.parse({
    locale,
    brand: { name: 'Clinic', phone: '555-0100' },
  });
}
