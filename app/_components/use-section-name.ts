'use client';

import { useTranslation } from 'react-i18next';

import { ZSectionIdSchema } from '@/lib/spec/ids';

/** A string's section as the builder names it; the header, footer and units are "General". */
export function useSectionName() {
  const { t } = useTranslation('ui');
  return (section: string): string => {
    const id = ZSectionIdSchema.safeParse(section);
    return id.success ? t(`catalog.${id.data}.title`) : t('translations.general');
  };
}
