import { parseWithoutPatientText, withoutPerPatientParams } from '@/lib/spec/per-patient';
import type { TPreset, TPresetInput } from '@/lib/store/schemas';

import type { TFieldMap } from './fields';
import { convertUnitParams, type FormState, PLACEHOLDER_BRAND, withSections } from './form-state';
import { forNewPatient } from './new-patient';
import { toSpecInput } from './spec';

/** What a preset holds: the handout's shape, never the patient, the clinician, the note or the clinic. */
export type TPresetContent = Pick<TPreset, 'locale' | 'paper' | 'units' | 'sections'>;

/** The form's selection as a preset to save under `name`, without per-patient text; the store checks it again. */
export function presetInputOf(state: FormState, fields: TFieldMap, name: string): TPresetInput {
  const { locale, paper, units, sections } = toSpecInput(state, fields);
  return { name, locale, paper, units, sections: sections && withoutPerPatientParams(sections) };
}

/**
 * Starts a new handout from a saved handout: its language, paper, units and sections, checked with the
 * spec schema (an unreadable preset changes nothing and returns undefined). The clinician and the clinic
 * stay; every per-patient field starts empty, dated `today`.
 */
export function applyPreset(state: FormState, preset: TPresetContent, today: string): FormState | undefined {
  const { locale, paper, units, sections } = preset;
  const parsed = parseWithoutPatientText({ locale, paper, units, sections, brand: PLACEHOLDER_BRAND });
  if (!parsed) return undefined;
  const base: FormState = {
    ...forNewPatient(state, today),
    locale,
    paper,
    units,
    params: convertUnitParams(state.params, state.units, units),
    // A second language equal to the preset's first one would print the handout twice.
    secondaryLocale: state.secondaryLocale === locale ? undefined : state.secondaryLocale,
  };
  return withSections(base, parsed.sections);
}
