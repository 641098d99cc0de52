import type { TLocale } from '@/lib/i18n/locales';
import type { TTree } from '@/lib/i18n/tree';

import { catalog, type TCatalogEntry, textHash } from './catalog';
import { approvalsNeeded } from './safety';
import type { TTranslationSet } from './schema';

/**
 * - reviewed: approved by as many different reviewers as it needs, for this translation of this English;
 * - second: one approval of two (red flags and safety lines);
 * - changed: approved once, but the English or the translation changed since;
 * - open: never approved.
 */
export type TStringStatus = 'reviewed' | 'second' | 'changed' | 'open';

export interface TReviewedString extends TCatalogEntry {
  /** What the handout prints: the clinic's correction, else the shipped translation. */
  text: string;
  textHash: string;
  isCorrected: boolean;
  needs: 1 | 2;
  /** The approvals that still count, oldest first. */
  approvedBy: { name: string; at: string }[];
  status: TStringStatus;
}

/** Every string of a language with what the clinic did to it, against the English of this release. */
export function reviewStrings(locale: TLocale, set: TTranslationSet, english?: TTree): TReviewedString[] {
  return catalog(locale, english).map((entry) => {
    const override = set.overrides[entry.key];
    const text = override ?? entry.shipped;
    const hash = textHash(text);
    const mine = set.approvals.filter((approval) => approval.key === entry.key);
    const current = mine
      .filter((approval) => approval.sourceHash === entry.sourceHash && approval.textHash === hash)
      .sort((a, b) => a.at.localeCompare(b.at));
    const needs = approvalsNeeded(entry.base);
    const status: TStringStatus =
      current.length >= needs
        ? 'reviewed'
        : mine.some((approval) => approval.sourceHash !== entry.sourceHash)
          ? 'changed'
          : current.length > 0
            ? 'second'
            : 'open';
    return {
      ...entry,
      text,
      textHash: hash,
      isCorrected: override !== undefined,
      needs,
      approvedBy: current.map((approval) => ({ name: approval.reviewerName, at: approval.at })),
      status,
    };
  });
}

export interface TReviewSummary {
  state: 'draft' | 'partly' | 'reviewed';
  total: number;
  reviewed: number;
  /** The day the last string was approved, once the whole language is reviewed. */
  reviewedOn: string | null;
  /** Sections (first key segment) with a string not yet reviewed, in handout order. */
  draftSections: string[];
}

/** Where the language stands for the builder's notice. */
export function summarize(strings: readonly TReviewedString[]): TReviewSummary {
  const reviewed = strings.filter((string) => string.status === 'reviewed');
  const state = reviewed.length === strings.length ? 'reviewed' : reviewed.length === 0 ? 'draft' : 'partly';
  const last = reviewed
    .flatMap((string) => string.approvedBy.map((approval) => approval.at))
    .sort()
    .at(-1);
  return {
    state,
    total: strings.length,
    reviewed: reviewed.length,
    reviewedOn: state === 'reviewed' && last ? last.slice(0, 10) : null,
    draftSections: [
      ...new Set(strings.filter((string) => string.status !== 'reviewed').map((string) => string.section)),
    ],
  };
}
