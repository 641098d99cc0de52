'use client';

import './store.css';

import { useTranslation } from 'react-i18next';

import { isUiLanguage, UI_LANGUAGES } from '@/lib/builder/ui-i18n';

/** The screen language (labels, help, errors); the handout's language is chosen in the form. */
export function UiLanguageSwitch() {
  const { t, i18n } = useTranslation('ui');
  return (
    <div className="ui-language">
      <label htmlFor="ui-language">{t('app.uiLanguage')}</label>
      <select
        id="ui-language"
        value={i18n.language}
        onChange={(event) => {
          if (isUiLanguage(event.target.value)) void i18n.changeLanguage(event.target.value);
        }}
      >
        {Object.entries(UI_LANGUAGES).map(([code, name]) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
