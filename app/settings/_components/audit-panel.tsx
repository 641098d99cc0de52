'use client';

import type { TFunction } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { storeRequest } from '@/app/_components/store-client';
import type { TAuditEntry } from '@/lib/store/audit';

const PAGE = 50;

const show = (value: unknown, none: string) =>
  value === null || value === undefined || value === ''
    ? none
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

// Readable names for the translation review's actions; the older ids read well enough as they are.
const ACTION_LABELS = new Map([
  ['translation.correct', 'audit.action.translationCorrect'],
  ['translation.approve', 'audit.action.translationApprove'],
  ['translation.import', 'audit.action.translationImport'],
] as const);
const actionLabel = (action: string, t: TFunction<'ui'>) => {
  const key = ACTION_LABELS.get(action as Parameters<typeof ACTION_LABELS.get>[0]);
  return key ? t(key) : action;
};

/** The audit log, newest first, read-only: what changed in the clinic's records, by whom and when. */
interface AuditPanelProps {
  refreshKey: string;
  /** Lists whose reload means something changed: the log loads again to show it. */
  watch: readonly unknown[];
}

export function AuditPanel({ refreshKey, watch }: AuditPanelProps) {
  const { t, i18n } = useTranslation('ui');
  const [entries, setEntries] = useState<TAuditEntry[]>([]);
  const [hasMore, setHasMore] = useState(false);

  const load = useCallback(async (before?: number) => {
    const query = before === undefined ? '' : `&before=${before}`;
    const result = await storeRequest<{ entries: TAuditEntry[] }>(`/api/audit?limit=${PAGE}${query}`);
    if (!result.ok) return;
    setEntries((current) =>
      before === undefined ? result.data.entries : [...current, ...result.data.entries],
    );
    setHasMore(result.data.entries.length === PAGE);
  }, []);
  const [first, second] = watch;
  useEffect(() => {
    void load();
  }, [load, refreshKey, first, second]);

  const when = (at: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));

  return (
    <section className="panel" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('audit.heading')}</h2>
      <p className="hint">{t('audit.hint')}</p>
      {entries.length === 0 ? (
        <p className="hint">{t('audit.empty')}</p>
      ) : (
        <table className="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.what')}</th>
              <th scope="col">{t('audit.details')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.seq}>
                <td>{when(entry.at)}</td>
                <td>
                  {entry.actor.name} ({t(`auth.role.${entry.actor.role}`)})
                </td>
                <td>
                  {actionLabel(entry.action, t)} · {entry.target.type}
                  {entry.target.name ? ` “${entry.target.name}”` : ''}
                </td>
                <td>
                  {Object.entries(entry.changes).map(([field, change]) => (
                    <div key={field}>
                      {t('audit.change', {
                        field,
                        old: show(change.old, t('audit.none')),
                        new: show(change.new, t('audit.none')),
                      })}
                    </div>
                  ))}
                  {Object.keys(entry.changes).length === 0 && entry.fields.length > 0 ? (
                    <div>{entry.fields.join(', ')}</div>
                  ) : null}
                  {entry.detail ? <div>{entry.detail}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hasMore ? (
        <button type="button" className="button" onClick={() => void load(entries.at(-1)?.seq)}>
          {t('audit.more')}
        </button>
      ) : null}
    </section>
  );
}
