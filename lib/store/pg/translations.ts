import type { TWriteContext } from '@/lib/auth/roles';
import type { TTranslationSet } from '@/lib/translations/schema';

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

async function read(sql: TSql, locale: string): Promise<TTranslationSet> {
  const checked = parseLocale(locale);
  return setFromRows(
    checked,
    await sql.get(numbered(SELECT_SET), [checked]),
    await sql.all(numbered(SELECT_OVERRIDES), [checked]),
    await sql.all(numbered(SELECT_APPROVALS), [checked]),
  );
}

/** Translation corrections and approvals in PostgreSQL: lib/store/translations.ts step for step. */
export function createPgTranslations(db: TPgDatabase): TranslationRepository {
  const write = (
    locale: string,
    context: TWriteContext,
    plan: (before: TTranslationSet) => TTranslationWrite,
  ): Promise<TTranslationSet> =>
    db.write(async (sql) => {
      const before = await read(sql, locale);
      const change = plan(before);
      for (const { text, values } of writeStatements(before.locale, change))
        await sql.run(numbered(text), values);
      await pgAudit(sql).append(context.actor, change.audit);
      return read(sql, locale);
    });

  return {
    get: (locale) => db.snapshot((sql) => read(sql, locale)),
    overrides: (locales) =>
      db.snapshot(async (sql) => {
        const entries = [];
        for (const locale of locales) entries.push([locale, (await read(sql, locale)).overrides] as const);
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
