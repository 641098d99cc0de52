'use client';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { failureText } from '@/app/_components/store-client';
import type { StoreList } from '@/app/_components/use-store-list';
import type { TPreset } from '@/lib/store/schemas';

import { PresetRow } from './preset-row';

/** The saved handouts: rename, duplicate, delete. Starting one happens in the builder's "Start from". */
export function PresetsPanel({ list }: { list: StoreList<TPreset> }) {
  const { t } = useTranslation('ui');
  const [message, setMessage] = useState('');
  const presets = list.items ?? [];
  const onChanged = async (text: string) => {
    await list.reload();
    setMessage(text);
  };
  return (
    <section className="panel" aria-labelledby="presets-heading">
      <h2 id="presets-heading">{t('presets.heading')}</h2>
      <p className="hint">{t('presets.hint')}</p>
      {list.failure ? <p className="field-error">{failureText(list.failure, t)}</p> : null}
      {list.items === undefined ? <p className="hint">{t('settings.loading')}</p> : null}
      {list.items && presets.length === 0 ? <p>{t('presets.empty')}</p> : null}
      <ul className="preset-list">
        {presets.map((preset) => (
          <PresetRow key={preset.id} preset={preset} onChanged={onChanged} onMessage={setMessage} />
        ))}
      </ul>
      <p className="settings-status" role="status">
        {message}
      </p>
    </section>
  );
}
