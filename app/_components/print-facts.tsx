'use client';

import { useTranslation } from 'react-i18next';

import { type PrintFacts, TARGET_GRADE } from '@/lib/builder/print-facts';

interface PrintFactsProps {
  facts: PrintFacts | undefined;
  /** The reading grade of the clinician's own text (English handouts only), or undefined. */
  grade: number | undefined;
}

/** What the preview will cost on paper and how hard the clinician's own words are to read. */
export function PrintFactsLine({ facts, grade }: PrintFactsProps) {
  const { t } = useTranslation('ui');
  if (!facts && grade === undefined) return null;
  const isHard = grade !== undefined && grade > TARGET_GRADE;
  return (
    <div className="print-facts">
      {facts ? (
        <p className="print-count">
          <span>{t('preview.pageCount', { pages: facts.pages })}</span>
          <span>{t('preview.sheets', { sheets: facts.sheets })}</span>
        </p>
      ) : null}
      {facts?.isOverBudget ? (
        <p className="warning over-budget">{t('preview.overBudget', { limit: facts.limit })}</p>
      ) : null}
      {grade !== undefined ? (
        <p className={isHard ? 'warning reading-grade' : 'reading-grade'}>
          {t('preview.readingGrade', { grade: grade.toFixed(1) })}
          {isHard ? ` ${t('preview.readingHint', { target: TARGET_GRADE })}` : null}
        </p>
      ) : null}
    </div>
  );
}
