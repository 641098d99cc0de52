'use client';

import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { fieldId } from './field-controls';
import { downloadPdf, printPdf } from './pdf-output';
import type { HandoutPdf } from './use-handout-pdf';
import { downloadWebCopy } from './web-copy';

interface HandoutActionsProps {
  heading: ReactNode;
  body: string | undefined;
  errors: ReadonlyMap<string, string>;
  /** The typed clinic details are still the placeholder ones (never so with a saved profile). */
  hasPlaceholderBrand: boolean;
  /** The handout language's "draft translation" notice, repeated where the clinician prints. */
  draftNotice: string | undefined;
  labelOf: (key: string) => string;
  pdfFor: (body: string) => Promise<HandoutPdf>;
}

/** Moves focus into a field named in the error summary (a fieldset focuses its first control). */
function focusField(key: string) {
  const element = document.getElementById(fieldId(key));
  const target = element?.matches('input, select, textarea') ? element : element?.querySelector('input');
  target?.focus();
}

/**
 * Download, Print and the web copy, each one click; blocked, with the reason and a link to each
 * problem, while invalid.
 */
/** What the clinician can do with the handout on screen, in the order the buttons show. */
const ACTIONS = [
  { kind: 'download', label: 'actions.download', className: 'button primary' },
  { kind: 'print', label: 'actions.print', className: 'button' },
  { kind: 'webPage', label: 'actions.downloadWebPage', className: 'button' },
] as const;
type TAction = (typeof ACTIONS)[number]['kind'];

export function HandoutActions(props: HandoutActionsProps) {
  const { heading, body, errors, hasPlaceholderBrand, draftNotice, labelOf, pdfFor } = props;
  const { t } = useTranslation('ui');
  const [busy, setBusy] = useState<TAction>();
  const [failed, setFailed] = useState<TAction>();
  const run = async (kind: TAction) => {
    if (!body) return;
    setBusy(kind);
    setFailed(undefined);
    try {
      if (kind === 'webPage') await downloadWebCopy(body);
      else {
        const pdf = await pdfFor(body);
        if (kind === 'download') downloadPdf(pdf);
        else printPdf(pdf);
      }
    } catch {
      setFailed(kind);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <div className="actions">
      <div className="action-buttons">
        {heading}
        {ACTIONS.map(({ kind, label, className }) => (
          <button
            key={kind}
            type="button"
            className={className}
            disabled={!body || busy !== undefined}
            onClick={() => run(kind)}
          >
            {t(label)}
          </button>
        ))}
        <span role="status" className="action-status">
          {busy === 'webPage'
            ? t('actions.busyWebPage')
            : busy
              ? t('actions.busy')
              : failed === 'webPage'
                ? t('actions.failedWebPage')
                : failed
                  ? t('actions.failed')
                  : ''}
        </span>
      </div>
      {errors.size > 0 ? (
        <div className="error-summary">
          <p>{t('actions.fixFirst', { count: errors.size })}</p>
          <ul>
            {[...errors.keys()].map((key) => (
              <li key={key}>
                <a
                  href={`#${fieldId(key)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(key);
                  }}
                >
                  {labelOf(key)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {hasPlaceholderBrand ? <p className="warning">{t('brand.placeholderWarning')}</p> : null}
      {draftNotice ? <p className="warning draft-notice">{draftNotice}</p> : null}
    </div>
  );
}
