'use client';

import type { Announcements, UniqueIdentifier } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';

import { sectionKey } from '@/lib/builder/ui-i18n';
import { type TSectionId, ZSectionIdSchema } from '@/lib/spec/ids';

/** dnd-kit's screen reader messages, in the UI language instead of its built-in English. */
export function useDndAnnouncements(chosen: readonly TSectionId[]) {
  const { t } = useTranslation('ui');
  const title = (id: UniqueIdentifier) => {
    const parsed = ZSectionIdSchema.safeParse(id);
    return parsed.success ? t(sectionKey(parsed.data, 'title')) : String(id);
  };
  const position = (id: UniqueIdentifier | undefined) => chosen.findIndex((other) => other === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('sections.dndPickedUp', { title: title(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('sections.dndOver', { title: title(active.id), position: position(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t('sections.dndDropped', { title: title(active.id), position: position(over.id) }) : undefined,
    onDragCancel: () => t('sections.dndCancelled'),
  };
  return { announcements, screenReaderInstructions: { draggable: t('sections.dndInstructions') } };
}
