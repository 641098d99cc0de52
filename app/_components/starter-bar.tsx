'use client';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { defaultFormState, type FormState, localToday } from '@/lib/builder/form-state';
import { forNewPatient } from '@/lib/builder/new-patient';
import { applyPreset } from '@/lib/builder/presets';
import { applyStarter, STARTERS } from '@/lib/builder/starters';
import type { TPreset } from '@/lib/store/schemas';

interface StarterBarProps {
  state: FormState;
  presets: TPreset[] | undefined;
  /** Puts a new handout in the form. */
  onStart: (next: FormState) => void;
  /** Brings back the form the last start replaced; undefined when there is nothing to undo. */
  onUndo: (() => void) | undefined;
  announce: (message: string) => void;
}

// One list holds both kinds, so each value says which kind it is.
const starterValue = (id: string) => `starter:${id}`;
const presetValue = (id: string) => `preset:${id}`;

/**
 * "New patient", the built-in starting points and the clinic's saved handouts, and a way back to the
 * defaults. Each starts a new handout in one step: the clinic and the clinician stay, nothing written
 * for the last patient does, and the form it replaced can be brought back.
 */
export function StarterBar({ state, presets = [], onStart, onUndo, announce }: StarterBarProps) {
  const { t } = useTranslation('ui');
  const [choice, setChoice] = useState('');
  const choose = (value: string) => {
    setChoice(value);
    const starter = STARTERS.find((candidate) => starterValue(candidate.id) === value);
    if (starter) {
      onStart(applyStarter(state, starter.id, localToday()));
      announce(t('actions.starterDone', { name: t(`starters.${starter.id}`) }));
      return;
    }
    const preset = presets.find((candidate) => presetValue(candidate.id) === value);
    if (!preset) return;
    const next = applyPreset(state, preset, localToday());
    if (next) onStart(next);
    announce(next ? t('actions.starterDone', { name: preset.name }) : t('presets.unreadable'));
  };
  const newPatient = () => {
    onStart(forNewPatient(state, localToday()));
    announce(t('actions.newPatientDone'));
  };
  const reset = () => {
    const fresh = defaultFormState(localToday());
    onStart({ ...fresh, brand: state.brand, profile: state.profile, clinician: state.clinician });
    setChoice('');
    announce(t('actions.resetDone'));
  };
  const undo = () => {
    onUndo?.();
    setChoice('');
    announce(t('actions.undone'));
  };
  return (
    <div className="starter-bar">
      <button type="button" className="button primary" onClick={newPatient}>
        {t('actions.newPatient')}
      </button>
      <div className="field inline">
        <label htmlFor="starter">{t('starters.label')}</label>
        <select id="starter" value={choice} onChange={(event) => choose(event.target.value)}>
          <option value="">{t('starters.placeholder')}</option>
          <optgroup label={t('presets.builtIn')}>
            {STARTERS.map((candidate) => (
              <option key={candidate.id} value={starterValue(candidate.id)}>
                {t(`starters.${candidate.id}`)}
              </option>
            ))}
          </optgroup>
          {presets.length > 0 ? (
            <optgroup label={t('presets.group')}>
              {presets.map((candidate) => (
                <option key={candidate.id} value={presetValue(candidate.id)}>
                  {candidate.name}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </div>
      <button type="button" className="button subtle" onClick={reset}>
        {t('actions.reset')}
      </button>
      {onUndo ? (
        <p className="undo-note">
          <span>{t('actions.replaced')}</span>
          <button type="button" className="button small" onClick={undo}>
            {t('actions.undo')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
