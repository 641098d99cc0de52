'use client';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { failureText } from '@/app/_components/store-client';
import type { StoreList } from '@/app/_components/use-store-list';
import type { TBrandProfile } from '@/lib/store/schemas';

import { ProfileEditor } from './profile-editor';

interface ProfilesPanelProps {
  list: StoreList<TBrandProfile>;
}

const NEW = 'new';

/** The clinic's profiles on the left, the chosen one (or a new one) to edit on the right. */
export function ProfilesPanel({ list }: ProfilesPanelProps) {
  const { t } = useTranslation('ui');
  const [selected, setSelected] = useState<string>();
  const [message, setMessage] = useState('');
  const profiles = list.items ?? [];
  const current = profiles.find((profile) => profile.id === selected) ?? profiles[0];
  const isNew = selected === NEW || (list.items !== undefined && !current);
  const select = (id: string) => {
    setSelected(id);
    setMessage('');
  };
  // The list is fetched again after every change: the store decides the default and the order.
  const onSaved = async (profile: TBrandProfile, text: string) => {
    await list.reload();
    setSelected(profile.id);
    setMessage(text);
  };
  const onDeleted = async (text: string) => {
    await list.reload();
    setSelected(undefined);
    setMessage(text);
  };

  return (
    <section className="panel" aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">{t('profiles.heading')}</h2>
      <p className="hint">{t('profiles.hint')}</p>
      {list.failure ? <p className="field-error">{failureText(list.failure, t)}</p> : null}
      <div className="profiles-layout">
        <nav aria-label={t('profiles.listLabel')} className="profile-nav">
          {profiles.length === 0 && list.items ? <p className="hint">{t('profiles.empty')}</p> : null}
          <ul className="profile-list">
            {profiles.map((profile) => (
              <li key={profile.id}>
                <button
                  type="button"
                  className="profile-tab"
                  aria-current={!isNew && profile.id === current?.id ? 'true' : undefined}
                  onClick={() => select(profile.id)}
                >
                  <span>{profile.name}</span>
                  {profile.isDefault ? <span className="badge">{t('profiles.default')}</span> : null}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => select(NEW)}>
            {t('profiles.new')}
          </button>
        </nav>
        <div className="profile-column">
          {list.items === undefined ? (
            <p className="hint">{t('settings.loading')}</p>
          ) : (
            <ProfileEditor
              key={isNew ? NEW : current?.id}
              profile={isNew ? undefined : current}
              onSaved={onSaved}
              onDeleted={onDeleted}
              onMessage={setMessage}
            />
          )}
          <p className="settings-status" role="status">
            {message}
          </p>
        </div>
      </div>
    </section>
  );
}
