'use client';

import { type ReactNode, useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';

import { createUiI18n, isUiLanguage, UI_LANGUAGE_KEY, uiDirection } from '@/lib/builder/ui-i18n';

/**
 * One i18n instance for the page. The server renders English; the clinician's stored screen language is
 * applied once the page runs in the browser, and the page's lang and dir attributes follow it.
 */
export function UiI18nProvider({ children }: { children: ReactNode }) {
  const [i18n] = useState(() => createUiI18n());
  useEffect(() => {
    const apply = (language: string) => {
      if (!isUiLanguage(language)) return;
      document.documentElement.lang = language;
      document.documentElement.dir = uiDirection(language);
      window.localStorage.setItem(UI_LANGUAGE_KEY, language);
    };
    i18n.on('languageChanged', apply);
    const stored = window.localStorage.getItem(UI_LANGUAGE_KEY);
    // The switch can be used before this effect runs; then its change came before the listener, and
    // the page catches up with it here (a stored choice only applies to a page still in English).
    if (isUiLanguage(stored) && stored !== i18n.language && i18n.language === 'en')
      void i18n.changeLanguage(stored);
    else apply(i18n.language);
    return () => i18n.off('languageChanged', apply);
  }, [i18n]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
