'use client';

import './sections.css';

import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { TFieldMap } from '@/lib/builder/fields';
import type { FormState } from '@/lib/builder/form-state';
import type { TBuilderAction } from '@/lib/builder/reducer';
import { sectionKey } from '@/lib/builder/ui-i18n';
import { type TSectionId, ZSectionIdSchema } from '@/lib/spec/ids';
import { LOCKED_SECTION } from '@/templates/registry';

import { useDndAnnouncements } from './dnd-announcements';
import { ParamFields } from './param-fields';
import { moveId, SectionItem, toggleId } from './section-item';

interface SectionsEditorProps {
  state: FormState;
  fields: TFieldMap;
  errors: ReadonlyMap<string, string>;
  dispatch: (action: TBuilderAction) => void;
  announce: (message: string) => void;
}

export function SectionsEditor({ state, fields, errors, dispatch, announce }: SectionsEditorProps) {
  const { t } = useTranslation('ui');
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const accessibility = useDndAnnouncements(state.chosen);
  // Moving a list item or switching it between lists re-creates its DOM node: put focus back on it.
  const focusNext = useRef<{ id: string; fallback?: string } | undefined>(undefined);
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = undefined;
    const element = document.getElementById(target.id);
    const usable = element instanceof HTMLButtonElement && element.disabled ? undefined : element;
    (usable ?? (target.fallback ? document.getElementById(target.fallback) : null))?.focus();
  });

  // Folded settings are a view choice for this visit, not part of the handout: never stored.
  const [collapsed, setCollapsed] = useState<ReadonlySet<TSectionId>>(new Set());
  const hasError = (id: TSectionId) => [...errors.keys()].some((key) => key.startsWith(`sections.${id}.`));
  const withParams = state.chosen.filter((id) => fields[id].length > 0);
  const isAllCollapsed = withParams.every((id) => collapsed.has(id));
  const collapse = (id: TSectionId, isCollapsed: boolean) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (isCollapsed) next.add(id);
      else next.delete(id);
      return next;
    });
  const title = (id: TSectionId) => t(sectionKey(id, 'title'));
  const movable = state.chosen.filter((id) => id !== LOCKED_SECTION);
  const available = ZSectionIdSchema.options.filter((id) => !state.chosen.includes(id));

  const toggle = (id: TSectionId, isOn: boolean) => {
    dispatch({ type: 'toggle', id, isOn });
    focusNext.current = { id: toggleId(id) };
    announce(t(isOn ? 'sections.added' : 'sections.removed', { title: title(id) }));
  };
  const move = (id: TSectionId, by: -1 | 1) => {
    dispatch({ type: 'move', id, by });
    const direction = by === -1 ? 'up' : 'down';
    focusNext.current = {
      id: moveId(id, direction),
      fallback: moveId(id, direction === 'up' ? 'down' : 'up'),
    };
    const position = Math.min(movable.length, Math.max(1, movable.indexOf(id) + 1 + by));
    announce(t('sections.moved', { title: title(id), position, total: state.chosen.length }));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const id = ZSectionIdSchema.safeParse(active.id);
    const overId = ZSectionIdSchema.safeParse(over?.id);
    if (id.success && overId.success && id.data !== overId.data) {
      dispatch({ type: 'reorder', id: id.data, overId: overId.data });
    }
  };

  const item = (id: TSectionId, index: number) => (
    <SectionItem
      key={id}
      id={id}
      isLocked={id === LOCKED_SECTION}
      canMoveUp={index > 0}
      canMoveDown={index < movable.length - 1}
      onToggle={(isOn) => toggle(id, isOn)}
      onMove={(by) => move(id, by)}
      // A section with a field to fix stays open, so the error summary's link has somewhere to go.
      isCollapsed={collapsed.has(id) && !hasError(id)}
      onCollapse={(isCollapsed) => collapse(id, isCollapsed)}
    >
      {fields[id].length > 0 ? (
        <ParamFields
          id={id}
          fields={fields[id]}
          values={state.params[id]}
          units={state.units}
          accent={state.brand.accentColor}
          errors={errors}
          dispatch={dispatch}
        />
      ) : null}
    </SectionItem>
  );

  return (
    <section className="panel" aria-labelledby="sections-heading">
      <h2 id="sections-heading">{t('sections.heading')}</h2>
      <div className="chosen-head">
        <h3 id="chosen-heading">{t('sections.chosen')}</h3>
        <button
          type="button"
          className="button small subtle"
          onClick={() => setCollapsed(isAllCollapsed ? new Set() : new Set(withParams))}
        >
          {t(isAllCollapsed ? 'sections.expandAll' : 'sections.collapseAll')}
        </button>
      </div>
      <p className="hint">{t('sections.chosenHint')}</p>
      <DndContext
        id="sections-dnd"
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={accessibility}
      >
        <SortableContext items={movable} strategy={verticalListSortingStrategy}>
          <ol className="section-list" aria-labelledby="chosen-heading">
            {movable.map(item)}
            {item(LOCKED_SECTION, movable.length)}
          </ol>
        </SortableContext>
      </DndContext>
      <h3 id="available-heading">{t('sections.available')}</h3>
      {available.length > 0 ? <p className="hint">{t('sections.availableHint')}</p> : null}
      <ul className="section-list available" aria-labelledby="available-heading">
        {available.map((id) => (
          <li key={id} className="section-item is-off" data-section={id}>
            <label className="section-title" htmlFor={toggleId(id)}>
              <input
                id={toggleId(id)}
                type="checkbox"
                checked={false}
                aria-describedby={`${toggleId(id)}-desc`}
                onChange={(e) => toggle(id, e.target.checked)}
              />
              <span>{title(id)}</span>
            </label>
            <p id={`${toggleId(id)}-desc`} className="section-description">
              {t(sectionKey(id, 'description'))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
