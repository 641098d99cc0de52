'use client';

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/app/_components/dialog';
import { Checkbox } from '@/app/_components/field-controls';
import {
  failureText,
  issuesByField,
  jsonInit,
  storeRequest,
  versionedInit,
} from '@/app/_components/store-client';
import {
  checkProfile,
  previewAccent,
  profileInput,
  profileValues,
  type TProfileField,
} from '@/lib/builder/profile-form';
import { isRecognisedEmergencyNumber } from '@/lib/spec/emergency';
import type { TBrandProfile } from '@/lib/store/schemas';

import { HeaderPreview } from './header-preview';
import { LogoField, logoUrl, uploadLogo } from './logo-field';
import { profileFieldId, ProfileFields } from './profile-fields';

interface ProfileEditorProps {
  /** Undefined for a new profile. */
  profile: TBrandProfile | undefined;
  onSaved: (profile: TBrandProfile, message: string) => Promise<void>;
  onDeleted: (message: string) => Promise<void>;
  onMessage: (message: string) => void;
}

/**
 * One profile's form with its header preview. Errors show for fields already edited, and for all of
 * them after a save attempt; the server's own answer (422 issues) lands on the same fields.
 */
export function ProfileEditor({ profile, onSaved, onDeleted, onMessage }: ProfileEditorProps) {
  const { t } = useTranslation('ui');
  const [values, setValues] = useState(() => profileValues(profile));
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const [isSubmitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [isBusy, setBusy] = useState(false);
  const [isConfirming, setConfirming] = useState(false);
  // An emergency number off the recognised list prints only with the admin's explicit confirmation.
  const [isEmergencyConfirmed, setEmergencyConfirmed] = useState(profile?.emergencyNumberConfirmed ?? false);
  const needsEmergencyConfirmation = !isRecognisedEmergencyNumber(values.emergencyNumber);
  const errors = checkProfile(values);
  const errorOf = (field: TProfileField) =>
    serverErrors.get(field) ?? (isSubmitted || edited.has(field) ? errors.get(field) : undefined);

  const [pendingLogo, setPendingLogo] = useState<File>();
  const onChange = (field: TProfileField, value: string) => {
    onMessage('');
    setValues((current) => ({ ...current, [field]: value }));
    setEdited((current) => new Set(current).add(field));
    setServerErrors((current) => new Map([...current].filter(([key]) => key !== field)));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (needsEmergencyConfirmation && !isEmergencyConfirmed) {
      onMessage(t('profiles.emergencyConfirmFirst'));
      document.getElementById(profileFieldId('emergencyConfirmed'))?.focus();
      return;
    }
    const firstInvalid = [...errors.keys()][0];
    if (firstInvalid) {
      onMessage(t('profiles.fixFirst'));
      document.getElementById(profileFieldId(firstInvalid))?.focus();
      return;
    }
    setBusy(true);
    const body = {
      ...profileInput(values),
      emergencyNumberConfirmed: needsEmergencyConfirmation ? isEmergencyConfirmed : undefined,
    };
    const result = profile
      ? await storeRequest<TBrandProfile>(`/api/brands/${profile.id}`, jsonInit('PUT', body, profile.version))
      : await storeRequest<TBrandProfile>('/api/brands', jsonInit('POST', body));
    setBusy(false);
    if (!result.ok) {
      setServerErrors(issuesByField(result.issues));
      onMessage(result.status === 422 ? t('profiles.fixFirst') : failureText(result, t));
      return;
    }
    const saved = result.data;
    if (profile || !pendingLogo) {
      return onSaved(saved, profile ? t('profiles.saved') : t('profiles.created', { name: saved.name }));
    }
    // The logo chosen while the profile was being made goes up now that the profile exists.
    const logo = await uploadLogo(saved, pendingLogo);
    const created = t('profiles.created', { name: saved.name });
    await onSaved(
      logo.ok ? logo.data : saved,
      logo.ok ? created : `${created} ${t('profiles.logoRejectedNone', { reason: failureText(logo, t) })}`,
    );
  };

  const makeDefault = async () => {
    if (!profile) return;
    const result = await storeRequest<TBrandProfile>(
      `/api/brands/${profile.id}`,
      jsonInit('PATCH', { isDefault: true }, profile.version),
    );
    if (!result.ok) return onMessage(failureText(result, t));
    await onSaved(result.data, t('profiles.madeDefault', { name: result.data.name }));
  };

  const remove = async () => {
    if (!profile) return;
    const result = await storeRequest<null>(
      `/api/brands/${profile.id}`,
      versionedInit('DELETE', profile.version),
    );
    if (!result.ok) return onMessage(failureText(result, t));
    await onDeleted(t('profiles.deleted', { name: profile.name }));
  };

  return (
    <div className="profile-editor">
      <h3>{profile ? t('profiles.editTitle', { name: profile.name }) : t('profiles.newTitle')}</h3>
      <HeaderPreview
        values={values}
        accent={previewAccent(values, profile?.accentColor)}
        logoUrl={logoUrl(profile)}
      />
      <form className="profile-form" noValidate onSubmit={save}>
        <ProfileFields values={values} errorOf={errorOf} onChange={onChange} />
        {needsEmergencyConfirmation && values.emergencyNumber.trim() !== '' ? (
          <Checkbox
            id={profileFieldId('emergencyConfirmed')}
            label={t('profiles.emergencyConfirm', { number: values.emergencyNumber })}
            hint={t('profiles.emergencyConfirmHint')}
            error={isSubmitted && !isEmergencyConfirmed ? t('profiles.emergencyConfirmFirst') : undefined}
            checked={isEmergencyConfirmed}
            onChange={setEmergencyConfirmed}
          />
        ) : null}
        <LogoField
          profile={profile}
          onChanged={(changed) => onSaved(changed, '')}
          onPending={setPendingLogo}
          onActivity={() => onMessage('')}
        />
        <div className="button-row">
          <button type="submit" className="button primary" disabled={isBusy}>
            {isBusy ? t('profiles.saving') : profile ? t('profiles.save') : t('profiles.create')}
          </button>
          {profile && !profile.isDefault ? (
            <button type="button" className="button" onClick={() => void makeDefault()}>
              {t('profiles.makeDefault')}
            </button>
          ) : null}
          {profile ? (
            <button type="button" className="button danger" onClick={() => setConfirming(true)}>
              {t('profiles.delete')}
            </button>
          ) : null}
        </div>
        {profile?.isDefault ? <p className="hint">{t('profiles.isDefault')}</p> : null}
      </form>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t('profiles.deleteTitle', { name: profile?.name ?? '' })}
        body={t('profiles.deleteBody')}
        confirmLabel={t('profiles.delete')}
        cancelLabel={t('profiles.cancel')}
        onConfirm={() => void remove()}
        onClose={() => setConfirming(false)}
      />
    </div>
  );
}
