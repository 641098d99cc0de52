import type { TWriteContext } from '@/lib/auth/roles';
import { HandoutError, type HandoutIssue } from '@/lib/errors';
import { isReviewed } from '@/lib/i18n/status-data';
import { leaves, type TTree } from '@/lib/i18n/tree';
import { parseOrThrow } from '@/lib/store/errors';
import type { HandoutStore } from '@/lib/store/repository';
import { parseLocale } from '@/lib/store/translation-rules';

import { catalog, textHash } from './catalog';
import { prepareAll, prepareCorrection } from './prepare';
import { reviewStrings, summarize, type TReviewedString, type TReviewSummary } from './review';
import { type TReviewLocale, ZTranslationFileSchema } from './schema';

/*
 * The review routes' work, between the HTTP edge and the store: a correction is checked by the rules
 * the shipped files follow (lib/translations/checks.ts) and refused whole with 422 when one fails.
 */

export interface TReviewView {
  locale: TReviewLocale;
  version: number;
  summary: TReviewSummary;
  strings: TReviewedString[];
}

export async function reviewView(store: HandoutStore, locale: string): Promise<TReviewView> {
  const set = await store.translations.get(locale);
  const strings = reviewStrings(set.locale, set);
  return { locale: set.locale, version: set.version, summary: summarize(strings), strings };
}

/** For the builder's notice: a language the project reviewed needs nothing from the clinic. */
export async function reviewSummary(
  store: HandoutStore,
  locale: string,
): Promise<TReviewSummary & { isShippedReviewed: boolean }> {
  const checked = parseLocale(locale);
  const { summary } = await reviewView(store, checked);
  return { ...summary, isShippedReviewed: isReviewed(checked) };
}

function refuse(message: string, issues: HandoutIssue[]): never {
  throw new HandoutError('invalid_spec', message, issues);
}

export async function correct(
  store: HandoutStore,
  locale: string,
  key: string,
  text: string,
  context: TWriteContext,
) {
  const checked = parseLocale(locale);
  const correction = prepareCorrection(checked, key, text, key);
  const shipped = catalog(checked).find((entry) => entry.key === key)?.shipped;
  if (text === ((await store.translations.get(checked)).overrides[key] ?? shipped)) {
    refuse('Nothing changed: the handout already says this.', [
      { path: `${key}.text`, message: 'Nothing changed.' },
    ]);
  }
  return store.translations.correct(checked, correction, context);
}

export async function approve(store: HandoutStore, locale: string, key: string, context: TWriteContext) {
  const checked = parseLocale(locale);
  const set = await store.translations.get(checked);
  const entry = catalog(checked).find((item) => item.key === key);
  if (!entry) throw new HandoutError('not_found', 'The handout has no string with this key.');
  const text = set.overrides[key] ?? entry.shipped;
  return store.translations.approve(
    checked,
    { key, sourceHash: entry.sourceHash, textHash: textHash(text) },
    context,
  );
}

/** The clinic's corrections in the shape of locales/<lang>/handout.json, only the corrected strings. */
export async function exportCorrections(store: HandoutStore, locale: string): Promise<TTree> {
  const { overrides } = await store.translations.get(locale);
  const tree: TTree = {};
  for (const [key, text] of Object.entries(overrides)) {
    const path = key.split('.');
    const last = path.pop() ?? key;
    let node = tree;
    for (const part of path) {
      const next = node[part];
      node = typeof next === 'object' ? next : (node[part] = {});
    }
    node[last] = text;
  }
  return tree;
}

/** All or nothing: every string of the file passes the checks, or nothing is stored. */
export async function importCorrections(
  store: HandoutStore,
  locale: string,
  file: unknown,
  context: TWriteContext,
) {
  const checked = parseLocale(locale);
  const tree = parseOrThrow(ZTranslationFileSchema, file, 'The file is not a handout translation file.');
  const strings = leaves(tree);
  if (strings.length === 0)
    refuse('The file holds no strings.', [{ path: '(root)', message: 'Empty file.' }]);
  const corrections = prepareAll(
    checked,
    strings.map(([key, text]) => [key, text, key] as const),
    'Nothing was imported: some strings are not valid.',
  );
  return store.translations.importCorrections(checked, corrections, context);
}
