'use client';

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { failureText, type TStoreResult } from '@/app/_components/store-client';

interface TransferBarProps {
  locale: string;
  onImport: (file: unknown) => Promise<TStoreResult<unknown>>;
}

/** Export the clinic's corrections (to send to the project), and import them back: all or nothing. */
export function TransferBar({ locale, onImport }: TransferBarProps) {
  const { t } = useTranslation('ui');
  const id = useId();
  const [message, setMessage] = useState('');

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text()) as unknown;
    } catch {
      setMessage(t('translations.notJson'));
      return;
    }
    const result = await onImport(parsed);
    setMessage(result.ok ? t('translations.imported') : failureText(result, t));
  };

  return (
    <div className="review-transfer">
      <a href={`/api/translations/${locale}/export`} download>
        {t('translations.export')}
      </a>
      <label htmlFor={`${id}-import`}>{t('translations.import')}</label>
      <input
        id={`${id}-import`}
        type="file"
        accept="application/json,.json"
        onChange={(event) => void importFile(event.target.files?.[0])}
      />
      {message ? <p role="status">{message}</p> : null}
    </div>
  );
}
