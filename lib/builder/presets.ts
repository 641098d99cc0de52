import { ZHandoutSpecSchema } from '@/lib/spec/schema';
import type { TPreset, TPresetInput } from '@/lib/store/schemas';

import type { TFieldMap } from './fields';
import { convertUnitParams, type FormState, PLACEHOLDER_BRAND, withSections } from './form-state';
import { toSpecInput } from './spec';

/** What a preset holds: the handout's shape, never the patient, the clinician, the note or the clinic. */
export type TPresetContent = Pick<TPreset, 'locale' | 'paper' | 'units' | 'sections'>;

/** The form's selection as a preset to save under `name`; the store validates it again. */
export function presetInputOf(state: FormState, fields: TFieldMap, name: string): TPresetInput {
  const { locale, paper, units, sections } = toSpecInput(state, fields);
  return { name, locale, paper, units, sections };
}

/**
 * Starts the form from a saved handout: its language, paper, units and sections, checked with the spec
 * schema (an unreadable preset changes nothing and returns undefined). Patient, clinician, note and
 * clinic stay as they are.
 */
export function applyPreset(state: FormState, preset: TPresetContent): FormState | undefined {
  const { locale, paper, units, sections } = preset;
  const parsed = ZHandoutSpecSchema.safeParse({ locale, paper, units, sections, brand: PLACEHOLDER_BRAND });
  if (!parsed.success) return undefined;
  const base: FormState = {
    ...state,
    locale,
    paper,
    units,
    params: convertUnitParams(state.params, state.units, units),
    // A second language equal to the preset's first one would print the handout twice.
    secondaryLocale: state.secondaryLocale === locale ? undefined : state.secondaryLocale,
  };
  return withSections(base, parsed.data.sections);
}
