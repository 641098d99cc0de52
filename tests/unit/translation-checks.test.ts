import { describe, expect, it } from 'vitest';

import { resources } from '@/lib/i18n/resources';
import type { TTree } from '@/lib/i18n/tree';
import { catalog, pluralForms } from '@/lib/translations/catalog';
import { correctionProblems } from '@/lib/translations/checks';
import { reviewStrings, summarize } from '@/lib/translations/review';
import { approvalsNeeded, safetyKind } from '@/lib/translations/safety';
import { ZReviewLocaleSchema } from '@/lib/translations/schema';

const messages = (locale: Parameters<typeof correctionProblems>[0], key: string, text: string) =>
  correctionProblems(locale, key, text).map((issue) => issue.message);

describe('a correction is checked like the shipped files', () => {
  it('accepts every shipped translation as a correction of itself (the checks are the files’ own rules)', () => {
    for (const locale of ZReviewLocaleSchema.options) {
      const refused = catalog(locale)
        .map((entry) => [entry.key, correctionProblems(locale, entry.key, entry.shipped)] as const)
        .filter(([, issues]) => issues.length > 0);
      expect(refused, locale).toEqual([]);
    }
  });

  it('refuses a missing variable', () => {
    expect(messages('es', 'doc.emergency', '¿Emergencia? Llame al número')).toEqual([
      'Keep the variables of the English: {{number}} is missing.',
    ]);
  });

  it('refuses a variable English does not have', () => {
    expect(messages('es', 'doc.emergency', '¿Emergencia? Llame al {{number}} {{phone}}')).toEqual([
      'Use only the variables of the English: {{phone}} is not one.',
    ]);
  });

  it('lets the form for exactly one write the number as a word, but not the "other" form', () => {
    expect(messages('es', 'units.minute_one', 'un minuto')).toEqual([]);
    expect(messages('es', 'units.minute_other', 'minutos')).toEqual([
      'Keep the variables of the English: {{count}} is missing.',
    ]);
  });

  it('refuses a plural string named without its form, or with a form the language does not use', () => {
    expect(pluralForms('es').sort()).toEqual(['many', 'one', 'other']);
    expect(messages('es', 'units.minute', '{{count}} minutos')).toEqual([
      'This string has plural forms. Español needs one, many, other: correct each of units.minute_one, units.minute_many, units.minute_other.',
    ]);
    expect(messages('zh-Hans', 'units.minute_one', '{{count}} 分钟')[0]).toMatch(
      /needs other: correct each of units.minute_other/,
    );
    expect(messages('es', 'doc.nothing', 'Nada')).toEqual(['The handout has no string with this key.']);
  });

  it('refuses English left in, and the English text itself', () => {
    expect(messages('es', 'doc.title', 'Espasmo: your home care plan')).toEqual([
      '“your” is English. Translate it.',
    ]);
    expect(messages('es', 'doc.subject', 'Home care for low back muscle spasm')).toEqual([
      'This is the English text. Translate it.',
    ]);
  });

  it('refuses a character the language’s fonts cannot print', () => {
    expect(messages('es', 'doc.title', 'Espasmo lumbar 🙂')).toEqual([
      'These characters cannot be printed: "🙂" (U+1F642). Please remove them.',
    ]);
  });

  it('refuses a correction much longer than its English, and an empty one', () => {
    const { maxLength } = catalog('es').find((entry) => entry.key === 'doc.title') ?? { maxLength: 0 };
    expect(maxLength).toBe(Math.ceil('Low back spasm: your home care plan'.length * 2.5));
    expect(messages('es', 'doc.title', 'a'.repeat(maxLength))).toEqual([]);
    expect(messages('es', 'doc.title', 'a'.repeat(maxLength + 1))[0]).toMatch(/^Keep it to 88 characters/);
    expect(messages('es', 'doc.title', ' ')).toEqual(['Write the translation; it cannot be empty.']);
  });
});

describe('which strings need two reviewers', () => {
  it('every red flag, the emergency line and the heat and medicine safety lines', () => {
    const spanish = catalog('es');
    const keys = (kind: string) =>
      spanish.filter((entry) => entry.safety === kind).map((entry) => entry.base);
    expect(keys('red-flag')).toEqual(
      expect.arrayContaining(['doc.emergency', 'red-flags.saddle', 'red-flags.noBetter', 'common.stopNext']),
    );
    expect(keys('heat')).toEqual(expect.arrayContaining(['heat-cold.dont.lieOn', 'heat-cold.cold.ice']));
    expect(keys('medicine')).toEqual(expect.arrayContaining(['medicine.two', 'medicine.aspirin']));
    expect(spanish.filter((entry) => entry.base.startsWith('red-flags.')).every((e) => e.safety)).toBe(true);
    expect(approvalsNeeded('red-flags.fever')).toBe(2);
    expect(approvalsNeeded('hydration.plenty')).toBe(1);
    expect(safetyKind('medicine.title')).toBeUndefined();
  });
});

describe('review status', () => {
  const empty = { locale: 'es' as const, version: 1, overrides: {}, approvals: [] };
  const approval = (key: string, reviewerId: string, sourceHash: string, textHash: string) => ({
    key,
    reviewerId,
    reviewerName: reviewerId,
    sourceHash,
    textHash,
    at: '2026-11-27T10:00:00.000Z',
  });

  it('a string is reviewed once approved by as many reviewers as it needs, for its English and its text', () => {
    const title = reviewStrings('es', empty).find((s) => s.key === 'doc.title');
    const flag = reviewStrings('es', empty).find((s) => s.key === 'red-flags.fever');
    if (!title || !flag) throw new Error('missing strings');
    const set = {
      ...empty,
      approvals: [
        approval('doc.title', 'ana', title.sourceHash, title.textHash),
        approval('red-flags.fever', 'ana', flag.sourceHash, flag.textHash),
      ],
    };
    const status = (key: string, s = set) => reviewStrings('es', s).find((x) => x.key === key)?.status;
    expect(status('doc.title')).toBe('reviewed');
    expect(status('red-flags.fever')).toBe('second');
    const twice = {
      ...set,
      approvals: [...set.approvals, approval('red-flags.fever', 'ben', flag.sourceHash, flag.textHash)],
    };
    expect(status('red-flags.fever', twice)).toBe('reviewed');
    // A correction since the approval: its text no longer matches.
    expect(status('doc.title', { ...set, overrides: { 'doc.title': 'Espasmo de espalda baja' } })).toBe(
      'open',
    );
  });

  it('a new English source makes an approved string "changed since review"', () => {
    const [first] = reviewStrings('es', empty);
    if (!first) throw new Error('no strings');
    const set = { ...empty, approvals: [approval(first.key, 'ana', first.sourceHash, first.textHash)] };
    const english = structuredClone(resources.en.handout) as TTree;
    (english.doc as TTree).title = 'Low back spasm: your plan for home care';
    const after = reviewStrings('es', set, english).find((s) => s.key === 'doc.title');
    expect(after?.status).toBe('changed');
    expect(reviewStrings('es', set).find((s) => s.key === 'doc.title')?.status).toBe('reviewed');
  });

  it('summarises draft, partly reviewed with the sections left, and reviewed with its day', () => {
    const strings = reviewStrings('es', empty);
    expect(summarize(strings)).toMatchObject({ state: 'draft', reviewed: 0, total: strings.length });
    const all = strings.map((s) => ({
      ...s,
      status: 'reviewed' as const,
      approvedBy: [{ name: 'Ana', at: '2026-11-27T10:00:00.000Z' }],
    }));
    expect(summarize(all)).toMatchObject({ state: 'reviewed', reviewedOn: '2026-11-27', draftSections: [] });
    const partly = all.map((s) => (s.section === 'medicine' ? { ...s, status: 'open' as const } : s));
    expect(summarize(partly)).toMatchObject({ state: 'partly', draftSections: ['medicine'] });
  });
});
