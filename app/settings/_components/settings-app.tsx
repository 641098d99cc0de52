'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { UiI18nProvider } from '@/app/_components/ui-i18n-provider';
import { canAdminister, canReview, useSession } from '@/app/_components/use-session';
import { useStoreList } from '@/app/_components/use-store-list';
import type { TBrandProfile, TPreset } from '@/lib/store/schemas';

import { AccessPanel } from './access-panel';
import { AuditPanel } from './audit-panel';
import { PageFrame } from './page-frame';
import { PresetsPanel } from './presets-panel';
import { ProfilesPanel } from './profiles-panel';
import { TransferPanel } from './transfer-panel';
import { UsersPanel } from './users-panel';

function SettingsPage() {
  const { t } = useTranslation('ui');
  const session = useSession();
  const profiles = useStoreList<TBrandProfile>('/api/brands', 'brands');
  const presets = useStoreList<TPreset>('/api/presets', 'presets');
  // Bumped after a change of users or settings; profile and preset changes reload their lists, which
  // the change log watches.
  const [changes, setChanges] = useState(0);
  const { state } = session;
  const isAdmin = canAdminister(state);
  const onSessionChanged = async () => {
    await session.reload();
    await Promise.all([profiles.reload(), presets.reload()]);
  };
  return (
    <PageFrame
      title={t('settings.title')}
      intro={t('settings.intro')}
      links={
        canReview(state) ? (
          <Link href="/translations" className="settings-link">
            {t('translations.link')}
          </Link>
        ) : null
      }
    >
      {state ? <AccessPanel state={state} onChanged={onSessionChanged} /> : null}
      {state && !isAdmin && state.hasAdmin ? <p className="notice">{t('auth.readOnly')}</p> : null}
      {isAdmin ? (
        <>
          <ProfilesPanel list={profiles} />
          <PresetsPanel list={presets} />
          <TransferPanel
            onImported={async () => {
              await Promise.all([profiles.reload(), presets.reload()]);
            }}
          />
          {state?.user ? (
            <UsersPanel currentUserId={state.user.id} onChanged={() => setChanges((n) => n + 1)} />
          ) : null}
          {state?.hasAdmin ? (
            <AuditPanel refreshKey={`${changes}`} watch={[profiles.items, presets.items]} />
          ) : null}
        </>
      ) : null}
    </PageFrame>
  );
}

/** The settings page: its own i18n instance, like the builder's. */
export function SettingsApp() {
  return (
    <UiI18nProvider>
      <SettingsPage />
    </UiI18nProvider>
  );
}
