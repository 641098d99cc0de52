'use client';

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { paramLabelKey, sectionKey, type UiKey } from '@/lib/builder/ui-i18n';
import { ZSectionIdSchema } from '@/lib/spec/ids';

const FIXED: Record<string, UiKey> = {
  'patient.name': 'visit.patientName',
  'patient.date': 'visit.date',
  'clinician.name': 'visit.clinicianName',
  'clinician.credentials': 'visit.credentials',
  note: 'note.label',
  'brand.name': 'brand.name',
  'brand.phone': 'brand.phone',
  'brand.address': 'brand.address',
  'brand.website': 'brand.website',
  'brand.emergencyNumber': 'brand.emergencyNumber',
  'brand.accentColor': 'brand.accentColor',
};

/** A field key (see lib/builder/spec.ts) as the words the clinician sees beside that field. */
export function useFieldLabel() {
  const { t } = useTranslation('ui');
  return useCallback(
    (key: string) => {
      const fixed = FIXED[key];
      if (fixed) return t(fixed);
      const [head, id, name] = key.split('.');
      const section = ZSectionIdSchema.safeParse(id);
      if (head !== 'sections' || !section.success) return key;
      const title = t(sectionKey(section.data, 'title'));
      return name ? `${title}: ${t(paramLabelKey(section.data, name))}` : title;
    },
    [t],
  );
}
