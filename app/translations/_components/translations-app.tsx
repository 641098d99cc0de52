'use client';

import './translations.css';

import Link from 'next/link';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { failureText } from '@/app/_components/store-client';
import { UiI18nProvider } from '@/app/_components/ui-i18n-provider';
import { useSectionName } from '@/app/_components/use-section-name';
import { canReview, useSession } from '@/app/_components/use-session';
import { PageFrame } from '@/app/settings/_components/page-frame';
import { LOCALES } from '@/lib/i18n/locales';
import { matchesFilter, REVIEW_FILTERS, type TReviewFilter } from '@/lib/translations/example';
import { type TReviewLocale, ZReviewLocaleSchema } from '@/lib/translations/schema';

import { StringRow } from './string-row';
import { TransferBar } from './transfer-bar';
import { useReview } from './use-review';

function TranslationsPage() {
  const { t } = useTranslation('ui');
  const { state } = useSession();
  const [locale, setLocale] = useState<TReviewLocale>('es');
  const [filter, setFilter] = useState<TReviewFilter>('all');
  const isAllowed = canReview(state);
  const review = useReview(locale, isAllowed);
  const sectionName = useSectionName();
  const shown = review.view?.strings.filter((string) => matchesFilter(string, filter)) ?? [];

  return (
    <PageFrame title={t('translations.title')} intro={t('translations.intro')} className="translations">
      {state && !isAllowed ? (
        <p className="notice">
          {t('translations.signIn')} <Link href="/settings#sign-in">{t('auth.signInLink')}</Link>
        </p>
      ) : null}
      {isAllowed ? (
        <section className="panel" aria-labelledby="review-heading">
          <h2 id="review-heading">{LOCALES[locale].nativeName}</h2>
          <div className="review-controls">
            <label htmlFor="review-language">{t('translations.language')}</label>
            <select
              id="review-language"
              value={locale}
              onChange={(event) => setLocale(ZReviewLocaleSchema.parse(event.target.value))}
            >
              {ZReviewLocaleSchema.options.map((option) => (
                <option key={option} value={option}>
                  {LOCALES[option].nativeName}
                </option>
              ))}
            </select>
            <label htmlFor="review-filter">{t('translations.filter')}</label>
            <select
              id="review-filter"
              value={filter}
              onChange={(event) =>
                setFilter(REVIEW_FILTERS.find((value) => value === event.target.value) ?? 'all')
              }
            >
              {REVIEW_FILTERS.map((value) => (
                <option key={value} value={value}>
                  {t(`translations.filters.${value}`)}
                </option>
              ))}
            </select>
          </div>
          {review.failure ? (
            <p className="field-error" role="alert">
              {failureText(review.failure, t)}
            </p>
          ) : null}
          {review.view ? (
            <>
              <p className="review-summary" role="status">
                {t('translations.summary', {
                  reviewed: review.view.summary.reviewed,
                  total: review.view.summary.total,
                })}{' '}
                {t('translations.shown', { number: shown.length })}
              </p>
              <TransferBar locale={locale} onImport={review.importFile} />
              <div className="string-list">
                {shown.map((string) => (
                  <StringRow
                    key={`${locale}:${string.key}`}
                    locale={locale}
                    string={string}
                    sectionName={sectionName(string.section)}
                    onApprove={() => review.approve(string.key)}
                    onCorrect={(text) => review.correct(string.key, text)}
                  />
                ))}
              </div>
            </>
          ) : null}
        </section>
      ) : null}
    </PageFrame>
  );
}

/** The Translations page: its own i18n instance, like the builder's and the settings page's. */
export function TranslationsApp() {
  return (
    <UiI18nProvider>
      <TranslationsPage />
    </UiI18nProvider>
  );
}
