import { z } from 'zod';

import type { TActor } from '@/lib/auth/roles';
import {
  type TApprovalInput,
  type TCorrection,
  type TReviewLocale,
  type TTranslationSet,
  ZApprovalInputSchema,
  ZCorrectionSchema,
  ZReviewLocaleSchema,
  ZTranslationSetSchema,
} from '@/lib/translations/schema';

import type { TAuditRecord } from './audit';
import { corruptRow, parseOrThrow } from './errors';
import { assertVersion } from './versions';

/*
 * A clinic's translation corrections and approvals, shared by both engines (lib/store/translations.ts
 * and lib/store/pg/translations.ts): the rows they read, and what each write changes. An engine only
 * reads a set, runs the plan's statements and appends its audit entry, in one transaction.
 */

export const INVALID_TRANSLATION = 'The translation change is not valid.';
const THING = 'translation';

const ZSetRowSchema = z.object({ version: z.number().int().positive() });
const ZOverrideRowSchema = z.object({ key: z.string(), text: z.string() });
const ZApprovalRowSchema = z
  .object({
    key: z.string(),
    reviewer_id: z.string(),
    reviewer_name: z.string(),
    source_hash: z.string(),
    text_hash: z.string(),
    approved_at: z.string(),
  })
  .transform((row) => ({
    key: row.key,
    reviewerId: row.reviewer_id,
    reviewerName: row.reviewer_name,
    sourceHash: row.source_hash,
    textHash: row.text_hash,
    at: row.approved_at,
  }));

/** The three reads of a set as one validated object; a language nobody touched is version 1, empty. */
export function setFromRows(
  locale: TReviewLocale,
  setRow: unknown,
  overrideRows: unknown[],
  approvalRows: unknown[],
): TTranslationSet {
  const parse = <S extends z.ZodType>(table: string, schema: S, row: unknown): z.output<S> => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw corruptRow(table, parsed.error);
    return parsed.data;
  };
  const set = {
    locale,
    version: setRow === undefined ? 1 : parse('translation_sets', ZSetRowSchema, setRow).version,
    overrides: Object.fromEntries(
      overrideRows.map((row) => {
        const { key, text } = parse('translation_overrides', ZOverrideRowSchema, row);
        return [key, text];
      }),
    ),
    approvals: approvalRows.map((row) => parse('translation_approvals', ZApprovalRowSchema, row)),
  };
  return parse('translation_sets', ZTranslationSetSchema, set);
}

export const parseLocale = (locale: unknown): TReviewLocale =>
  parseOrThrow(ZReviewLocaleSchema, locale, 'This language has no translation to review.', ['locale']);

export interface TApprovalRow {
  key: string;
  reviewer_id: string;
  reviewer_name: string;
  source_hash: string;
  text_hash: string;
  approved_at: string;
}

/** What one write changes: overrides set (text) or removed (null), approvals added, and its audit entry. */
export interface TTranslationWrite {
  overrides: { key: string; text: string | null }[];
  approvals: TApprovalRow[];
  audit: TAuditRecord;
}

/** The setup actor (before any admin) has no id; its approvals still need one to be told apart. */
const approvalOf = (actor: TActor, input: TApprovalInput): TApprovalRow => ({
  key: input.key,
  reviewer_id: actor.id ?? 'this-computer',
  reviewer_name: actor.name,
  source_hash: input.sourceHash,
  text_hash: input.textHash,
  approved_at: new Date().toISOString(),
});

const target = (locale: TReviewLocale, key?: string) => ({ type: THING, id: locale, name: key }) as const;

/**
 * A correction: the new text (null when it is the shipped text again), and the corrector's approval of
 * it, since they read and wrote it. Earlier approvals stay but no longer match the text.
 */
export function planCorrection(
  before: TTranslationSet,
  input: TCorrection & { isShipped: boolean },
  context: { actor: TActor; expectedVersion?: number },
): TTranslationWrite {
  assertVersion(before, context.expectedVersion, THING);
  const { isShipped, ...fields } = input;
  const correction = parseOrThrow(ZCorrectionSchema, fields, INVALID_TRANSLATION);
  return {
    overrides: [{ key: correction.key, text: isShipped ? null : correction.text }],
    approvals: [approvalOf(context.actor, correction)],
    audit: {
      action: 'translation.correct',
      target: target(before.locale, correction.key),
      fields: ['text'],
      changes: {
        text: {
          old: before.overrides[correction.key] ?? null,
          new: isShipped ? null : correction.text,
        },
      },
    },
  };
}

export function planApproval(
  before: TTranslationSet,
  input: TApprovalInput,
  context: { actor: TActor; expectedVersion?: number },
): TTranslationWrite {
  assertVersion(before, context.expectedVersion, THING);
  const approval = parseOrThrow(ZApprovalInputSchema, input, INVALID_TRANSLATION);
  return {
    overrides: [],
    approvals: [approvalOf(context.actor, approval)],
    audit: { action: 'translation.approve', target: target(before.locale, approval.key) },
  };
}

/**
 * An import: every correction of the file, none approved (imported text is reviewed in the app like
 * any other). Strings whose text does not change are left alone.
 */
export function planImport(
  before: TTranslationSet,
  corrections: readonly (TCorrection & { isShipped: boolean })[],
  context: { actor: TActor; expectedVersion?: number },
): TTranslationWrite {
  assertVersion(before, context.expectedVersion, THING);
  const overrides = corrections
    .map((input, index) => {
      const { isShipped, ...correction } = input;
      const { key, text } = parseOrThrow(ZCorrectionSchema, correction, INVALID_TRANSLATION, [index]);
      return { key, text: isShipped ? null : text };
    })
    .filter(({ key, text }) => (before.overrides[key] ?? null) !== text);
  return {
    overrides,
    approvals: [],
    audit: {
      action: 'translation.import',
      target: target(before.locale),
      fields: overrides.map(({ key }) => key),
      changes: Object.fromEntries(
        overrides.map(({ key, text }) => [key, { old: before.overrides[key] ?? null, new: text }]),
      ),
      detail: `${overrides.length} of ${corrections.length} strings changed`,
    },
  };
}

/** The statements of a write, as SQL with `?` places; PostgreSQL numbers them (lib/store/pg). */
export function writeStatements(locale: TReviewLocale, write: TTranslationWrite) {
  const now = new Date().toISOString();
  const statements: { text: string; values: unknown[] }[] = [];
  for (const { key, text } of write.overrides) {
    statements.push(
      text === null
        ? { text: 'DELETE FROM translation_overrides WHERE locale = ? AND key = ?', values: [locale, key] }
        : {
            text: `INSERT INTO translation_overrides (locale, key, text, updated_at) VALUES (?, ?, ?, ?)
              ON CONFLICT (locale, key) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
            values: [locale, key, text, now],
          },
    );
  }
  for (const row of write.approvals) {
    statements.push({
      text: `INSERT INTO translation_approvals
          (locale, key, reviewer_id, reviewer_name, source_hash, text_hash, approved_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (locale, key, reviewer_id) DO UPDATE SET reviewer_name = excluded.reviewer_name,
          source_hash = excluded.source_hash, text_hash = excluded.text_hash, approved_at = excluded.approved_at`,
      values: [
        locale,
        row.key,
        row.reviewer_id,
        row.reviewer_name,
        row.source_hash,
        row.text_hash,
        row.approved_at,
      ],
    });
  }
  statements.push({
    text: `INSERT INTO translation_sets (locale, version, updated_at) VALUES (?, 2, ?)
      ON CONFLICT (locale) DO UPDATE SET version = translation_sets.version + 1, updated_at = excluded.updated_at`,
    values: [locale, now],
  });
  return statements;
}

export const SELECT_SET = 'SELECT version FROM translation_sets WHERE locale = ?';
export const SELECT_OVERRIDES = 'SELECT key, text FROM translation_overrides WHERE locale = ? ORDER BY key';
export const SELECT_APPROVALS = `SELECT key, reviewer_id, reviewer_name, source_hash, text_hash, approved_at
  FROM translation_approvals WHERE locale = ? ORDER BY approved_at, key, reviewer_id`;
