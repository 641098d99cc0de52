'use client';

import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { sectionKey } from '@/lib/builder/ui-i18n';
import type { TSectionId } from '@/lib/spec/ids';

import { focusById, SECTION_NAV_ID } from './form-anchors';

export const toggleId = (id: TSectionId) => `section-${id}-on`;
export const moveId = (id: TSectionId, direction: 'up' | 'down') => `section-${id}-${direction}`;
const paramsId = (id: TSectionId) => `section-${id}-settings`;

interface SectionItemProps {
  id: TSectionId;
  isLocked: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onToggle: (isOn: boolean) => void;
  onMove: (by: -1 | 1) => void;
  /** Whether its settings are folded away; undefined for a section without settings. */
  isCollapsed?: boolean;
  onCollapse?: (isCollapsed: boolean) => void;
  children?: ReactNode;
}

function Arrow({ direction }: { direction: 'up' | 'down' }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
      <path d={direction === 'up' ? 'M8 3l5 6H3z' : 'M8 13l5-6H3z'} fill="currentColor" />
    </svg>
  );
}

function Chevron({ isOpen }: { isOpen: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
      <path d={isOpen ? 'M3 6l5 5 5-5z' : 'M6 3l5 5-5 5z'} fill="currentColor" />
    </svg>
  );
}

function Grip() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
      {[3, 8, 13].flatMap((y) =>
        [5, 11].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.5" fill="currentColor" />),
      )}
    </svg>
  );
}

/** A chosen section: switch, title, reorder controls and, below, its settings, which can be folded away. */
export function SectionItem({
  id,
  isLocked,
  canMoveUp,
  canMoveDown,
  onToggle,
  onMove,
  isCollapsed = false,
  onCollapse,
  children,
}: SectionItemProps) {
  const { t } = useTranslation('ui');
  const sortable = useSortable({ id, disabled: isLocked });
  const title = t(sectionKey(id, 'title'));
  const style = { transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition };
  return (
    <li
      ref={sortable.setNodeRef}
      style={style}
      className={`section-item${sortable.isDragging ? ' is-dragging' : ''}`}
      data-section={id}
    >
      <div className="section-head">
        {isLocked ? (
          <span className="handle-spacer" />
        ) : (
          <button
            type="button"
            className="icon-button drag-handle"
            ref={sortable.setActivatorNodeRef}
            {...sortable.attributes}
            {...sortable.listeners}
            aria-label={t('sections.drag', { title })}
          >
            <Grip />
          </button>
        )}
        <label className="section-title" htmlFor={toggleId(id)}>
          <input
            id={toggleId(id)}
            type="checkbox"
            checked
            disabled={isLocked}
            aria-describedby={`${toggleId(id)}-desc`}
            onChange={(e) => onToggle(e.target.checked)}
          />
          <span>{title}</span>
        </label>
        {isLocked ? null : (
          <span className="move-buttons">
            <button
              type="button"
              id={moveId(id, 'up')}
              className="icon-button"
              disabled={!canMoveUp}
              aria-label={t('sections.moveUp', { title })}
              onClick={() => onMove(-1)}
            >
              <Arrow direction="up" />
            </button>
            <button
              type="button"
              id={moveId(id, 'down')}
              className="icon-button"
              disabled={!canMoveDown}
              aria-label={t('sections.moveDown', { title })}
              onClick={() => onMove(1)}
            >
              <Arrow direction="down" />
            </button>
          </span>
        )}
        {children && onCollapse ? (
          <button
            type="button"
            className="icon-button collapse-button"
            aria-expanded={!isCollapsed}
            aria-controls={paramsId(id)}
            aria-label={t('sections.settings', { title })}
            onClick={() => onCollapse(!isCollapsed)}
          >
            <Chevron isOpen={!isCollapsed} />
          </button>
        ) : null}
      </div>
      <p id={`${toggleId(id)}-desc`} className="section-description">
        {t(sectionKey(id, 'description'))}
        {isLocked ? <span className="badge">{t('sections.locked')}</span> : null}
      </p>
      {children ? (
        <fieldset className="params" id={paramsId(id)} hidden={isCollapsed}>
          <legend className="visually-hidden">{t('sections.settings', { title })}</legend>
          {children}
          <a
            className="section-back"
            href={`#${SECTION_NAV_ID}`}
            onClick={(event) => {
              event.preventDefault();
              focusById(SECTION_NAV_ID);
            }}
          >
            {t('sections.backToList')}
          </a>
        </fieldset>
      ) : null}
    </li>
  );
}
