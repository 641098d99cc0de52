import type { TOptions } from 'i18next';

import { LOCALES } from '@/lib/i18n/locales';
import { handoutT } from '@/lib/i18n/server';
import type { NormalizedLogo } from '@/lib/pdf/logo';
import type { THandoutSpec } from '@/lib/spec/schema';
import { sectionDefinition } from '@/templates/registry';
import type { BuildContext } from '@/templates/section';

import { formatDate } from './format';
import { type THandoutPayload, ZSectionPayloadSchema } from './schema';

export interface BuildAssets {
  logo?: NormalizedLogo;
  code: string;
  creationDate: Date;
}

/**
 * Spec -> payload: every word resolved in the patient's language, every parameter filled in. Pure and
 * synchronous; the async parts (the logo) are resolved before and passed in.
 */
export function buildPayload(spec: THandoutSpec, assets: BuildAssets): THandoutPayload {
  const locale = LOCALES[spec.locale];
  const t = handoutT(spec.locale);
  const text: BuildContext['text'] = (key, values) => t(key, values as TOptions);
  const ctx: BuildContext = {
    t,
    units: spec.units,
    brand: spec.brand,
    text,
    item: (key, sources, values) => ({ key, text: text(key, values), sources: [...sources] }),
  };

  const sections = spec.sections.map((section) => {
    const built = sectionDefinition(section.id).build(section.params, ctx);
    return ZSectionPayloadSchema.parse({ id: section.id, ...built });
  });

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
    fontFamily: [...locale.fonts],
    code: assets.code,
    meta: {
      title: text('doc.title'),
      author: brand.name,
      subject: text('doc.subject'),
      creationDate: assets.creationDate,
    },
    brand: {
      name: brand.name,
      contactLines: [brand.address, text('doc.phone', { phone: brand.phone }), brand.website].filter(
        (line): line is string => Boolean(line),
      ),
      accentColor: brand.accentColor,
      logo: assets.logo ? { data: assets.logo.data, format: assets.logo.format } : undefined,
    },
    header: { title: text('doc.title'), subtitle: text('doc.subtitle'), facts },
    note: spec.note ? { title: text('doc.noteTitle'), text: spec.note } : undefined,
    sections,
    footer: {
      clinicLine: text('doc.clinicPhone', { name: brand.name, phone: brand.phone }),
      emergencyLine: text('doc.emergency', { number: brand.emergencyNumber }),
      pageLabel: text('doc.page', { page: '{page}', total: '{total}' }),
    },
  };
}
