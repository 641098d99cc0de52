import { z } from 'zod';

import { type TActor, ZRoleSchema } from '@/lib/auth/roles';

import type { TDatabase } from './db';
import { corruptRow } from './errors';

/** The clinic fields whose old and new values the audit log keeps: they print on every handout. */
export const SAFETY_FIELDS = ['name', 'phone', 'afterHoursPhone', 'emergencyNumber'] as const;

export const ZAuditEntrySchema = z
  .object({
    seq: z.number().int().positive(),
    at: z.iso.datetime(),
    actor: z.object({ id: z.string().nullable(), name: z.string(), role: ZRoleSchema }),
    action: z.string(),
    target: z.object({ type: z.string(), id: z.string().nullable(), name: z.string().nullable() }),
    fields: z.array(z.string()),
    changes: z.record(z.string(), z.object({ old: z.unknown(), new: z.unknown() })),
    detail: z.string().nullable(),
  })
  .strict();
export type TAuditEntry = z.output<typeof ZAuditEntrySchema>;

export interface TAuditRecord {
  action: string;
  target: {
    type: 'clinic profile' | 'saved handout' | 'user' | 'settings' | 'store' | 'translation';
    id?: string;
    name?: string;
  };
  fields?: readonly string[];
  changes?: Record<string, { old: unknown; new: unknown }>;
  detail?: string;
}

/** Which fields differ, and the old and new values of the safety fields among them. */
export function diffRecords(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  keptValues: readonly string[] = SAFETY_FIELDS,
): Pick<TAuditRecord, 'fields' | 'changes'> {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const fields = keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  const changes = Object.fromEntries(
    fields
      .filter((key) => keptValues.includes(key))
      .map((key) => [key, { old: before[key] ?? null, new: after[key] ?? null }]),
  );
  return { fields, changes };
}

const ZAuditRowSchema = z
  .object({
    seq: z.number(),
    at: z.string(),
    actor_id: z.string().nullable(),
    actor_name: z.string(),
    actor_role: z.string(),
    action: z.string(),
    target_type: z.string(),
    target_id: z.string().nullable(),
    target_name: z.string().nullable(),
    fields: z.string(),
    changes: z.string(),
    detail: z.string().nullable(),
  })
  .transform((row) => ({
    seq: row.seq,
    at: row.at,
    actor: { id: row.actor_id, name: row.actor_name, role: row.actor_role },
    action: row.action,
    target: { type: row.target_type, id: row.target_id, name: row.target_name },
    fields: JSON.parse(row.fields) as unknown,
    changes: JSON.parse(row.changes) as unknown,
    detail: row.detail,
  }))
  .pipe(ZAuditEntrySchema);

/** An audit_log row (either engine) as an entry, checked by ZAuditEntrySchema. */
export function auditFromRow(row: unknown): TAuditEntry {
  const parsed = ZAuditRowSchema.safeParse(row);
  if (!parsed.success) throw corruptRow('audit_log', parsed.error);
  return parsed.data;
}

/** The column values of a new entry; `at` is the moment of the change. */
export function auditToRow(actor: TActor, record: TAuditRecord) {
  return {
    at: new Date().toISOString(),
    actor_id: actor.id,
    actor_name: actor.name,
    actor_role: actor.role,
    action: record.action,
    target_type: record.target.type,
    target_id: record.target.id ?? null,
    target_name: record.target.name ?? null,
    fields: JSON.stringify(record.fields ?? []),
    changes: JSON.stringify(record.changes ?? {}),
    detail: record.detail ?? null,
  };
}

/**
 * Append and read, nothing else: the table's triggers refuse UPDATE and DELETE, so not even a bug in
 * the app can rewrite history. Callers append inside the transaction of the change they record.
 */
export function auditStatements(db: TDatabase) {
  const insert = db.prepare(`INSERT INTO audit_log
      (at, actor_id, actor_name, actor_role, action, target_type, target_id, target_name, fields, changes, detail)
    VALUES (@at, @actor_id, @actor_name, @actor_role, @action, @target_type, @target_id, @target_name,
      @fields, @changes, @detail)`);
  const selectPage = db.prepare(`SELECT * FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?`);
  return {
    append: (actor: TActor, record: TAuditRecord): void => {
      insert.run(auditToRow(actor, record));
    },
    /** Newest first; `before` is the seq of the last entry of the previous page. */
    list: (limit: number, before = Number.MAX_SAFE_INTEGER): TAuditEntry[] =>
      selectPage.all(before, limit).map(auditFromRow),
  };
}
