import type { TLocale } from '@/lib/i18n/locales';
import { ZSectionIdSchema } from '@/lib/spec/ids';
import { type THandoutSpec, ZHandoutSpecSchema } from '@/lib/spec/schema';

/**
 * The handout a render worker draws once per language at boot, so that the language's fonts are parsed
 * and the pipeline is compiled before the first clinician asks. No patient. The default sections and the
 * red flags; with `isFull`, every section: the first language is drawn that way before the server
 * answers, so the first real handout finds every section's code compiled and its text laid out already
 * (text-layout-cache.ts). Every language in full would hold the boot several times longer.
 */
export function warmUpSpec(locale: TLocale, { isFull = false } = {}): THandoutSpec {
  return ZHandoutSpecSchema.parse({
    locale,
    brand: { name: 'Clinic', phone: '555-0100' },
    ...(isFull ? { sections: ZSectionIdSchema.options.map((id) => ({ id })) } : {}),
  });
}

/** The handout languages a clinic's saved handouts print, first and second language, each once. */
export function languagesInUse(
  presets: readonly { locale: TLocale; secondaryLocale?: TLocale }[],
): TLocale[] {
  return [
    ...new Set(
      presets.flatMap(({ locale, secondaryLocale }) =>
        secondaryLocale ? [locale, secondaryLocale] : [locale],
      ),
    ),
  ];
}
