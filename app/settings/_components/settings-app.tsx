'use client';

import './settings.css';

import Link from 'next/link';
import { useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';

import { useStoreList } from '@/app/_components/use-store-list';
import { createUiI18n } from '@/lib/builder/ui-i18n';
import type { TBrandProfile, TPreset } from '@/lib/store/schemas';

import { PresetsPanel } from './presets-panel';
import { ProfilesPanel } from './profiles-panel';
import { TransferPanel } from './transfer-panel';

function SettingsPage() {
  const { t } = useTranslation('ui');
  const profiles = useStoreList<TBrandProfile>('/api/brands', 'brands');
  const presets = useStoreList<TPreset>('/api/presets', 'presets');
  return (
    <div className="settings">
      <header className="topbar">
        <div>
          <h1>{t('settings.title')}</h1>
          <p className="tagline">{t('app.title')}</p>
        </div>
        <Link href="/" className="settings-link">
          {t('settings.back')}
        </Link>
      </header>
      <main className="settings-main">
        <p className="settings-intro">{t('settings.intro')}</p>
        <ProfilesPanel list={profiles} />
        <PresetsPanel list={presets} />
        <TransferPanel
          onImported={async () => {
            await Promise.all([profiles.reload(), presets.reload()]);
          }}
        />
      </main>
    </div>
  );
}

/** The settings page: its own i18n instance, like the builder's. */
export function SettingsApp() {
  const [i18n] = useState(() => createUiI18n());
  return (
    <I18nextProvider i18n={i18n}>
      <SettingsPage />
    </I18nextProvider>
  );
}
