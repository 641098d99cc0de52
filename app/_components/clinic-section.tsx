'use client';

import './store.css';

import Link from 'next/link';
import { useTranslation } from 'react-i18next';

import type { FormState } from '@/lib/builder/form-state';
import type { TBuilderAction } from '@/lib/builder/reducer';
import type { TBrandProfile } from '@/lib/store/schemas';

import { BrandEditor } from './brand-editor';
import { fieldId } from './field-controls';

interface ClinicSectionProps {
  state: FormState;
  errors: ReadonlyMap<string, string>;
  dispatch: (action: TBuilderAction) => void;
  profiles: TBrandProfile[] | undefined;
  isListFailed: boolean;
  isFailed: boolean;
  onChoose: (id: string) => void;
  onRetry: () => void;
}

/** The clinic on the handout: a saved profile when there are any, else the details typed here. */
export function ClinicSection(props: ClinicSectionProps) {
  const { state, errors, dispatch, profiles, isListFailed, isFailed, onChoose, onRetry } = props;
  const { t } = useTranslation('ui');
  const chosen = profiles?.find((profile) => profile.id === state.profile?.id);
  // Profiles exist but none is chosen yet: only for the moment between the list and its settling.
  if (profiles === undefined || (profiles.length > 0 && !chosen)) {
    return (
      <section className="panel brand" aria-labelledby="brand-heading">
        <h2 id="brand-heading">{t('brand.legend')}</h2>
        <p className="hint">{t('settings.loading')}</p>
      </section>
    );
  }
  if (!chosen) {
    return (
      <BrandEditor brand={state.brand} errors={errors} dispatch={dispatch}>
        {isListFailed ? <p className="warning">{t('profiles.listFailed')}</p> : null}
        <p className="hint">
          {t('profiles.createHint')} <Link href="/settings">{t('profiles.openSettings')}</Link>
        </p>
      </BrandEditor>
    );
  }
  const contact = [chosen.phone, chosen.address].filter(Boolean).join(' · ');
  return (
    <section className="panel brand" aria-labelledby="brand-heading">
      <h2 id="brand-heading">{t('brand.legend')}</h2>
      <div className="field">
        <label htmlFor={fieldId('profile')}>{t('profiles.picker')}</label>
        <select id={fieldId('profile')} value={chosen.id} onChange={(event) => onChoose(event.target.value)}>
          {profiles.map((profile) => (
            <option key={profile.id} value={profile.id}>
              {profile.isDefault ? t('profiles.pickerDefault', { name: profile.name }) : profile.name}
            </option>
          ))}
        </select>
      </div>
      <div className="profile-summary">
        {chosen.logo ? (
          // The store's own normalised PNG; its hash in the address refreshes it after a new upload.
          <img src={`/api/brands/${chosen.id}/logo?v=${chosen.logo.sha256}`} alt="" />
        ) : null}
        <div>
          <p className="profile-name" style={{ color: chosen.accentColor }}>
            {chosen.name}
          </p>
          <p className="hint">{contact}</p>
        </div>
      </div>
      {isFailed ? (
        <p className="field-error" role="alert">
          {t('profiles.loadFailed')}{' '}
          <button type="button" className="button small" onClick={onRetry}>
            {t('profiles.retry')}
          </button>
        </p>
      ) : state.profile?.brand ? null : (
        <p className="hint" role="status">
          {t('profiles.loading')}
        </p>
      )}
      <p className="hint">
        <Link href="/settings">{t('profiles.manage')}</Link>
      </p>
    </section>
  );
}
