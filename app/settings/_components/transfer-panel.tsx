'use client';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { fieldId } from '@/app/_components/field-controls';
import { failureText, jsonInit, storeRequest } from '@/app/_components/store-client';
import type { HandoutIssue } from '@/lib/errors';
import { LOCALES } from '@/lib/i18n/locales';
import type { TImportResult } from '@/lib/store/transfer-schema';

interface Outcome {
  text: string;
  isError: boolean;
  lines: string[];
}

/** Export as a download; import a file, all or nothing, with every problem listed when it is refused. */
export function TransferPanel({ onImported }: { onImported: () => Promise<void> }) {
  const { t } = useTranslation('ui');
  const [outcome, setOutcome] = useState<Outcome>();
  const [isBusy, setBusy] = useState(false);
  const id = fieldId('import');
  const issueLine = (issue: HandoutIssue) => t('store.issue', { path: issue.path, message: issue.message });

  const importFile = async (file: File) => {
    let doc: unknown;
    try {
      doc = JSON.parse(await file.text());
    } catch {
      return setOutcome({ text: t('store.notJson'), isError: true, lines: [] });
    }
    setBusy(true);
    setOutcome({ text: t('store.importing'), isError: false, lines: [] });
    const result = await storeRequest<TImportResult>('/api/store/import', jsonInit('POST', doc));
    setBusy(false);
    if (!result.ok) {
      const isInvalid = result.status === 422;
      const text = isInvalid ? t('store.rejected') : failureText(result, t);
      return setOutcome({ text, isError: true, lines: isInvalid ? result.issues.map(issueLine) : [] });
    }
    await onImported();
    const { brands, presets, renamedPresets, translations } = result.data;
    setOutcome({
      text: t('store.imported', { brands: brands.length, presets: presets.length }),
      isError: false,
      lines: [
        ...renamedPresets.map((renamed) => t('store.renamed', renamed)),
        ...translations.map(({ locale, ...counts }) =>
          t('store.importedTranslations', { language: LOCALES[locale].nativeName, ...counts }),
        ),
      ],
    });
  };

  return (
    <section className="panel" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('store.heading')}</h2>
      <p className="hint">{t('store.hint')}</p>
      <div className="transfer-row">
        {/* A plain link: the browser saves the file under the name the server gives it. */}
        <a className="button" href="/api/store/export" download>
          {t('store.export')}
        </a>
        <div className="field">
          <label htmlFor={id}>{t('store.import')}</label>
          <input
            id={id}
            type="file"
            accept="application/json,.json"
            aria-describedby={`${id}-hint ${id}-status`}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file && !isBusy) void importFile(file);
            }}
          />
          <p id={`${id}-hint`} className="hint">
            {t('store.importHint')}
          </p>
        </div>
      </div>
      <div
        id={`${id}-status`}
        role="status"
        className={outcome?.isError ? 'transfer-outcome is-error' : 'transfer-outcome'}
      >
        {outcome ? <p>{outcome.text}</p> : null}
        {outcome && outcome.lines.length > 0 ? (
          <ul>
            {outcome.lines.map((line, index) => (
              // Two issues can read alike (the same rule on two rows): the position tells them apart.
              <li key={index}>{line}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
