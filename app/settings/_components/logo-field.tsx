'use client';

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { fieldId } from '@/app/_components/field-controls';
import { failureText, storeRequest, versionedInit } from '@/app/_components/store-client';
import type { TBrandProfile } from '@/lib/store/schemas';

interface LogoFieldProps {
  profile: TBrandProfile | undefined;
  onChanged: (profile: TBrandProfile) => Promise<void>;
}

/** The stored logo, refreshed by its hash after every upload. */
export function logoUrl(profile: TBrandProfile | undefined): string | undefined {
  return profile?.logo ? `/api/brands/${profile.id}/logo?v=${profile.logo.sha256}` : undefined;
}

/**
 * Uploads as soon as a file is chosen. The server sniffs, checks and normalises it; a rejected file
 * leaves the stored logo as it was, and the message says so.
 */
export function LogoField({ profile, onChanged }: LogoFieldProps) {
  const { t } = useTranslation('ui');
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ text: string; isError: boolean }>();
  const [isBusy, setBusy] = useState(false);
  const id = fieldId('profile.logo');

  if (!profile) {
    return (
      <div className="field logo-field">
        <span className="field-label">{t('profiles.logo')}</span>
        <p className="hint">{t('profiles.logoAfterCreate')}</p>
      </div>
    );
  }

  const send = async (init: RequestInit, done: string) => {
    setBusy(true);
    setStatus({ text: t('profiles.logoUploading'), isError: false });
    const result = await storeRequest<TBrandProfile>(`/api/brands/${profile.id}/logo`, init);
    setBusy(false);
    if (input.current) input.current.value = '';
    if (!result.ok) {
      const key = profile.logo ? 'profiles.logoRejected' : 'profiles.logoRejectedNone';
      setStatus({ text: t(key, { reason: failureText(result, t) }), isError: true });
      return;
    }
    await onChanged(result.data);
    setStatus({ text: done, isError: false });
  };
  const upload = (file: File) => {
    if (isBusy) return;
    const form = new FormData();
    form.append('logo', file);
    void send(versionedInit('PUT', profile.version, form), t('profiles.logoSaved'));
  };

  const url = logoUrl(profile);
  return (
    <div className="field logo-field">
      <label htmlFor={id}>{t('profiles.logo')}</label>
      <div className="logo-current">
        {url ? (
          <img src={url} alt={t('profiles.logoAlt', { name: profile.name })} />
        ) : (
          <p className="hint">{t('profiles.noLogo')}</p>
        )}
        {url ? (
          <button
            type="button"
            className="button small subtle"
            disabled={isBusy}
            onClick={() => void send(versionedInit('DELETE', profile.version), t('profiles.logoRemoved'))}
          >
            {t('profiles.logoRemove')}
          </button>
        ) : null}
      </div>
      <input
        ref={input}
        id={id}
        type="file"
        accept="image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg"
        aria-describedby={`${id}-hint ${id}-status`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) upload(file);
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {t('profiles.logoHint')}
      </p>
      <p id={`${id}-status`} role="status" className={status?.isError ? 'field-error' : 'hint'}>
        {status?.text}
      </p>
    </div>
  );
}
