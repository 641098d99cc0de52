'use client';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { defaultFormState, type FormState, localToday } from '@/lib/builder/form-state';
import { applyPreset } from '@/lib/builder/presets';
import { applyStarter, STARTERS } from '@/lib/builder/starters';
import type { TPreset } from '@/lib/store/schemas';

interface StarterBarProps {
  state: FormState;
  presets: TPreset[] | undefined;
  /** Puts a new handout in the form. */
  onStart: (next: FormState) => void;
  announce: (message: string) => void;
}

// One list holds both kinds, so each value says which kind it is.
const starterValue = (id: string) => `starter:${id}`;
const presetValue = (id: string) => `preset:${id}`;

/**
 * Built-in starting points and the clinic's saved handouts, and a way back to the defaults. Each starts
 * a new handout: the clinic and the clinician stay, nothing written for the last patient does.
 */
export function StarterBar({ state, presets = [], onStart, announce }: StarterBarProps) {
  const { t } = useTranslation('ui');
  const [choice, setChoice] = useState('');
  const starter = STARTERS.find((candidate) => starterValue(candidate.id) === choice);
  const preset = presets.find((candidate) => presetValue(candidate.id) === choice);
  const apply = () => {
    if (starter) {
      onStart(applyStarter(state, starter.id, localToday()));
      announce(t('actions.starterDone', { name: t(`starters.${starter.id}`) }));
      return;
    }
    if (!preset) return;
    const next = applyPreset(state, preset, localToday());
    if (next) onStart(next);
    announce(next ? t('actions.starterDone', { name: preset.name }) : t('presets.unreadable'));
  };
  const reset = () => {
    const fresh = defaultFormState(localToday());
    onStart({ ...fresh, brand: state.brand, profile: state.profile, clinician: state.clinician });
    setChoice('');
    announce(t('actions.resetDone'));
  };
  return (
    <div className="starter-bar">
      <div className="field inline">
        <label htmlFor="starter">{t('starters.label')}</label>
        <select id="starter" value={choice} onChange={(event) => setChoice(event.target.value)}>
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
      <button type="button" className="button" disabled={!starter && !preset} onClick={apply}>
        {t('starters.apply')}
      </button>
      <button type="button" className="button subtle" onClick={reset}>
        {t('actions.reset')}
      </button>
    </div>
  );
}
