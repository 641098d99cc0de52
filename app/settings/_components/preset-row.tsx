'use client';

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/app/_components/dialog';
import { fieldId, TextField } from '@/app/_components/field-controls';
import {
  failureText,
  issuesByField,
  jsonInit,
  storeRequest,
  versionedInit,
} from '@/app/_components/store-client';
import { LOCALES } from '@/lib/i18n/locales';
import type { TPreset } from '@/lib/store/schemas';

interface PresetRowProps {
  preset: TPreset;
  onChanged: (message: string) => Promise<void>;
  onMessage: (message: string) => void;
}

/** One saved handout: what it holds at a glance, and rename (in place), duplicate, delete. */
export function PresetRow({ preset, onChanged, onMessage }: PresetRowProps) {
  const { t } = useTranslation('ui');
  const [name, setName] = useState<string>();
  const [error, setError] = useState<string>();
  const [isConfirming, setConfirming] = useState(false);
  const nameId = fieldId(`preset-${preset.id}-name`);
  const renameId = fieldId(`preset-${preset.id}-rename`);
  // The field or the button appears on the next render; focus follows, as it would with a dialog.
  const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  const stopRenaming = () => {
    setName(undefined);
    setError(undefined);
    focusSoon(renameId);
  };

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    const result = await storeRequest<TPreset>(
      `/api/presets/${preset.id}`,
      jsonInit('PATCH', { name }, preset.version),
    );
    if (!result.ok) return setError(issuesByField(result.issues).get('name') ?? failureText(result, t));
    stopRenaming();
    await onChanged(t('presets.renamed', { name: result.data.name }));
  };
  const duplicate = async () => {
    const result = await storeRequest<TPreset>(`/api/presets/${preset.id}/duplicate`, { method: 'POST' });
    if (!result.ok) return onMessage(failureText(result, t));
    await onChanged(t('presets.duplicated', { name: result.data.name }));
  };
  const remove = async () => {
    const result = await storeRequest<null>(
      `/api/presets/${preset.id}`,
      versionedInit('DELETE', preset.version),
    );
    if (!result.ok) return onMessage(failureText(result, t));
    await onChanged(t('presets.deleted', { name: preset.name }));
  };

  const summary = t('presets.summary', {
    count: preset.sections.length,
    language: LOCALES[preset.locale].nativeName,
    paper: t(`format.${preset.paper}`),
    units: t(`format.${preset.units}`),
  });
  return (
    <li className="preset-row">
      {name === undefined ? (
        <div className="preset-text">
          <h3>{preset.name}</h3>
          <p className="hint">{summary}</p>
        </div>
      ) : (
        <form className="preset-rename" onSubmit={rename} noValidate>
          <TextField
            id={nameId}
            label={t('presets.renameLabel', { name: preset.name })}
            value={name}
            maxLength={80}
            autoComplete="off"
            error={error}
            onChange={(value) => {
              setName(value);
              setError(undefined);
            }}
          />
          <button type="submit" className="button primary small">
            {t('presets.renameSave')}
          </button>
          <button type="button" className="button subtle small" onClick={stopRenaming}>
            {t('presets.cancel')}
          </button>
        </form>
      )}
      {name === undefined ? (
        <div className="button-row">
          <button
            type="button"
            id={renameId}
            className="button small"
            aria-label={t('presets.renameNamed', { name: preset.name })}
            onClick={() => {
              setName(preset.name);
              focusSoon(nameId);
            }}
          >
            {t('presets.rename')}
          </button>
          <button
            type="button"
            className="button small"
            aria-label={t('presets.duplicateNamed', { name: preset.name })}
            onClick={() => void duplicate()}
          >
            {t('presets.duplicate')}
          </button>
          <button
            type="button"
            className="button small danger"
            aria-label={t('presets.deleteNamed', { name: preset.name })}
            onClick={() => setConfirming(true)}
          >
            {t('presets.delete')}
          </button>
        </div>
      ) : null}
      <ConfirmDialog
        isOpen={isConfirming}
        title={t('presets.deleteTitle', { name: preset.name })}
        body={t('presets.deleteBody')}
        confirmLabel={t('presets.delete')}
        cancelLabel={t('presets.cancel')}
        onConfirm={() => void remove()}
        onClose={() => setConfirming(false)}
      />
    </li>
  );
}
