import { HandoutError, type HandoutIssue } from '@/lib/errors';

import { catalog, textHash } from './catalog';
import { correctionProblems } from './checks';
import type { TCorrection, TReviewLocale } from './schema';

/** A correction as the repository stores it: checked, with the hashes its approval keeps. */
export type TPreparedCorrection = TCorrection & { isShipped: boolean };

/**
 * Checks one correction by the rules the shipped files follow and gives it its hashes, or throws a 422
 * whose issue paths start with `path` (the key on the review page, a file position in an import).
 */
export function prepareCorrection(
  locale: TReviewLocale,
  key: string,
  text: string,
  path: string,
): TPreparedCorrection {
  const issues = correctionProblems(locale, key, text);
  const entry = catalog(locale).find((item) => item.key === key);
  if (!issues.length && !entry) issues.push({ path: 'key', message: 'Unknown key.' });
  if (issues.length || !entry) {
    throw new HandoutError(
      'invalid_spec',
      'This correction was not saved.',
      issues.map((issue) => ({ ...issue, path: `${path}${issue.path === 'key' ? '' : `.${issue.path}`}` })),
    );
  }
  return {
    key,
    text,
    sourceHash: entry.sourceHash,
    textHash: textHash(text),
    isShipped: text === entry.shipped,
  };
}

/** Every correction prepared, or one 422 listing the issues of all that fail (nothing is kept). */
export function prepareAll(
  locale: TReviewLocale,
  strings: readonly (readonly [key: string, text: string, path: string])[],
  message: string,
): TPreparedCorrection[] {
  const issues: HandoutIssue[] = [];
  const prepared = strings.flatMap(([key, text, path]) => {
    try {
      return [prepareCorrection(locale, key, text, path)];
    } catch (error) {
      if (!(error instanceof HandoutError)) throw error;
      issues.push(...error.issues);
      return [];
    }
  });
  if (issues.length) throw new HandoutError('invalid_spec', message, issues);
  return prepared;
}
