'use client';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { defaultFormState, type FormState, localToday } from '@/lib/builder/form-state';
import { applyPreset } from '@/lib/builder/presets';
import type { TBuilderAction } from '@/lib/builder/reducer';
import { applyStarter, STARTERS } from '@/lib/builder/starters';
import type { TPreset } from '@/lib/store/schemas';

interface StarterBarProps {
  state: FormState;
  presets: TPreset[] | undefined;
  dispatch: (action: TBuilderAction) => void;
  announce: (message: string) => void;
}

// One list holds both kinds, so each value says which kind it is.
const starterValue = (id: string) => `starter:${id}`;
const presetValue = (id: string) => `preset:${id}`;

/**
 * Built-in starting points and the clinic's saved handouts, and a way back to the defaults. All of them
 * keep the clinic, the clinician and the patient.
 */
export function StarterBar({ state, presets = [], dispatch, announce }: StarterBarProps) {
  const { t } = useTranslation('ui');
  const [choice, setChoice] = useState('');
  const starter = STARTERS.find((candidate) => starterValue(candidate.id) === choice);
  const preset = presets.find((candidate) => presetValue(candidate.id) === choice);
  const apply = () => {
    if (starter) {
      dispatch({ type: 'replace', state: applyStarter(state, starter.id) });
      announce(t('actions.starterDone', { name: t(`starters.${starter.id}`) }));
      return;
    }
    if (!preset) return;
    const next = applyPreset(state, preset);
    if (next) dispatch({ type: 'replace', state: next });
    announce(next ? t('actions.starterDone', { name: preset.name }) : t('presets.unreadable'));
  };
  const reset = () => {
    const fresh = defaultFormState(localToday());
    dispatch({
      type: 'replace',
      state: { ...fresh, brand: state.brand, profile: state.profile, clinician: state.clinician },
    });
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
