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
  presets: TPreset[] | undefined;
  announce: (message: string) => void;
  onSaved: () => void;
}

// The store compares names without case (lib/store/migrations.ts: COLLATE NOCASE).
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * "Save as a saved handout": asks for a name, then stores the handout choices (never the patient).
 * A name already in use offers to update that saved handout instead.
 */
export function SavePreset({ state, fields, presets = [], announce, onSaved }: SavePresetProps) {
  const { t } = useTranslation('ui');
  const [isOpen, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const [toUpdate, setToUpdate] = useState<TPreset>();
  const close = () => {
    setOpen(false);
    setError(undefined);
    setToUpdate(undefined);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const existing = presets.find((preset) => sameName(preset.name, name));
    if (existing && existing.id !== toUpdate?.id) {
      setToUpdate(existing);
      return;
    }
    setBusy(true);
    const result = existing
      ? await storeRequest<TPreset>(
          `/api/presets/${existing.id}`,
          // The version the list showed: a saved handout someone changed since is not overwritten (409).
          jsonInit('PUT', presetInputOf(state, fields, existing.name), existing.version),
        )
      : await storeRequest<TPreset>('/api/presets', jsonInit('POST', presetInputOf(state, fields, name)));
    setBusy(false);
    if (!result.ok) {
      // A name problem sits under the name; any other (a section's setting) is said in the same place.
      setError(issuesByField(result.issues).get('name') ?? failureText(result, t));
      setToUpdate(undefined);
      // Another screen may have saved this name meanwhile: the list catches up, so the next try offers to update.
      onSaved();
      return;
    }
    close();
    setName('');
    announce(t(existing ? 'presets.updated' : 'presets.savedAs', { name: result.data.name }));
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
              setToUpdate(undefined);
            }}
          />
          {toUpdate ? (
            <p className="warning" role="alert">
              {t('presets.exists', { name: toUpdate.name })}
            </p>
          ) : null}
          <div className="dialog-buttons">
            <button type="button" className="button subtle" onClick={close}>
              {t('presets.cancel')}
            </button>
            <button type="submit" className="button primary" disabled={isBusy}>
              {toUpdate ? t('presets.update', { name: toUpdate.name }) : t('presets.saveConfirm')}
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
