'use client';

import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Checkbox, fieldId, RadioGroup } from '@/app/_components/field-controls';
import {
  failureText,
  issuesByField,
  jsonInit,
  storeRequest,
  versionedInit,
} from '@/app/_components/store-client';
import { type TRole, ZRoleSchema } from '@/lib/auth/roles';
import type { TSettings, TUser } from '@/lib/store/user-schemas';

import { AccountFields } from './account-fields';

const EMPTY = { username: '', displayName: '', password: '', role: 'clinician' as TRole };

/** The clinic's users and the sign-in setting; only an admin sees this panel. */
interface UsersPanelProps {
  currentUserId: string | undefined;
  onChanged: () => void;
}

export function UsersPanel({ currentUserId, onChanged }: UsersPanelProps) {
  const { t } = useTranslation('ui');
  const [users, setUsers] = useState<TUser[]>([]);
  const [settings, setSettings] = useState<TSettings>();
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [message, setMessage] = useState('');
  const roles = ZRoleSchema.options.map((role) => ({ value: role, label: t(`auth.role.${role}`) }));

  const reload = useCallback(async () => {
    const [list, current] = await Promise.all([
      storeRequest<{ users: TUser[] }>('/api/users'),
      storeRequest<TSettings>('/api/settings'),
    ]);
    if (list.ok) setUsers(list.data.users);
    if (current.ok) setSettings(current.data);
  }, []);
  const afterChange = async () => {
    await reload();
    onChanged();
  };
  useEffect(() => {
    void reload();
  }, [reload]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const result = await storeRequest<TUser>('/api/users', jsonInit('POST', draft));
    if (!result.ok) {
      setErrors(issuesByField(result.issues));
      return setMessage(failureText(result, t));
    }
    setDraft(EMPTY);
    setErrors(new Map());
    setMessage(t('users.created', { name: result.data.displayName }));
    await afterChange();
  };

  const change = async (
    user: TUser,
    patch: Partial<Pick<TUser, 'role' | 'isDisabled'>> & { password?: string },
  ) => {
    const result = await storeRequest<TUser>(`/api/users/${user.id}`, jsonInit('PATCH', patch, user.version));
    setMessage(result.ok ? t('users.updated', { name: user.displayName }) : failureText(result, t));
    await afterChange();
  };

  const remove = async (user: TUser) => {
    const result = await storeRequest(`/api/users/${user.id}`, versionedInit('DELETE', user.version));
    setMessage(result.ok ? t('users.deleted', { name: user.displayName }) : failureText(result, t));
    await afterChange();
  };

  const setRequireSignIn = async (value: boolean) => {
    // Shown at once, as a checkbox should; put back if the store refuses.
    const before = settings;
    setSettings((current) => current && { ...current, requireSignInToBuild: value });
    const result = await storeRequest<TSettings>(
      '/api/settings',
      jsonInit('PATCH', { requireSignInToBuild: value }),
    );
    setMessage(result.ok ? t('users.settingSaved') : failureText(result, t));
    setSettings(result.ok ? result.data : before);
    onChanged();
  };

  return (
    <section className="panel" aria-labelledby="users-heading">
      <h2 id="users-heading">{t('users.heading')}</h2>
      <p className="hint">{t('users.hint')}</p>
      {settings ? (
        <Checkbox
          id={fieldId('settings.requireSignIn')}
          label={t('users.requireSignIn')}
          hint={t('users.requireSignInHint')}
          checked={settings.requireSignInToBuild}
          onChange={(value) => void setRequireSignIn(value)}
        />
      ) : null}
      <ul className="user-list" aria-label={t('users.listLabel')}>
        {users.map((user) => (
          <li key={user.id} className="user-row">
            <span>
              <strong>{user.displayName}</strong> ({user.username}) · {t(`auth.role.${user.role}`)}
              {user.isDisabled ? ` · ${t('users.disabled')}` : ''}
              {user.signsInWith === 'oidc' ? ` · ${t('users.viaOidc')}` : ''}
            </span>
            {user.id === currentUserId ? null : (
              <span className="button-row">
                <select
                  aria-label={`${t('users.roleLabel')}: ${user.displayName}`}
                  value={user.role}
                  onChange={(event) => void change(user, { role: ZRoleSchema.parse(event.target.value) })}
                >
                  {roles.map((role) => (
                    <option key={role.value} value={role.value}>
                      {role.label}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="button"
                  onClick={() => void change(user, { isDisabled: !user.isDisabled })}
                >
                  {user.isDisabled ? t('users.enable') : t('users.disable')}
                </button>
                <button type="button" className="button danger" onClick={() => void remove(user)}>
                  {t('users.delete')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <form className="access-form" onSubmit={(event) => void create(event)} noValidate>
        <h3>{t('users.add')}</h3>
        <AccountFields
          idPrefix="user"
          values={draft}
          errors={errors}
          onChange={(account) => setDraft((d) => ({ ...d, ...account }))}
          isNew
          nameLabel={t('users.name')}
        />
        <RadioGroup
          id={fieldId('user.role')}
          label={t('users.roleLabel')}
          options={roles}
          value={draft.role}
          onChange={(role) => setDraft((d) => ({ ...d, role: ZRoleSchema.parse(role) }))}
        />
        <div className="button-row">
          <button type="submit" className="button primary">
            {t('users.create')}
          </button>
        </div>
      </form>
      <p className="settings-status" role="status">
        {message}
      </p>
    </section>
  );
}
