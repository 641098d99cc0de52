import type { HandoutIssue } from '@/lib/errors';
import { FALLBACK_FONTS, LOCALES, type TLocale } from '@/lib/i18n/locales';
import { pluralParts, variables } from '@/lib/i18n/tree';
import { fontStack } from '@/lib/pdf/fonts';
import { findUnprintableText } from '@/lib/pdf/printable';

import { catalog, type TCatalogEntry } from './catalog';

/*
 * The rules a translation of the handout namespace follows. tests/unit/locales.test.ts holds every
 * shipped file to them, and a clinic's correction (lib/translations/prepare.ts) is checked with the
 * same functions before it is stored.
 */

/** Values that may read the same as English: pure placeholders, and words the language shares. */
const SAME_AS_ENGLISH: Record<string, string[]> = { '*': ['doc.clinicPhone'], fr: ['doc.date'] };
export const mayMatchEnglish = (locale: string, key: string) =>
  [...(SAME_AS_ENGLISH['*'] ?? []), ...(SAME_AS_ENGLISH[locale] ?? [])].includes(pluralParts(key).base);

/** English prose that has no place in another language's handout (names such as Tylenol or MRI may stay). */
export const ENGLISH_WORDS =
  /\b(the|and|your|you|with|please|call|care team|heating pad|hot pack|cold pack|emergency|urgent care|sports drinks?|times a day|pillows?|stretch|walk|rounds?|sets?|pee|poop|child's pose|knee to chest|leg lifts?)\b/i;

/** The first English word or phrase left in a translated value, if any. */
export const leftoverEnglish = (value: string): string | undefined =>
  ENGLISH_WORDS.exec(value.replace(/\{\{\w+\}\}/g, ''))?.[0];

/**
 * What is wrong with the variables of one form: `lacks` names English's variables it does not use (a
 * form for exactly zero, one or two may write the number as a word, Arabic "مرتين"), `unknown` the
 * ones English does not have.
 */
export function variableProblems(form: string, value: string, englishVariables: Iterable<string>) {
  const want = new Set(englishVariables);
  const mayDropCount = ['zero', 'one', 'two'].includes(form);
  const have = variables(value);
  return {
    lacks: [...want].filter((name) => !(mayDropCount && name === '{{count}}') && !have.has(name)),
    unknown: [...have].filter((name) => !want.has(name)),
  };
}

const entryFor = (locale: TLocale, key: string): TCatalogEntry | undefined =>
  catalog(locale).find((entry) => entry.key === key);

/** Why `key` names no string of the language: an unknown key, or a plural string named without its form. */
function unknownKey(locale: TLocale, key: string): HandoutIssue {
  const { base } = pluralParts(key);
  const forms = catalog(locale).filter((entry) => entry.base === base && entry.form !== '');
  const message = forms.length
    ? `This string has plural forms. ${LOCALES[locale].nativeName} needs ${forms.map((entry) => entry.form).join(', ')}: correct each of ${forms.map((entry) => entry.key).join(', ')}.`
    : 'The handout has no string with this key.';
  return { path: 'key', message };
}

/** Every reason a correction cannot be stored; empty when it can. */
export function correctionProblems(locale: TLocale, key: string, text: string): HandoutIssue[] {
  const entry = entryFor(locale, key);
  if (!entry) return [unknownKey(locale, key)];
  const issues: HandoutIssue[] = [];
  const add = (message: string) => issues.push({ path: 'text', message });
  if (text.trim() === '') add('Write the translation; it cannot be empty.');
  if (text.length > entry.maxLength)
    add(
      `Keep it to ${entry.maxLength} characters (this one has ${text.length}): a longer line breaks the page.`,
    );
  const { lacks, unknown } = variableProblems(entry.form, text, entry.variables);
  if (lacks.length) add(`Keep the variables of the English: ${lacks.join(', ')} is missing.`);
  if (unknown.length) add(`Use only the variables of the English: ${unknown.join(', ')} is not one.`);
  const english = leftoverEnglish(text);
  if (english) add(`“${english}” is English. Translate it.`);
  else if (text === entry.source && !mayMatchEnglish(locale, key))
    add('This is the English text. Translate it.');
  issues.push(...findUnprintableText(text, fontStack(LOCALES[locale].fonts, FALLBACK_FONTS), ['text']));
  return issues;
}
