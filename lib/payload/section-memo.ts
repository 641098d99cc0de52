import { createHash } from 'node:crypto';

import type { TLocale } from '@/lib/i18n/locales';
import { LeastRecentlyUsed } from '@/lib/lru';
import { isPerPatientParam } from '@/lib/spec/per-patient';
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
 * parameters. A handout with a per-patient parameter written (the work note, the clinician's medicine
 * text) is built and never kept: the memo holds no patient's text.
 */
export const SECTION_MEMO_ENTRIES = 64;

// Typed mutable for the payload's schema type; frozen at run time, so a write throws instead of leaking.
const memo = new LeastRecentlyUsed<TSectionPayload[]>({ maxEntries: SECTION_MEMO_ENTRIES });

function hasPerPatientText(spec: THandoutSpec): boolean {
  return spec.sections.some((section) =>
    Object.entries(section.params ?? {}).some(
      ([name, value]) => isPerPatientParam(section.id, name) && value !== undefined && value !== '',
    ),
  );
}

function keyOf(spec: THandoutSpec, locale: TLocale, overrides: TOverrides): string {
  const brand: Partial<THandoutSpec['brand']> = { ...spec.brand };
  delete brand.logo;
  const inputs = {
    locale,
    corrections: locale === 'en' ? null : (overrides[locale] ?? null),
    units: spec.units,
    brand,
    sections: spec.sections,
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

export function memoisedSections(
  spec: THandoutSpec,
  locale: TLocale,
  overrides: TOverrides,
  build: () => TSectionPayload[],
): TSectionPayload[] {
  if (hasPerPatientText(spec)) return build();
  const key = keyOf(spec, locale, overrides);
  const kept = memo.get(key);
  if (kept) return kept;
  const built = deepFreeze(build());
  memo.set(key, built);
  return built;
}

/** For tests: what the memo holds. */
export function sectionMemoEntries(): readonly TSectionPayload[][] {
  return [...memo.values()];
}
