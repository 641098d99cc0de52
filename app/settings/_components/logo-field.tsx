'use client';

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { fieldId } from '@/app/_components/field-controls';
import { failureText, storeRequest, type TStoreResult, versionedInit } from '@/app/_components/store-client';
import { MAX_LOGO_UPLOAD_BYTES } from '@/lib/store/logo-limits';
import type { TBrandProfile } from '@/lib/store/schemas';

interface LogoFieldProps {
  profile: TBrandProfile | undefined;
  onChanged: (profile: TBrandProfile) => Promise<void>;
  /** A new profile has no id yet: its logo is kept here and sent right after it is created. */
  onPending: (file: File | undefined) => void;
  /** Called when something happens here, so an older message elsewhere does not stand beside it. */
  onActivity: () => void;
}

/** Sends a logo to a stored profile; the result is the profile as the store now holds it. */
export function uploadLogo(profile: TBrandProfile, file: File) {
  const form = new FormData();
  form.append('logo', file);
  return storeRequest<TBrandProfile>(
    `/api/brands/${profile.id}/logo`,
    versionedInit('PUT', profile.version, form),
  );
}

/** The stored logo, refreshed by its hash after every upload. */
export function logoUrl(profile: TBrandProfile | undefined): string | undefined {
  return profile?.logo ? `/api/brands/${profile.id}/logo?v=${profile.logo.sha256}` : undefined;
}

/**
 * Uploads as soon as a file is chosen. The server sniffs, checks and normalises it; a rejected file
 * leaves the stored logo as it was, and the message says so.
 */
export function LogoField({ profile, onChanged, onPending, onActivity }: LogoFieldProps) {
  const { t } = useTranslation('ui');
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ text: string; isError: boolean }>();
  const [isBusy, setBusy] = useState(false);
  const id = fieldId('profile.logo');

  const send = async (request: () => Promise<TStoreResult<TBrandProfile>>, done: string) => {
    if (!profile) return;
    onActivity();
    setBusy(true);
    setStatus({ text: t('profiles.logoUploading'), isError: false });
    const result = await request();
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
  const choose = (file: File) => {
    if (isBusy) return;
    // Refused before a byte is sent: nobody waits for megabytes the server would turn away.
    if (file.size > MAX_LOGO_UPLOAD_BYTES) {
      if (input.current) input.current.value = '';
      onActivity();
      setStatus({
        text: t('profiles.logoTooLarge', { mb: MAX_LOGO_UPLOAD_BYTES / 1024 / 1024 }),
        isError: true,
      });
      return;
    }
    if (!profile) {
      onPending(file);
      setStatus({ text: t('profiles.logoWithCreate', { name: file.name }), isError: false });
      return;
    }
    void send(() => uploadLogo(profile, file), t('profiles.logoSaved'));
  };

  const url = logoUrl(profile);
  return (
    <div className="field logo-field">
      <label htmlFor={id}>{t('profiles.logo')}</label>
      <div className="logo-current">
        {url ? (
          <img src={url} alt={t('profiles.logoAlt', { name: profile?.name ?? '' })} />
        ) : (
          <p className="hint">{t('profiles.noLogo')}</p>
        )}
        {url && profile ? (
          <button
            type="button"
            className="button small subtle"
            disabled={isBusy}
            onClick={() =>
              void send(
                () =>
                  storeRequest<TBrandProfile>(
                    `/api/brands/${profile.id}/logo`,
                    versionedInit('DELETE', profile.version),
                  ),
                t('profiles.logoRemoved'),
              )
            }
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
          if (file) choose(file);
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
