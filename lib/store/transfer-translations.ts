import { HandoutError, type HandoutIssue } from '@/lib/errors';
import { prepareAll, type TPreparedCorrection } from '@/lib/translations/prepare';
import type { TApproval, TReviewLocale, TTranslationSet } from '@/lib/translations/schema';

import type { TImportResult, TStoreExport } from './transfer-schema';
import type { TTranslationWrite } from './translation-rules';

/*
 * The translation part of the store-wide export and import (issue 16's corrections travel with the
 * profiles and presets, so a clinic moving to a new machine takes its review along). Shared by both
 * engines, like lib/store/translation-rules.ts.
 */

type TFileTranslations = TStoreExport['translations'];

export interface TIncomingTranslation {
  locale: TReviewLocale;
  corrections: TPreparedCorrection[];
  approvals: TApproval[];
}

/** The languages a clinic touched, as the file holds them; a language with nothing stored is left out. */
export function exportTranslations(sets: readonly TTranslationSet[]): TFileTranslations {
  return Object.fromEntries(
    sets
      .filter((set) => Object.keys(set.overrides).length > 0 || set.approvals.length > 0)
      .map((set) => [set.locale, { overrides: set.overrides, approvals: set.approvals }]),
  );
}

/**
 * Every correction of the file checked by the rules of the review page (variables, plural forms, no
 * English left, printable, length), before any transaction starts; one 422 lists them all.
 */
export function prepareTranslations(file: TFileTranslations, message: string): TIncomingTranslation[] {
  const issues: HandoutIssue[] = [];
  const incoming: TIncomingTranslation[] = [];
  for (const [locale, translation] of Object.entries(file) as [
    TReviewLocale,
    TFileTranslations[TReviewLocale],
  ][]) {
    if (!translation) continue;
    try {
      const strings = Object.entries(translation.overrides).map(
        ([key, text]) => [key, text, `translations.${locale}.overrides.${key}`] as const,
      );
      incoming.push({
        locale,
        corrections: prepareAll(locale, strings, message),
        approvals: translation.approvals,
      });
    } catch (error) {
      if (!(error instanceof HandoutError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length) throw new HandoutError('invalid_spec', message, issues);
  return incoming;
}

export type TTranslationOutcome = TImportResult['translations'][number];

/**
 * What an import adds to one language, in the spirit of the rest of the import: it adds, and replaces
 * nothing. A string this clinic already corrected keeps its own text (and the file's approvals of
 * the other text are left out); an approval this clinic already holds from the same reviewer stays.
 */
export function planTransfer(
  before: TTranslationSet,
  incoming: TIncomingTranslation,
): { write: TTranslationWrite | undefined; outcome: TTranslationOutcome } {
  const own = before.overrides;
  const kept = incoming.corrections.filter(({ key, text }) => own[key] !== undefined && own[key] !== text);
  const added = incoming.corrections.filter(({ key, isShipped }) => own[key] === undefined && !isShipped);
  const keptKeys = new Set(kept.map(({ key }) => key));
  const held = new Set(before.approvals.map(({ key, reviewerId }) => `${key}\n${reviewerId}`));
  const approvals = incoming.approvals.filter(
    ({ key, reviewerId }) => !keptKeys.has(key) && !held.has(`${key}\n${reviewerId}`),
  );
  const outcome = {
    locale: before.locale,
    corrections: added.length,
    approvals: approvals.length,
    kept: kept.length,
  };
  if (added.length === 0 && approvals.length === 0) return { write: undefined, outcome };
  return {
    outcome,
    write: {
      overrides: added.map(({ key, text }) => ({ key, text })),
      approvals: approvals.map((approval) => ({
        key: approval.key,
        reviewer_id: approval.reviewerId,
        reviewer_name: approval.reviewerName,
        source_hash: approval.sourceHash,
        text_hash: approval.textHash,
        approved_at: approval.at,
      })),
      audit: {
        action: 'translation.import',
        target: { type: 'translation', id: before.locale },
        fields: added.map(({ key }) => key),
        changes: Object.fromEntries(added.map(({ key, text }) => [key, { old: null, new: text }])),
        detail: `From a Clinic Handouts file: ${added.length} correction(s) and ${approvals.length} approval(s) added; ${kept.length} correction(s) kept, this clinic had its own.`,
      },
    },
  };
}
