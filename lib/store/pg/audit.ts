import type { TActor } from '@/lib/auth/roles';

import { auditFromRow, auditToRow, type TAuditEntry, type TAuditRecord } from '../audit';
import { insertSql } from './columns';
import type { TSql } from './db';

/** Append and read; the table's trigger refuses UPDATE, DELETE and TRUNCATE (migration 1). */
export function pgAudit(sql: TSql) {
  return {
    append: async (actor: TActor, record: TAuditRecord): Promise<void> => {
      const { text, values } = insertSql('audit_log', auditToRow(actor, record));
      await sql.run(text, values);
    },
    list: async (limit: number, before = Number.MAX_SAFE_INTEGER): Promise<TAuditEntry[]> =>
      (
        await sql.all('SELECT * FROM audit_log WHERE seq < $1 ORDER BY seq DESC LIMIT $2', [
          Math.min(before, 2 ** 31 - 1),
          limit,
        ])
      ).map(auditFromRow),
  };
}
