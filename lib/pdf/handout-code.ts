import { createHash } from 'node:crypto';

import { CONTENT_VERSION } from '@/lib/content-version';
import type { THandoutSpec } from '@/lib/spec/schema';
import type { TOverrides } from '@/lib/translations/schema';

/** The clinic's corrections of the languages a spec prints, in a fixed order; undefined when there are none. */
function correctionsOf(
  spec: THandoutSpec,
  overrides: TOverrides,
): [string, [string, string][]][] | undefined {
  const sets = [spec.locale, spec.secondaryLocale]
    .map((locale) => (locale && locale !== 'en' ? overrides[locale] : undefined))
    .map((set, index): [string, [string, string][]] => [String(index), Object.entries(set ?? {}).sort()])
    .filter(([, entries]) => entries.length > 0);
  return sets.length ? sets : undefined;
}

/**
 * A short code printed in the footer: content version plus a hash of the spec and of the clinic's
 * corrections of its languages (the override set's version), so a correction changes the code and the
 * same spec with the same corrections gives the same bytes. The patient block is left out, so the same
 * clinical handout gets the same code whoever it was printed for. The parsed spec has its keys in schema
 * order, so equal specs serialise identically. Large print is another printed handout and gets its own
 * code; standard print and an empty set of corrections are left out of the hash, so that the codes of
 * handouts printed before text sizes and corrections existed still match.
 */
export function handoutCode(spec: THandoutSpec, overrides: TOverrides = {}): string {
  const { patient: _patient, textSize, ...rest } = spec;
  const clinical = textSize === 'large' ? { ...rest, textSize } : rest;
  const corrections = correctionsOf(spec, overrides);
  const hashed = JSON.stringify(clinical) + (corrections ? JSON.stringify(corrections) : '');
  const hash = createHash('sha256').update(hashed).digest('hex').slice(0, 6).toUpperCase();
  return `${CONTENT_VERSION}-${hash}`;
}
