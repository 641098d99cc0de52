import type { TLocale } from '@/lib/i18n/locales';
import { type TPaper, type TSectionId, type TTextSize, type TUnits, ZSectionIdSchema } from '@/lib/spec/ids';
import { LOCKED_SECTION } from '@/templates/registry';

import { type BrandFields, type ChosenProfile, convertUnitParams, type FormState } from './form-state';

export type TBuilderAction =
  | { type: 'replace'; state: FormState }
  /** A new handout (a starting point, a saved handout, New patient, Reset, or undoing one): the clinic stays. */
  | { type: 'start'; state: FormState }
  | { type: 'toggle'; id: TSectionId; isOn: boolean }
  | { type: 'move'; id: TSectionId; by: -1 | 1 }
  | { type: 'reorder'; id: TSectionId; overId: TSectionId }
  | { type: 'param'; id: TSectionId; name: string; value: unknown }
  | { type: 'locale'; value: TLocale }
  | { type: 'secondaryLocale'; value: TLocale | undefined }
  | { type: 'paper'; value: TPaper }
  | { type: 'textSize'; value: TTextSize }
  | { type: 'units'; value: TUnits }
  | { type: 'patient'; field: keyof FormState['patient']; value: string }
  | { type: 'clinician'; field: keyof FormState['clinician']; value: string }
  | { type: 'note'; value: string }
  | { type: 'brand'; field: keyof BrandFields; value: string }
  | { type: 'profile'; value: ChosenProfile | undefined }
  | { type: 'profilesListed'; ids: readonly string[]; defaultId: string | undefined };

const REGISTRY_ORDER = ZSectionIdSchema.options;

/** A switched-on section goes where the registry's reading order puts it among the chosen ones. */
function insertInReadingOrder(chosen: TSectionId[], id: TSectionId): TSectionId[] {
  const rank = REGISTRY_ORDER.indexOf(id);
  const before = chosen.findIndex((other) => REGISTRY_ORDER.indexOf(other) > rank);
  const at = before === -1 ? chosen.length : before;
  return [...chosen.slice(0, at), id, ...chosen.slice(at)];
}

/** Moves `id` to index `to`, never past the locked section, which stays last. */
function moveTo(chosen: TSectionId[], id: TSectionId, to: number): TSectionId[] {
  const from = chosen.indexOf(id);
  const lastMovable = chosen.length - 2;
  if (id === LOCKED_SECTION || from === -1 || to < 0 || to > lastMovable || to === from) return chosen;
  const rest = chosen.filter((other) => other !== id);
  return [...rest.slice(0, to), id, ...rest.slice(to)];
}

function toggle(chosen: TSectionId[], id: TSectionId, isOn: boolean): TSectionId[] {
  if (id === LOCKED_SECTION || chosen.includes(id) === isOn) return chosen;
  return isOn ? insertInReadingOrder(chosen, id) : chosen.filter((other) => other !== id);
}

/**
 * A number typed into a field: a whole number becomes a number, anything else stays as the text typed,
 * so the schema reports it next to the field instead of the form silently using a default.
 */
export function numberFromInput(raw: string): number | string {
  const trimmed = raw.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The draft's profile while it still exists, else the default one (to be loaded), else typed details. */
function settleProfile(
  current: ChosenProfile | undefined,
  ids: readonly string[],
  defaultId: string | undefined,
): ChosenProfile | undefined {
  if (current && ids.includes(current.id)) return current;
  return defaultId ? { id: defaultId, brand: undefined } : undefined;
}

export function builderReducer(state: FormState, action: TBuilderAction): FormState {
  switch (action.type) {
    case 'replace':
      return action.state;
    case 'start': {
      // The new form is made from the form the clinician saw, but the clinic can change in between: a
      // chosen profile's details arrive from the store after it is chosen. Made from the form before
      // they arrived, a start put the profile back without them, and its preview waited for them for
      // good ("Loading the clinic profile…"). Every start keeps the clinic as it is now.
      const { profile, brand } = state;
      const next = action.state;
      return next.profile === profile && next.brand === brand ? next : { ...next, profile, brand };
    }
    case 'toggle':
      return { ...state, chosen: toggle(state.chosen, action.id, action.isOn) };
    case 'move':
      return {
        ...state,
        chosen: moveTo(state.chosen, action.id, state.chosen.indexOf(action.id) + action.by),
      };
    case 'reorder':
      return { ...state, chosen: moveTo(state.chosen, action.id, state.chosen.indexOf(action.overId)) };
    case 'param':
      return {
        ...state,
        params: { ...state.params, [action.id]: { ...state.params[action.id], [action.name]: action.value } },
      };
    case 'locale':
      // The second language must differ from the first; choosing it as the first clears it.
      return {
        ...state,
        locale: action.value,
        secondaryLocale: state.secondaryLocale === action.value ? undefined : state.secondaryLocale,
      };
    case 'secondaryLocale':
      return { ...state, secondaryLocale: action.value === state.locale ? undefined : action.value };
    case 'paper':
      return { ...state, paper: action.value };
    case 'textSize':
      return { ...state, textSize: action.value };
    case 'units':
      return {
        ...state,
        units: action.value,
        params: convertUnitParams(state.params, state.units, action.value),
      };
    case 'patient':
      return { ...state, patient: { ...state.patient, [action.field]: action.value } };
    case 'clinician':
      return { ...state, clinician: { ...state.clinician, [action.field]: action.value } };
    case 'note':
      return { ...state, note: action.value };
    case 'brand':
      return { ...state, brand: { ...state.brand, [action.field]: action.value } };
    case 'profile':
      return { ...state, profile: action.value };
    case 'profilesListed': {
      const profile = settleProfile(state.profile, action.ids, action.defaultId);
      return profile === state.profile ? state : { ...state, profile };
    }
  }
}
