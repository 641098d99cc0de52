'use client';

import './preview.css';

import dynamic from 'next/dynamic';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { HandoutPdf } from './use-handout-pdf';

// pdf.js needs the browser: the viewer (and its worker set-up) is never rendered on the server.
const PdfViewer = dynamic(() => import('./pdf-viewer'), { ssr: false });

interface PreviewPaneProps {
  pdf: HandoutPdf | undefined;
  isInvalid: boolean;
  isUpdating: boolean;
  isFailed: boolean;
  onRetry: () => void;
}

export function PreviewPane({ pdf, isInvalid, isUpdating, isFailed, onRetry }: PreviewPaneProps) {
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
      {/* Focusable so that keyboard users can scroll through the pages. */}
      <div
        className={isUpdating ? 'preview-pages is-updating' : 'preview-pages'}
        role="region"
        aria-label={t('preview.pages')}
        tabIndex={0}
      >
        {pdf ? (
          <PdfViewer pdf={pdf} pageLabel={pageLabel} onError={onViewerError} />
        ) : (
          <p className="preview-empty">{hasError ? null : t('preview.empty')}</p>
        )}
      </div>
    </div>
  );
}
