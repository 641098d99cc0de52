'use client';

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { TFieldMap } from '@/lib/builder/fields';
import type { FormState } from '@/lib/builder/form-state';
import { presetInputOf } from '@/lib/builder/presets';
import type { TPreset } from '@/lib/store/schemas';

import { Dialog } from './dialog';
import { fieldId, TextField } from './field-controls';
import { failureText, issuesByField, jsonInit, storeRequest } from './store-client';

interface SavePresetProps {
  state: FormState;
  fields: TFieldMap;
  announce: (message: string) => void;
  onSaved: () => void;
}

/** "Save as a saved handout": asks for a name, then stores the selection (never the patient). */
export function SavePreset({ state, fields, announce, onSaved }: SavePresetProps) {
  const { t } = useTranslation('ui');
  const [isOpen, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const close = () => {
    setOpen(false);
    setError(undefined);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await storeRequest<TPreset>(
      '/api/presets',
      jsonInit('POST', presetInputOf(state, fields, name)),
    );
    setBusy(false);
    if (!result.ok) {
      // A name problem sits under the name; any other (a section's setting) is said in the same place.
      setError(issuesByField(result.issues).get('name') ?? failureText(result, t));
      return;
    }
    close();
    setName('');
    announce(t('presets.savedAs', { name: result.data.name }));
    onSaved();
  };
  return (
    <>
      <button type="button" className="button subtle" onClick={() => setOpen(true)}>
        {t('presets.save')}
      </button>
      <Dialog isOpen={isOpen} title={t('presets.save')} onClose={close}>
        <form onSubmit={save} noValidate>
          <p className="hint">{t('presets.saveHint')}</p>
          <TextField
            id={fieldId('preset-name')}
            label={t('presets.name')}
            value={name}
            maxLength={80}
            autoComplete="off"
            error={error}
            onChange={(value) => {
              setName(value);
              setError(undefined);
            }}
          />
          <div className="dialog-buttons">
            <button type="button" className="button subtle" onClick={close}>
              {t('presets.cancel')}
            </button>
            <button type="submit" className="button primary" disabled={isBusy}>
              {t('presets.saveConfirm')}
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
