import type { z } from 'zod';

import type { TSectionId } from '@/lib/spec/ids';
import { type THandoutSpecInput, ZHandoutSpecSchema } from '@/lib/spec/schema';

import { hiddenBy } from './applies';
import type { TFieldMap } from './fields';
import type { FormState, TParamValues } from './form-state';

/** The id of the form control a validation issue belongs to, e.g. `sections.heat-cold.heatMinutes`. */
export type TFieldKey = string;

export function paramKey(id: TSectionId, name: string): TFieldKey {
  return `sections.${id}.${name}`;
}

/** Optional free text: an empty box means "leave it out", not an empty string in the PDF. */
function optional(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

/*
 * A hidden parameter (lib/builder/applies.ts) is left out: the PDF ignores it, and a value the
 * clinician can no longer see must not block the handout.
 */
function sectionParams(id: TSectionId, values: TParamValues, fields: TFieldMap[TSectionId]): TParamValues {
  const params: TParamValues = {};
  for (const field of fields) {
    if (hiddenBy(id, field.name, values)) continue;
    const value = values[field.name];
    params[field.name] = field.kind === 'text' && typeof value === 'string' ? optional(value) : value;
  }
  return params;
}

/** The form as a spec the API accepts, built field by field from the registry's own parameter lists. */
export function toSpecInput(state: FormState, fields: TFieldMap): THandoutSpecInput {
  const { brand } = state;
  return {
    locale: state.locale,
    secondaryLocale: state.secondaryLocale,
    paper: state.paper,
    units: state.units,
    textSize: state.textSize,
    sections: state.chosen.map((id) => ({ id, params: sectionParams(id, state.params[id], fields[id]) })),
    patient: { name: optional(state.patient.name), date: optional(state.patient.date) },
    clinician: { name: optional(state.clinician.name), credentials: optional(state.clinician.credentials) },
    note: optional(state.note),
    brand: state.profile?.brand ?? {
      name: brand.name,
      phone: brand.phone,
      address: optional(brand.address),
      website: optional(brand.website),
      emergencyNumber: brand.emergencyNumber,
      accentColor: brand.accentColor,
    },
  };
}

/** Where an issue of the spec schema shows up in the form. */
export function fieldKeyOf(path: readonly PropertyKey[], chosen: readonly TSectionId[]): TFieldKey {
  const [head, index, params, name] = path;
  if (head === 'sections' && typeof index === 'number') {
    const id = chosen[index];
    if (id && params === 'params' && name !== undefined) return paramKey(id, String(name));
    return id ? `sections.${id}` : 'sections';
  }
  return path.slice(0, 2).map(String).join('.');
}

export interface FormCheck {
  /** The spec to send, or undefined while any field is invalid: nothing the schema rejects is sent. */
  spec: THandoutSpecInput | undefined;
  /** The serialised spec: the preview's cache key, and what the API receives. */
  body: string | undefined;
  /** The first message for each invalid field, in the order the form shows them. */
  errors: Map<TFieldKey, string>;
}

function errorsOf(error: z.ZodError, chosen: readonly TSectionId[]): Map<TFieldKey, string> {
  const errors = new Map<TFieldKey, string>();
  for (const issue of error.issues) {
    const key = fieldKeyOf(issue.path, chosen);
    if (!errors.has(key)) errors.set(key, issue.message);
  }
  return errors;
}

/** Validates the form with the same schema the API uses. */
export function checkForm(state: FormState, fields: TFieldMap): FormCheck {
  const spec = toSpecInput(state, fields);
  const result = ZHandoutSpecSchema.safeParse(spec);
  if (!result.success)
    return { spec: undefined, body: undefined, errors: errorsOf(result.error, state.chosen) };
  return { spec, body: JSON.stringify(spec), errors: new Map() };
}
