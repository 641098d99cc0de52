import { STARTERS } from '@/lib/builder/starters';
import type { TLocale } from '@/lib/i18n/locales';
import type { TBrand } from '@/lib/spec/brand';
import { type THandoutSpec, ZHandoutSpecSchema } from '@/lib/spec/schema';

import { drawHandout, type RenderedHandout } from './draw';

const WARM_UP_BRAND = { name: 'Clinic', phone: '555-0100' };
/** Another made-up clinic, for the second round when the clinic has no saved profile. */
const SECOND_WARM_UP_BRAND = { name: 'Second Clinic', phone: '555-0101', accentColor: '#2a6f3f' };

/**
 * A made-up patient and clinician: warm-up and practice handouts print a name, a date and a clinician,
 * as a clinician's do. Without them the first real handout was the first to format a date in its
 * language (ICU loads the locale's data: 11 ms of a 110 ms first handout after a start in one profile)
 * and to fill in the facts line.
 */
const MADE_UP_PATIENT = { name: 'Practice Patient', date: '2026-01-01' };
const MADE_UP_CLINICIAN = { name: 'Practice Clinician', credentials: 'PT' };

export interface WarmUpOptions {
  /** The first language: every starting point, twice. */
  isFull?: boolean;
  /** The clinic's own brand (its default profile), when it has one. */
  brand?: TBrand;
}

/**
 * The handouts a render worker draws per language at boot, so that the language's fonts are parsed and
 * the pipeline is compiled before the first clinician asks, for a made-up patient. The default sections
 * and the red flags, in the clinic's brand when it has one; with `isFull`, each of the builder's starting
 * points, every section first: the first language is drawn that way before the server answers, so the
 * first real handout finds every section's code compiled and the common text laid out already
 * (text-layout-cache.ts). One drawing left the engine cold: a first-visit handout right after it took
 * 474 ms in one trial, 299 ms after the starting points too (V8 compiles the hot code after a few runs).
 * The starting points are drawn twice, for a made-up clinic, then for the clinic itself (or a second
 * made-up one): a clinic's first handout is in its own brand, whose colours are in every block's style,
 * so after one made-up round every block missed the block cache, and laying them all out for the first
 * time took a median 85 ms in five trials; after the second round, 68 ms with another brand again, and
 * the clinic's own blocks are in the cache. Every language in full would hold the boot several times
 * longer.
 */
export function warmUpSpecs(locale: TLocale, { isFull = false, brand }: WarmUpOptions = {}): THandoutSpec[] {
  const parse = (clinic: unknown, sections?: unknown) =>
    ZHandoutSpecSchema.parse({
      locale,
      brand: clinic,
      sections,
      patient: MADE_UP_PATIENT,
      clinician: MADE_UP_CLINICIAN,
    });
  if (!isFull) return [parse(brand ?? WARM_UP_BRAND)];
  const everyFirst = [...STARTERS].sort((a, b) => b.sections.length - a.sections.length);
  return [WARM_UP_BRAND, brand ?? SECOND_WARM_UP_BRAND].flatMap((clinic) =>
    everyFirst.map(({ sections }) => parse(clinic, sections)),
  );
}

/**
 * Practice handout number `round` (pool.ts): the builder's starting points in turn, in the languages
 * given in turn, on Letter and A4, every fifth in large print, the heat minutes moving from 10 to 20,
 * with a made-up patient, in the clinic's brand when it has one. V8 compiles a function only once it
 * has run often: after the warm-up above, a first-visit handout still took about 75 ms of CPU (TurboFan
 * compiling on other threads for about 15 ms of it), and only after some 200 handouts did it settle at
 * about 45 ms; a clinic drawing 50 handouts a day never got there. The changes make each practice handout lay out blocks that are not
 * in the caches yet, so the layout and line breaking code runs as it does for a real patient.
 */
export function practiceSpec(round: number, locales: readonly TLocale[], brand?: TBrand): THandoutSpec {
  const starter = STARTERS[round % STARTERS.length] ?? STARTERS[0];
  const heatMinutes = 10 + (round % 11);
  return ZHandoutSpecSchema.parse({
    locale: locales[round % locales.length] ?? 'en',
    paper: round % 2 === 0 ? 'letter' : 'a4',
    textSize: round % 5 === 4 ? 'large' : 'standard',
    brand: brand ?? WARM_UP_BRAND,
    patient: MADE_UP_PATIENT,
    clinician: MADE_UP_CLINICIAN,
    sections: starter.sections.map((section) =>
      section.id === 'heat-cold' && 'params' in section
        ? { ...section, params: { ...section.params, heatMinutes } }
        : section,
    ),
  });
}

/** Draws a language's warm-up handouts one after the other; the last one is returned. */
export async function warmUp(locale: TLocale, options: WarmUpOptions = {}): Promise<RenderedHandout> {
  let drawn: RenderedHandout | undefined;
  for (const spec of warmUpSpecs(locale, options)) drawn = await drawHandout(spec);
  if (!drawn) throw new Error('No warm-up handout.');
  return drawn;
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
