'use client';

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { LOCALES, type TLocale } from '@/lib/i18n/locales';
import { isReviewed } from '@/lib/i18n/status-data';
import type { TReviewSummary } from '@/lib/translations/review';

import { storeRequest } from './store-client';
import { useSectionName } from './use-section-name';

export interface TTranslationNotice {
  /** Draft, or partly reviewed by the clinic with the sections still draft: shown as a warning. */
  warning?: string;
  /** Reviewed by the clinic on a date: a plain line, no warning. */
  reviewed?: string;
}

/**
 * The builder's notice about the handout language, from the clinic's translation review (issue 16):
 * draft, partly reviewed (with the count and the sections still draft), or reviewed on a date. Until
 * the clinic's answer is in, or when it cannot be read, the language counts as a draft.
 */
export function useTranslationNotice(locale: TLocale): TTranslationNotice {
  const { t, i18n } = useTranslation('ui');
  const sectionName = useSectionName();
  const isShippedReviewed = isReviewed(locale);
  const [summary, setSummary] = useState<{ locale: TLocale; data: TReviewSummary }>();
  useEffect(() => {
    if (isShippedReviewed) return;
    let isCurrent = true;
    void storeRequest<TReviewSummary>(`/api/translations/${locale}/summary`).then((result) => {
      if (isCurrent && result.ok) setSummary({ locale, data: result.data });
    });
    return () => {
      isCurrent = false;
    };
  }, [locale, isShippedReviewed]);

  if (isShippedReviewed) return {};
  const language = LOCALES[locale].nativeName;
  const data = summary?.locale === locale ? summary.data : undefined;
  if (data?.state === 'reviewed' && data.reviewedOn) {
    const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${data.reviewedOn}T00:00:00Z`),
    );
    return { reviewed: t('format.reviewedNotice', { language, date }) };
  }
  if (data?.state === 'partly') {
    const sections = [...new Set(data.draftSections.map(sectionName))].join(', ');
    return {
      warning: t('format.partlyNotice', { language, reviewed: data.reviewed, total: data.total, sections }),
    };
  }
  return { warning: t('format.draftNotice', { language }) };
}
