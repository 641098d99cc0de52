'use client';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { defaultFormState, type FormState, localToday } from '@/lib/builder/form-state';
import type { TBuilderAction } from '@/lib/builder/reducer';
import { applyStarter, STARTERS, type TStarterId } from '@/lib/builder/starters';

interface StarterBarProps {
  state: FormState;
  dispatch: (action: TBuilderAction) => void;
  announce: (message: string) => void;
}

/** Built-in starting points, and a way back to the defaults. Both keep the clinic and the clinician. */
export function StarterBar({ state, dispatch, announce }: StarterBarProps) {
  const { t } = useTranslation('ui');
  const [choice, setChoice] = useState<TStarterId | ''>('');
  const apply = () => {
    if (!choice) return;
    dispatch({ type: 'replace', state: applyStarter(state, choice) });
    announce(t('actions.starterDone', { name: t(`starters.${choice}`) }));
  };
  const reset = () => {
    const fresh = defaultFormState(localToday());
    dispatch({ type: 'replace', state: { ...fresh, brand: state.brand, clinician: state.clinician } });
    setChoice('');
    announce(t('actions.resetDone'));
  };
  return (
    <div className="starter-bar">
      <div className="field inline">
        <label htmlFor="starter">{t('starters.label')}</label>
        <select
          id="starter"
          value={choice}
          onChange={(event) => setChoice(STARTERS.find((s) => s.id === event.target.value)?.id ?? '')}
        >
          <option value="">{t('starters.placeholder')}</option>
          {STARTERS.map((starter) => (
            <option key={starter.id} value={starter.id}>
              {t(`starters.${starter.id}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button" disabled={!choice} onClick={apply}>
        {t('starters.apply')}
      </button>
      <button type="button" className="button subtle" onClick={reset}>
        {t('actions.reset')}
      </button>
    </div>
  );
}
