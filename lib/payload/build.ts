import type { TOptions } from 'i18next';

import { LOCALES, type TLocale } from '@/lib/i18n/locales';
import { handoutT } from '@/lib/i18n/server';
import type { NormalizedLogo } from '@/lib/pdf/logo';
import { withoutPerPatientParams } from '@/lib/spec/per-patient';
import type { THandoutSpec } from '@/lib/spec/schema';
import type { TOverrides } from '@/lib/translations/schema';
import { sectionDefinition } from '@/templates/registry';
import type { BuildContext } from '@/templates/section';

import { explainDrawings } from './drawing-legend';
import { formatDate } from './format';
import { type THandoutPayload, type TSectionPayload, ZSectionPayloadSchema } from './schema';
import { memoisedSections } from './section-memo';

export interface BuildAssets {
  logo?: NormalizedLogo;
  code: string;
  creationDate: Date;
  /** The locale's font stack with the installed fallbacks (lib/pdf/fonts.ts fontStack). */
  fontFamily: readonly string[];
  /** The same for the second language of a bilingual handout. */
  secondaryFontFamily?: readonly string[];
  /** The clinic's corrections of the handout's languages (lib/translations), passed with each render. */
  overrides?: TOverrides;
}

const HAS_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

/*
 * A phone number or a Latin name inside an Arabic sentence: react-pdf's bidi does not join "010-2030"
 * into one number (Unicode rule W4), so it prints "2030-010". Left-to-right marks around such values
 * make them one left-to-right run. Counts stay numbers: i18next needs them to pick the plural form.
 */
function isolateLtrValues(values: object | undefined): object | undefined {
  if (!values) return values;
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) =>
      typeof value === 'string' && !HAS_RTL.test(value) ? [name, `\u200e${value}\u200e`] : [name, value],
    ),
  );
}

function contextFor(spec: THandoutSpec, locale: TLocale, overrides: TOverrides = {}): BuildContext {
  // No section reads the logo; without it here none can start to, and the section memo's key leaves it out.
  const brand = { ...spec.brand, logo: undefined };
  const t = handoutT(locale, locale === 'en' ? undefined : overrides[locale]);
  const isRtl = LOCALES[locale].direction === 'rtl';
  const text: BuildContext['text'] = (key, values) =>
    t(key, (isRtl ? isolateLtrValues(values) : values) as TOptions);
  return {
    t,
    units: spec.units,
    brand,
    // Without the per-patient parameters: a section's own are its `params`; another's patient text is
    // none of its business, and the section memo (section-memo.ts) keeps sections by this list.
    sections: withoutPerPatientParams(spec.sections),
    text,
    quantity: (unit, count) => text(`units.${unit}`, { count }),
    item: (key, sources, values) => ({ key, text: text(key, values), sources: [...sources] }),
  };
}

function buildSections(spec: THandoutSpec, locale: TLocale, overrides: TOverrides = {}): TSectionPayload[] {
  return memoisedSections(spec, locale, overrides, (keep) => {
    const ctx = contextFor(spec, locale, overrides);
    return explainDrawings(
      spec.sections.map((section, index) =>
        keep(index, () => {
          const built = sectionDefinition(section.id).build(section.params, ctx);
          return ZSectionPayloadSchema.parse({ id: section.id, ...built });
        }),
      ),
      ctx,
    );
  });
}

/**
 * Spec -> payload: every word resolved in the patient's language, every parameter filled in. Pure and
 * synchronous; the async parts (the logo) are resolved before and passed in.
 */
export function buildPayload(spec: THandoutSpec, assets: BuildAssets): THandoutPayload {
  const locale = LOCALES[spec.locale];
  const ctx = contextFor(spec, spec.locale, assets.overrides);
  const { text } = ctx;
  const sections = buildSections(spec, spec.locale, assets.overrides);
  const second = spec.secondaryLocale;
  const secondary =
    second && assets.secondaryFontFamily
      ? {
          locale: LOCALES[second].tag,
          languageName: LOCALES[second].nativeName,
          direction: LOCALES[second].direction,
          lineBreaking: LOCALES[second].lineBreaking,
          fontFamily: [...assets.secondaryFontFamily],
          title: contextFor(spec, second, assets.overrides).text('doc.title'),
          sections: buildSections(spec, second, assets.overrides),
        }
      : undefined;

  const { brand, patient, clinician } = spec;
  const facts = [
    patient?.name ? { label: text('doc.patient'), value: patient.name } : undefined,
    patient?.date ? { label: text('doc.date'), value: formatDate(patient.date, spec.locale) } : undefined,
    clinician?.name
      ? {
          label: text('doc.clinician'),
          value: clinician.credentials ? `${clinician.name}, ${clinician.credentials}` : clinician.name,
        }
      : undefined,
  ].filter((fact) => fact !== undefined);

  return {
    locale: locale.tag,
    direction: locale.direction,
    paper: spec.paper,
    textSize: spec.textSize,
    fontFamily: [...assets.fontFamily],
    lineBreaking: locale.lineBreaking,
    code: assets.code,
    meta: {
      title: text('doc.title'),
      author: brand.name,
      subject: text('doc.subject'),
      creationDate: assets.creationDate,
    },
    brand: {
      name: brand.name,
      contactLines: [
        brand.address,
        text('doc.phone', { phone: brand.phone }),
        brand.afterHoursPhone ? text('doc.afterHours', { phone: brand.afterHoursPhone }) : undefined,
        brand.website,
      ].filter((line): line is string => Boolean(line)),
      accentColor: brand.accentColor,
      logo: assets.logo ? { data: assets.logo.data, format: assets.logo.format } : undefined,
    },
    header: { title: text('doc.title'), subtitle: text('doc.subtitle'), facts },
    note: spec.note ? { title: text('doc.noteTitle'), text: spec.note } : undefined,
    sections,
    secondary,
    footer: {
      clinicLine: text('doc.clinicPhone', { name: brand.name, phone: brand.phone }),
      emergencyLine: text('doc.emergency', { number: brand.emergencyNumber }),
      pageLabel: text('doc.page', { page: '{page}', total: '{total}' }),
    },
  };
}
