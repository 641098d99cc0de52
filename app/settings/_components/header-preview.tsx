'use client';

import { useTranslation } from 'react-i18next';

import type { TProfileValues } from '@/lib/builder/profile-form';

interface HeaderPreviewProps {
  values: TProfileValues;
  accent: string;
  logoUrl: string | undefined;
}

/**
 * The top of a handout's first page in HTML, drawn like templates/layout/header.tsx (logo, clinic name
 * in the accent colour, contact lines, accent rule, then the title) with the handout's English words.
 */
export function HeaderPreview({ values, accent, logoUrl }: HeaderPreviewProps) {
  const { t } = useTranslation('ui');
  const { t: doc } = useTranslation('handout');
  const lines = [
    values.address.trim(),
    values.phone.trim() ? doc('doc.phone', { phone: values.phone.trim() }) : '',
    values.afterHoursPhone.trim() ? doc('doc.afterHours', { phone: values.afterHoursPhone.trim() }) : '',
    values.website.trim(),
  ].filter(Boolean);
  return (
    <figure className="header-preview" aria-labelledby="header-preview-caption">
      <figcaption id="header-preview-caption">
        <strong>{t('profiles.preview')}</strong> <span className="hint">{t('profiles.previewHint')}</span>
      </figcaption>
      <div className="paper" lang="en">
        <div className="paper-header" style={{ borderBottomColor: accent }}>
          {/* The alt text is the clinic name beside it: the logo adds nothing a screen reader needs. */}
          {logoUrl ? <img src={logoUrl} alt="" className="paper-logo" /> : null}
          <div>
            <p className="paper-clinic" style={{ color: accent }}>
              {values.name.trim() || t('profiles.name')}
            </p>
            {lines.map((line) => (
              <p key={line} className="paper-contact">
                {line}
              </p>
            ))}
          </div>
        </div>
        <p className="paper-title">{doc('doc.title')}</p>
      </div>
    </figure>
  );
}
