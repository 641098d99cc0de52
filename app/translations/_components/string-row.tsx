'use client';

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { failureText, type TStoreResult } from '@/app/_components/store-client';
import { LOCALES, type TLocale } from '@/lib/i18n/locales';
import { exampleLine } from '@/lib/translations/example';
import type { TReviewedString } from '@/lib/translations/review';

interface StringRowProps {
  locale: TLocale;
  string: TReviewedString;
  sectionName: string;
  onApprove: () => Promise<TStoreResult<unknown>>;
  onCorrect: (text: string) => Promise<TStoreResult<unknown>>;
}

/** One string of the handout: English, translation, where it prints, and the reviewer's two actions. */
export function StringRow({ locale, string, sectionName, onApprove, onCorrect }: StringRowProps) {
  const { t } = useTranslation('ui');
  const id = useId();
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const { direction } = LOCALES[locale];
  const shown = draft ?? string.text;

  const run = async (work: () => Promise<TStoreResult<unknown>>, onDone: () => void) => {
    setIsBusy(true);
    const result = await work();
    setIsBusy(false);
    if (result.ok) {
      setError('');
      onDone();
    } else setError(failureText(result, t));
  };

  return (
    <article className={`string-row status-${string.status}`} aria-labelledby={`${id}-key`}>
      <header className="string-head">
        <h3 id={`${id}-key`}>
          <code>{string.key}</code>
        </h3>
        <span className="string-section">{sectionName}</span>
        <span className="badge">{t(`translations.status.${string.status}`)}</span>
        {string.needs === 2 ? <span className="badge safety">{t('translations.twoNeeded')}</span> : null}
        {string.isCorrected ? <span className="badge">{t('translations.corrected')}</span> : null}
      </header>
      <dl className="string-facts">
        <dt>{t('translations.english')}</dt>
        <dd lang="en" dir="ltr">
          {string.source}
        </dd>
        <dt>{t('translations.translation')}</dt>
        <dd lang={LOCALES[locale].tag} dir={direction} className="string-text">
          {string.text}
        </dd>
        {string.variables.length || string.form ? (
          <>
            <dt>{t('translations.variables')}</dt>
            <dd dir="ltr">
              {[...string.variables, string.form ? `${t('translations.form')}: ${string.form}` : '']
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </>
        ) : null}
        <dt>{t('translations.example')}</dt>
        <dd lang={LOCALES[locale].tag} dir={direction} className="string-example">
          {exampleLine(shown, locale, string.form)}
        </dd>
        {string.approvedBy.length ? (
          <>
            <dt>{t('translations.approvedByLabel')}</dt>
            <dd>{string.approvedBy.map((approval) => approval.name).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {draft === undefined ? (
        <div className="string-actions">
          <button
            type="button"
            className="button primary small"
            disabled={isBusy}
            onClick={() => void run(onApprove, () => undefined)}
          >
            {t('translations.approve')}
          </button>
          <button
            type="button"
            className="button small"
            disabled={isBusy}
            onClick={() => setDraft(string.text)}
          >
            {t('translations.correct')}
          </button>
        </div>
      ) : (
        <div className="string-editor">
          <label htmlFor={`${id}-text`}>{t('translations.correctionLabel', { key: string.key })}</label>
          <textarea
            id={`${id}-text`}
            lang={LOCALES[locale].tag}
            dir={direction}
            value={draft}
            rows={3}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setDraft(event.target.value)}
          />
          <div className="string-actions">
            <button
              type="button"
              className="button primary small"
              disabled={isBusy}
              onClick={() =>
                void run(
                  () => onCorrect(draft),
                  () => setDraft(undefined),
                )
              }
            >
              {t('translations.save')}
            </button>
            <button
              type="button"
              className="button subtle small"
              onClick={() => {
                setDraft(undefined);
                setError('');
              }}
            >
              {t('translations.cancel')}
            </button>
          </div>
        </div>
      )}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </article>
  );
}
