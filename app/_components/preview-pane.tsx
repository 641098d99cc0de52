'use client';

import './preview.css';

import dynamic from 'next/dynamic';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { PrintFacts } from '@/lib/builder/print-facts';

import type { OutlineTarget } from './pdf-viewer';
import { PrintFactsLine } from './print-facts';
import type { HandoutPdf } from './use-handout-pdf';

// pdf.js needs the browser: the viewer (and its worker set-up) is never rendered on the server.
const PdfViewer = dynamic(() => import('./pdf-viewer'), { ssr: false });

interface PreviewPaneProps {
  pdf: HandoutPdf | undefined;
  isInvalid: boolean;
  isUpdating: boolean;
  isFailed: boolean;
  onRetry: () => void;
  /** Pages, sheets and the budget notice for the PDF shown. */
  facts: PrintFacts | undefined;
  /** The reading grade of the clinician's own text. */
  grade: number | undefined;
  /** The section last edited, as its entry in the PDF outline: the preview shows its page. */
  scrollTarget: OutlineTarget | undefined;
}

export function PreviewPane(props: PreviewPaneProps) {
  const { pdf, isInvalid, isUpdating, isFailed, onRetry, facts, grade, scrollTarget } = props;
  const { t } = useTranslation('ui');
  const [failedBody, setFailedBody] = useState<string>();
  const isViewerFailed = pdf !== undefined && failedBody === pdf.body;
  const onViewerError = useCallback(() => setFailedBody(pdf?.body), [pdf?.body]);
  const pageLabel = useCallback((page: number, total: number) => t('preview.page', { page, total }), [t]);
  const hasError = isFailed || isViewerFailed;
  const status = hasError
    ? t('preview.failed')
    : isInvalid
      ? t('preview.paused')
      : isUpdating || !pdf
        ? t('preview.updating')
        : t('preview.upToDate');

  return (
    <div className="preview-body">
      <div className={hasError ? 'preview-status is-error' : 'preview-status'} role="status">
        <span>{status}</span>
        {hasError ? (
          <button
            type="button"
            className="button small"
            onClick={() => {
              setFailedBody(undefined);
              onRetry();
            }}
          >
            {t('preview.retry')}
          </button>
        ) : null}
      </div>
      <PrintFactsLine facts={facts} grade={grade} />
      {/* Focusable so that keyboard users can scroll through the pages. */}
      <div
        className={isUpdating ? 'preview-pages is-updating' : 'preview-pages'}
        role="region"
        aria-label={t('preview.pages')}
        tabIndex={0}
      >
        {pdf ? (
          <PdfViewer pdf={pdf} pageLabel={pageLabel} onError={onViewerError} scrollTarget={scrollTarget} />
        ) : (
          <p className="preview-empty">{hasError ? null : t('preview.empty')}</p>
        )}
      </div>
    </div>
  );
}
