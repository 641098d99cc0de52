import { STARTERS } from '@/lib/builder/starters';
import type { TLocale } from '@/lib/i18n/locales';
import { type THandoutSpec, ZHandoutSpecSchema } from '@/lib/spec/schema';

import { drawHandout, type RenderedHandout } from './draw';

const WARM_UP_BRAND = { name: 'Clinic', phone: '555-0100' };

/**
 * The handouts a render worker draws per language at boot, so that the language's fonts are parsed and
 * the pipeline is compiled before the first clinician asks. No patient. The default sections and the
 * red flags; with `isFull`, each of the builder's starting points, every section first: the first
 * language is drawn that way before the server answers, so the first real handout finds every
 * section's code compiled and the common text laid out already (text-layout-cache.ts). One drawing left
 * the engine cold: a first-visit handout right after it took 474 ms in one trial, 299 ms after the
 * starting points too (V8 compiles the hot code after a few runs). Every language in full would hold
 * the boot several times longer.
 */
export function warmUpSpecs(locale: TLocale, { isFull = false } = {}): THandoutSpec[] {
  const parse = (sections?: unknown) => ZHandoutSpecSchema.parse({ locale, brand: WARM_UP_BRAND, sections });
  if (!isFull) return [parse()];
  const everyFirst = [...STARTERS].sort((a, b) => b.sections.length - a.sections.length);
  return everyFirst.map(({ sections }) => parse(sections));
}

/** A made-up patient: practice handouts print a name and a date, as a clinician's do. */
const PRACTICE_PATIENT = { name: 'Practice Patient', date: '2026-01-01' };

/**
 * Practice handout number `round` (pool.ts): the builder's starting points in turn, in the languages
 * given in turn, on Letter and A4, every fifth in large print, the heat minutes moving from 10 to 20,
 * with a made-up patient. V8 compiles a function only once it has run often: after the warm-up above,
 * a first-visit handout still took about 75 ms of CPU (TurboFan compiling on other threads for about
 * 15 ms of it), and only after some 200 handouts did it settle at about 45 ms; a clinic drawing 50
 * handouts a day never got there. The changes make each practice handout lay out blocks that are not
 * in the caches yet, so the layout and line breaking code runs as it does for a real patient.
 */
export function practiceSpec(round: number, locales: readonly TLocale[]): THandoutSpec {
  const starter = STARTERS[round % STARTERS.length] ?? STARTERS[0];
  const heatMinutes = 10 + (round % 11);
  return ZHandoutSpecSchema.parse({
    locale: locales[round % locales.length] ?? 'en',
    paper: round % 2 === 0 ? 'letter' : 'a4',
    textSize: round % 5 === 4 ? 'large' : 'standard',
    brand: WARM_UP_BRAND,
    patient: PRACTICE_PATIENT,
    sections: starter.sections.map((section) =>
      section.id === 'heat-cold' && 'params' in section
        ? { ...section, params: { ...section.params, heatMinutes } }
        : section,
    ),
  });
}

/** Draws a language's warm-up handouts one after the other; the last one is returned. */
export async function warmUp(locale: TLocale, options: { isFull?: boolean } = {}): Promise<RenderedHandout> {
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
