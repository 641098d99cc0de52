'use client';

import { useTranslation } from 'react-i18next';

import { sectionKey } from '@/lib/builder/ui-i18n';
import { type TSectionId, ZSectionIdSchema } from '@/lib/spec/ids';

import { focusById, SECTION_NAV_ID } from './form-anchors';
import { toggleId } from './section-item';

/**
 * Every section in the registry's reading order, so its place never changes while the handout does:
 * one link moves focus to the section's switch, and each section's settings end with a way back here.
 */
export function SectionNav({ chosen }: { chosen: readonly TSectionId[] }) {
  const { t } = useTranslation('ui');
  return (
    <nav id={SECTION_NAV_ID} className="section-nav" aria-labelledby="section-nav-heading" tabIndex={-1}>
      <h2 id="section-nav-heading" className="section-nav-heading">
        {t('sections.jump')}
      </h2>
      <ul>
        {ZSectionIdSchema.options.map((id) => (
          <li key={id} className={chosen.includes(id) ? undefined : 'is-off'}>
            <a
              href={`#${toggleId(id)}`}
              onClick={(event) => {
                event.preventDefault();
                focusById(toggleId(id));
              }}
            >
              {t(sectionKey(id, 'title'))}
              {chosen.includes(id) ? null : (
                <span className="visually-hidden"> ({t('sections.notIncluded')})</span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
