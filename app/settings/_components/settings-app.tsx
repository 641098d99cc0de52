'use client';

import './settings.css';

import Link from 'next/link';
import { useTranslation } from 'react-i18next';

import { UiI18nProvider } from '@/app/_components/ui-i18n-provider';
import { UiLanguageSwitch } from '@/app/_components/ui-language-switch';
import { useStoreList } from '@/app/_components/use-store-list';
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
        <div className="topbar-tools">
          <Link href="/" className="settings-link">
            {t('settings.back')}
          </Link>
          <UiLanguageSwitch />
        </div>
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
  return (
    <UiI18nProvider>
      <SettingsPage />
    </UiI18nProvider>
  );
}
