'use client';

import './settings.css';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { UiLanguageSwitch } from '@/app/_components/ui-language-switch';

/**
 * The frame of the pages beside the builder (settings, translation review): title, the way back to
 * the builder, the screen language, an intro line, then the page's own panels. Its style sheet comes
 * with it, so a page that uses the frame never renders without margins.
 */
export function PageFrame({
  title,
  intro,
  links,
  className,
  children,
}: {
  title: string;
  intro: string;
  /** Links beside "Back to the handout builder". */
  links?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('ui');
  return (
    <div className={className ? `settings ${className}` : 'settings'}>
      <header className="topbar">
        <div>
          <h1>{title}</h1>
          <p className="tagline">{t('app.title')}</p>
        </div>
        <div className="topbar-tools">
          <Link href="/" className="settings-link">
            {t('settings.back')}
          </Link>
          {links}
          <UiLanguageSwitch />
        </div>
      </header>
      <main className="settings-main">
        <p className="settings-intro">{intro}</p>
        {children}
      </main>
    </div>
  );
}
