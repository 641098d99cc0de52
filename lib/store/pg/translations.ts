import type { TWriteContext } from '@/lib/auth/roles';
import type { TReviewLocale, TTranslationSet } from '@/lib/translations/schema';

import type { TranslationRepository } from '../repository';
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
} from '../translation-rules';
import { pgAudit } from './audit';
import type { TPgDatabase, TSql } from './db';

/** `?` places as PostgreSQL's `$1, $2, …` (the shared statements of lib/store/translation-rules.ts). */
const numbered = (text: string) => {
  let index = 0;
  return text.replace(/\?/g, () => `$${(index += 1)}`);
};

/** One language's corrections and approvals, inside the caller's transaction (the store import reads them too). */
export async function readPgTranslationSet(sql: TSql, locale: string): Promise<TTranslationSet> {
  const checked = parseLocale(locale);
  return setFromRows(
    checked,
    await sql.get(numbered(SELECT_SET), [checked]),
    await sql.all(numbered(SELECT_OVERRIDES), [checked]),
    await sql.all(numbered(SELECT_APPROVALS), [checked]),
  );
}

/** Runs one write's statements; the caller appends its audit entry in the same transaction. */
export async function runPgTranslationWrite(
  sql: TSql,
  locale: TReviewLocale,
  change: TTranslationWrite,
): Promise<void> {
  for (const { text, values } of writeStatements(locale, change)) await sql.run(numbered(text), values);
}

/** Translation corrections and approvals in PostgreSQL: lib/store/translations.ts step for step. */
export function createPgTranslations(db: TPgDatabase): TranslationRepository {
  const write = (
    locale: string,
    context: TWriteContext,
    plan: (before: TTranslationSet) => TTranslationWrite,
  ): Promise<TTranslationSet> =>
    db.write(async (sql) => {
      const before = await readPgTranslationSet(sql, locale);
      const change = plan(before);
      await runPgTranslationWrite(sql, before.locale, change);
      await pgAudit(sql).append(context.actor, change.audit);
      return readPgTranslationSet(sql, locale);
    });

  return {
    get: (locale) => db.snapshot((sql) => readPgTranslationSet(sql, locale)),
    overrides: (locales) =>
      db.snapshot(async (sql) => {
        const entries = [];
        for (const locale of locales)
          entries.push([locale, (await readPgTranslationSet(sql, locale)).overrides] as const);
        return Object.fromEntries(entries);
      }),
    correct: (locale, correction, context) =>
      write(locale, context, (before) => planCorrection(before, correction, context)),
    approve: (locale, approval, context) =>
      write(locale, context, (before) => planApproval(before, approval, context)),
    importCorrections: (locale, corrections, context) =>
      write(locale, context, (before) => planImport(before, corrections, context)),
  };
}
