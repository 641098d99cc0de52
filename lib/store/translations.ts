import type { TWriteContext } from '@/lib/auth/roles';
import type { TReviewLocale, TTranslationSet } from '@/lib/translations/schema';

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

/** One language's corrections and approvals, read inside the caller's transaction (the store import reads them too). */
export function readTranslationSet(db: TDatabase, locale: string): TTranslationSet {
  const checked = parseLocale(locale);
  return setFromRows(
    checked,
    db.prepare(SELECT_SET).get(checked),
    db.prepare(SELECT_OVERRIDES).all(checked),
    db.prepare(SELECT_APPROVALS).all(checked),
  );
}

/** Runs one write's statements; the caller appends its audit entry in the same transaction. */
export function runTranslationWrite(db: TDatabase, locale: TReviewLocale, change: TTranslationWrite): void {
  for (const { text, values } of writeStatements(locale, change)) db.prepare(text).run(...values);
}

/** Translation corrections and approvals in SQLite; each write is one IMMEDIATE transaction with its audit entry. */
export function createSqliteTranslations(db: TDatabase): TranslationRepository {
  const audit = auditStatements(db);
  const read = (locale: string): TTranslationSet => readTranslationSet(db, locale);
  const write = (
    locale: string,
    context: TWriteContext,
    plan: (before: TTranslationSet) => TTranslationWrite,
  ): TTranslationSet =>
    db
      .transaction(() => {
        const before = read(locale);
        const change = plan(before);
        runTranslationWrite(db, before.locale, change);
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
