import { createHash } from 'node:crypto';

import type { TLocale } from '@/lib/i18n/locales';
import { LeastRecentlyUsed } from '@/lib/lru';
import { isPerPatientParam, withoutPerPatientParams } from '@/lib/spec/per-patient';
import type { THandoutSpec } from '@/lib/spec/schema';
import type { TOverrides } from '@/lib/translations/schema';

import type { TSectionPayload } from './schema';

/*
 * The sections of a handout, built in one language, for the next handout that asks for the same: a
 * preview after an edit, a download after its preview and the next patient's handout rebuild every
 * section's words otherwise (i18next lookups, plurals, zod), about 6 ms of a 3-page handout.
 *
 * The key is everything a section's build may read (templates/section.ts BuildContext): the language and
 * the clinic's corrections of it, the units, the clinic's details but the logo (no section reads it;
 * build.ts hands the sections a brand without it, so one cannot start to), and every section with its
 * parameters but the per-patient ones (build.ts hands the sections that list, so none can read another's
 * patient text). A section with a per-patient parameter written (the work note, the clinician's medicine
 * text) is built and never kept, nor is a handout that holds one: the memo holds no patient's text. The
 * handout's other sections are kept one by one (a 6-page handout with a work note: 8 ms to build them all).
 */
export const SECTION_MEMO_ENTRIES = 64;
/** Single sections, kept for handouts with a patient's text in a section: about twelve a handout. */
export const SINGLE_SECTION_MEMO_ENTRIES = 12 * SECTION_MEMO_ENTRIES;

// Typed mutable for the payload's schema type; frozen at run time, so a write throws instead of leaking.
const memo = new LeastRecentlyUsed<TSectionPayload[]>({ maxEntries: SECTION_MEMO_ENTRIES });
const singles = new LeastRecentlyUsed<TSectionPayload>({ maxEntries: SINGLE_SECTION_MEMO_ENTRIES });

const hasPatientText = (section: THandoutSpec['sections'][number]) =>
  Object.entries(section.params ?? {}).some(
    ([name, value]) => isPerPatientParam(section.id, name) && value !== undefined && value !== '',
  );

function keyOf(spec: THandoutSpec, locale: TLocale, overrides: TOverrides): string {
  const brand: Partial<THandoutSpec['brand']> = { ...spec.brand };
  delete brand.logo;
  const inputs = {
    locale,
    corrections: locale === 'en' ? null : (overrides[locale] ?? null),
    units: spec.units,
    brand,
    sections: withoutPerPatientParams(spec.sections),
  };
  return createHash('sha256').update(JSON.stringify(inputs)).digest('base64');
}

/** Frozen all the way down: every handout that gets these sections shares them. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Builds the section at `index` of the spec, or gives the one kept. */
export type KeepSection = (index: number, build: () => TSectionPayload) => TSectionPayload;

/**
 * `build` builds the handout's sections, each through `keep`, and finishes them (the drawings' legend,
 * which depends on all of them).
 */
export function memoisedSections(
  spec: THandoutSpec,
  locale: TLocale,
  overrides: TOverrides,
  build: (keep: KeepSection) => TSectionPayload[],
): TSectionPayload[] {
  const key = keyOf(spec, locale, overrides);
  const keep: KeepSection = (index, buildOne) => {
    const section = spec.sections[index];
    if (!section || hasPatientText(section)) return buildOne();
    const sectionKey = `${key}/${index}`;
    const kept = singles.get(sectionKey);
    if (kept) return kept;
    const built = deepFreeze(buildOne());
    singles.set(sectionKey, built);
    return built;
  };
  if (spec.sections.some(hasPatientText)) return build(keep);
  const kept = memo.get(key);
  if (kept) return kept;
  const built = deepFreeze(build(keep));
  memo.set(key, built);
  return built;
}

/** For tests: every section the memo holds, in whole handouts and one by one. */
export function sectionMemoEntries(): readonly TSectionPayload[] {
  return [...[...memo.values()].flat(), ...singles.values()];
}

/** For tests: how many handouts and single sections the memo holds. */
export function sectionMemoSize(): { handouts: number; sections: number } {
  return { handouts: memo.size, sections: singles.size };
}
