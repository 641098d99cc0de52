'use client';

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { failureText, issuesByField, jsonInit, storeRequest } from '@/app/_components/store-client';
import type { TSessionState } from '@/app/_components/use-session';

import { AccountFields } from './account-fields';

interface AccessPanelProps {
  state: TSessionState;
  onChanged: () => Promise<void>;
}

/** Sign-in, sign-out, and the first clinic admin on day one. */
export function AccessPanel({ state, onChanged }: AccessPanelProps) {
  const { t } = useTranslation('ui');
  const [values, setValues] = useState({ username: '', displayName: '', password: '' });
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [message, setMessage] = useState('');
  const [isBusy, setBusy] = useState(false);
  const isSetup = !state.hasAdmin && state.canCreateFirstAdmin;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = isSetup
      ? await storeRequest('/api/auth/setup', jsonInit('POST', values))
      : await storeRequest(
          '/api/auth/sign-in',
          jsonInit('POST', { username: values.username, password: values.password }),
        );
    setBusy(false);
    if (!result.ok) {
      setErrors(issuesByField(result.issues));
      return setMessage(result.status === 401 ? t('auth.wrong') : failureText(result, t));
    }
    setValues({ username: '', displayName: '', password: '' });
    setMessage('');
    await onChanged();
  };

  const signOut = async () => {
    await storeRequest('/api/auth/sign-out', { method: 'POST' });
    await onChanged();
  };

  if (state.user) {
    return (
      <section className="panel" aria-labelledby="access-heading">
        <h2 id="access-heading">{t('auth.heading')}</h2>
        <p>
          {t('auth.signedInAs', { name: state.user.displayName, role: t(`auth.role.${state.user.role}`) })}
        </p>
        <button type="button" className="button" onClick={() => void signOut()}>
          {t('auth.signOut')}
        </button>
      </section>
    );
  }
  if (!state.hasAdmin && !state.canCreateFirstAdmin) {
    return (
      <section className="panel" aria-labelledby="access-heading">
        <h2 id="access-heading">{t('auth.setupTitle')}</h2>
        <p className="notice">{t('auth.setupRemote')}</p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="access-heading" id="sign-in">
      <h2 id="access-heading">{isSetup ? t('auth.setupTitle') : t('auth.signInTitle')}</h2>
      <p className="hint">{isSetup ? t('auth.setupHint') : t('auth.signInHint')}</p>
      <form className="access-form" onSubmit={(event) => void submit(event)} noValidate>
        <AccountFields idPrefix="auth" values={values} errors={errors} onChange={setValues} isNew={isSetup} />
        <div className="button-row">
          <button type="submit" className="button primary" disabled={isBusy}>
            {isSetup ? t('auth.createAdmin') : isBusy ? t('auth.signingIn') : t('auth.signIn')}
          </button>
        </div>
      </form>
      {state.oidc ? (
        <p>
          {t('auth.oidc')}{' '}
          <a className="button" href="/api/auth/oidc/start">
            {state.oidc.label}
          </a>
        </p>
      ) : null}
      <p className="settings-status" role="status">
        {message}
      </p>
    </section>
  );
}
