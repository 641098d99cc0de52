import type { TLocale } from '@/lib/i18n/locales';
import { DEFAULT_ACCENT, type TBrand } from '@/lib/spec/brand';
import { type TPaper, type TSectionId, type TTextSize, type TUnits, ZSectionIdSchema } from '@/lib/spec/ids';
import { DEFAULT_SECTIONS, type THandoutSpec } from '@/lib/spec/schema';
import { LOCKED_SECTION, SECTIONS } from '@/templates/registry';
import { LIFT_HEIGHT } from '@/templates/sections/leg-lift';

/** One section's parameters as the form holds them: a number field may hold the raw text being typed. */
export type TParamValues = Record<string, unknown>;

export interface BrandFields {
  name: string;
  phone: string;
  address: string;
  website: string;
  emergencyNumber: string;
  accentColor: string;
}

/**
 * A saved clinic profile chosen in the picker. Its brand (logo included) is fetched from the store and
 * printed inline, so the spec, the preview and the download stay what they are without profiles.
 * `brand` is undefined while it loads.
 */
export interface ChosenProfile {
  id: string;
  brand: TBrand | undefined;
}

/** Everything on the page, as typed. `toSpecInput` turns it into a spec; the schema decides if it is valid. */
export interface FormState {
  locale: TLocale;
  /** A second language printed below each section (bilingual handout), or none. */
  secondaryLocale: TLocale | undefined;
  paper: TPaper;
  units: TUnits;
  textSize: TTextSize;
  /** The chosen sections in print order; the locked section is always there and always last. */
  chosen: TSectionId[];
  /** Every section's values, chosen or not, so switching a section off and on keeps its settings. */
  params: Record<TSectionId, TParamValues>;
  patient: { name: string; date: string };
  clinician: { name: string; credentials: string };
  note: string;
  /** Typed clinic details: printed when no saved profile is chosen (there are none, or the store failed). */
  brand: BrandFields;
  profile: ChosenProfile | undefined;
}

/** Clearly fake clinic details so the page renders on first load; the form warns until they change. */
export const PLACEHOLDER_BRAND: BrandFields = {
  name: 'Your Clinic Name',
  phone: '555-0100',
  address: '',
  website: '',
  emergencyNumber: '911',
  accentColor: DEFAULT_ACCENT,
};

export function isPlaceholderBrand(brand: BrandFields): boolean {
  return brand.name === PLACEHOLDER_BRAND.name || brand.phone === PLACEHOLDER_BRAND.phone;
}

/** Parameters that are lengths: their limits and default follow the units (brief §5). */
export const UNIT_PARAMS: Partial<Record<TSectionId, Record<string, typeof LIFT_HEIGHT>>> = {
  'leg-lift': { liftHeight: LIFT_HEIGHT },
};

export function defaultParams(id: TSectionId, units: TUnits): TParamValues {
  const values: TParamValues = { ...SECTIONS[id].params.parse({}) };
  for (const [name, limits] of Object.entries(UNIT_PARAMS[id] ?? {})) {
    values[name] ??= limits[units].fallback;
  }
  return values;
}

function allDefaultParams(units: TUnits): Record<TSectionId, TParamValues> {
  return Object.fromEntries(ZSectionIdSchema.options.map((id) => [id, defaultParams(id, units)])) as Record<
    TSectionId,
    TParamValues
  >;
}

/** Keeps the locked section present and last, and drops repeats. */
export function normalizeChosen(ids: readonly TSectionId[]): TSectionId[] {
  const unique = [...new Set(ids)].filter((id) => id !== LOCKED_SECTION);
  return [...unique, LOCKED_SECTION];
}

export function defaultFormState(today: string): FormState {
  return {
    locale: 'en',
    secondaryLocale: undefined,
    paper: 'letter',
    units: 'imperial',
    textSize: 'standard',
    chosen: normalizeChosen(DEFAULT_SECTIONS),
    params: allDefaultParams('imperial'),
    patient: { name: '', date: today },
    clinician: { name: '', credentials: '' },
    note: '',
    brand: { ...PLACEHOLDER_BRAND },
    profile: undefined,
  };
}

const CM_PER_INCH = 2.54;

/** Converts length parameters when the units change: 6 in becomes 15 cm, kept inside the new limits. */
export function convertUnitParams(
  params: Record<TSectionId, TParamValues>,
  from: TUnits,
  to: TUnits,
): Record<TSectionId, TParamValues> {
  if (from === to) return params;
  const next = { ...params };
  for (const [id, lengths] of Object.entries(UNIT_PARAMS) as [
    TSectionId,
    Record<string, typeof LIFT_HEIGHT>,
  ][]) {
    const values = { ...next[id] };
    for (const [name, limits] of Object.entries(lengths)) {
      const value = values[name];
      const { min, max, fallback } = limits[to];
      if (typeof value !== 'number') {
        values[name] = fallback;
        continue;
      }
      const converted = Math.round(to === 'metric' ? value * CM_PER_INCH : value / CM_PER_INCH);
      values[name] = Math.min(max, Math.max(min, converted));
    }
    next[id] = values;
  }
  return next;
}

/** Puts parsed sections (from a draft or a starting point) into the form, in their order. */
export function withSections(base: FormState, sections: THandoutSpec['sections']): FormState {
  const params = { ...base.params };
  for (const section of sections) {
    const given = Object.entries(section.params).filter(([, value]) => value !== undefined);
    params[section.id] = { ...defaultParams(section.id, base.units), ...Object.fromEntries(given) };
  }
  return { ...base, chosen: normalizeChosen(sections.map((section) => section.id)), params };
}

/** A parsed spec back into form values, on top of `base`, which keeps the patient fields. */
export function formFromSpec(spec: THandoutSpec, base: FormState): FormState {
  const { brand } = spec;
  const converted = {
    ...base,
    units: spec.units,
    params: convertUnitParams(base.params, base.units, spec.units),
  };
  return {
    ...withSections(converted, spec.sections),
    locale: spec.locale,
    secondaryLocale: spec.secondaryLocale,
    paper: spec.paper,
    textSize: spec.textSize,
    clinician: { name: spec.clinician?.name ?? '', credentials: spec.clinician?.credentials ?? '' },
    note: spec.note ?? '',
    brand: {
      name: brand.name,
      phone: brand.phone,
      address: brand.address ?? '',
      website: brand.website ?? '',
      emergencyNumber: brand.emergencyNumber,
      accentColor: brand.accentColor,
    },
  };
}

/** Today as YYYY-MM-DD in the browser's own time zone (not UTC, which is tomorrow in the evening in the US). */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
