import type { TWriteContext } from '@/lib/auth/roles';
import type { TTranslationSet } from '@/lib/translations/schema';

import { auditStatements } from './audit';
import type { TDatabase } from './db';
import type { TranslationRepository } from './repository';
import {
  parseLocale,
  planApproval,
  planCorrection,
  planImport,
  SELECT_APPROVALS,
  SELECT_OVERRIDES,
  SELECT_SET,
  setFromRows,
  type TTranslationWrite,
  writeStatements,
} from './translation-rules';

/** Translation corrections and approvals in SQLite; each write is one IMMEDIATE transaction with its audit entry. */
export function createSqliteTranslations(db: TDatabase): TranslationRepository {
  const audit = auditStatements(db);
  const read = (locale: string): TTranslationSet => {
    const checked = parseLocale(locale);
    return setFromRows(
      checked,
      db.prepare(SELECT_SET).get(checked),
      db.prepare(SELECT_OVERRIDES).all(checked),
      db.prepare(SELECT_APPROVALS).all(checked),
    );
  };
  const write = (
    locale: string,
    context: TWriteContext,
    plan: (before: TTranslationSet) => TTranslationWrite,
  ): TTranslationSet =>
    db
      .transaction(() => {
        const before = read(locale);
        const change = plan(before);
        for (const { text, values } of writeStatements(before.locale, change))
          db.prepare(text).run(...values);
        audit.append(context.actor, change.audit);
        return read(locale);
      })
      .immediate();

  return {
    get: async (locale) => read(locale),
    overrides: async (locales) =>
      Object.fromEntries(locales.map((locale) => [locale, read(locale).overrides])),
    correct: async (locale, correction, context) =>
      write(locale, context, (before) => planCorrection(before, correction, context)),
    approve: async (locale, approval, context) =>
      write(locale, context, (before) => planApproval(before, approval, context)),
    importCorrections: async (locale, corrections, context) =>
      write(locale, context, (before) => planImport(before, corrections, context)),
  };
}
