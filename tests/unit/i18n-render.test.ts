import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { LOCALES, type TLocale, ZLocaleSchema } from '@/lib/i18n/locales';
import { handoutT } from '@/lib/i18n/server';
import { formatDate } from '@/lib/payload/format';
import { renderHandout } from '@/lib/pdf/render';

import { pdfLines, pdfText } from '../helpers/pdf';
import { BRAND, loadSpec } from '../helpers/specs';

const firstVisit = loadSpec('examples/first-visit.json');
// pdf.js splits lines and marks with spaces of its own; compare text with all of them removed.
const squash = (text: string) => text.replace(/[\s\u200e\u200f]/g, '');

/*
 * pdf.js reads text back in the order the PDF draws it, and react-pdf writes no ActualText. So some
 * words come back in another order than they are typed: Arabic lam-alef ligatures, and in Devanagari
 * and Bengali the vowel signs drawn before their consonant (ि, ে, and ো ৌ which surround it) and the
 * reph (र्, র্) drawn after. Those words are left out; the rest of a phrase's words must be found whole.
 */
const SCRAMBLED: Partial<Record<TLocale, { word: RegExp; moved: RegExp }>> = {
  ar: { word: /^[\u0621-\u064a]+$/u, moved: /ل[اأإآ]/u },
  ur: { word: /^[\u0621-\u064a\u0679-\u06d3]+$/u, moved: /ل[اأإآ]/u },
  fa: { word: /^[\u0621-\u064a\u0679-\u06d3]+$/u, moved: /ل[اأإآ]/u },
  hi: { word: /^[\u0900-\u0963]+$/u, moved: /\u093f|\u0930\u094d/u },
  bn: { word: /^[\u0980-\u09e3]+$/u, moved: /[\u09bf\u09c7\u09c8\u09cb\u09cc]|\u09b0\u09cd/u },
};

/** Whether the PDF text holds `phrase` (for scripts pdf.js reorders: most of its readable words). */
function expectPrinted(text: string, phrase: string, locale: TLocale) {
  const scrambled = SCRAMBLED[locale];
  if (!scrambled) {
    expect(squash(text), locale).toContain(squash(phrase));
    return;
  }
  const words = phrase
    .split(/\s+/)
    .map((word) => word.replace(/[.,:;!?()"'।؟،۔]/gu, ''))
    .filter((word) => scrambled.word.test(word) && !scrambled.moved.test(word));
  expect(words.length, `${locale}: no readable word in "${phrase}"`).toBeGreaterThan(0);
  const found = words.filter((word) => squash(text).includes(word));
  expect(found.length / words.length, `${locale}: ${phrase}`).toBeGreaterThan(0.6);
}

describe.each(ZLocaleSchema.options)('a handout in %s', (locale) => {
  it('renders every section in its language, with the red flags', async () => {
    const { pdf } = await renderHandout({ ...firstVisit, locale });
    const { text, info, pages } = await pdfText(pdf);
    const t = handoutT(locale);
    expect(info.Language).toBe(LOCALES[locale].tag);
    expect(pages).toBeGreaterThanOrEqual(2);
    const expected = [
      t('red-flags.emergencyTitle', { number: '911' }),
      t('heat-cold.title'),
      t('staying-active.title'),
      t('red-flags.bladder'),
    ];
    for (const phrase of expected) expectPrinted(text, phrase, locale);
  });
});

describe('typesetting', () => {
  it.each(['ar', 'ur', 'fa'] as const)(
    'right-aligns %s and keeps Latin contact lines in reading order',
    async (locale) => {
      const { pdf } = await renderHandout({ ...firstVisit, locale });
      const lines = await pdfLines(pdf);
      // Page 1 above the footer (whose emergency line sits at the end side, the left, by design).
      const arabic = lines.filter(
        (line) => line.page === 1 && line.y > 60 && /[\u0600-\u06ff]{3}/.test(line.text),
      );
      expect(Math.max(...arabic.map((line) => line.right))).toBeGreaterThan(540);
      // No short Arabic line hangs at the left margin: Arabic lines are set flush right.
      const leftHanging = arabic.filter((line) => line.left < 60 && line.right < 400);
      expect(leftHanging.map((line) => line.text)).toEqual([]);
      // The contact details share one wrapping row (issue 11); the address still reads left to right.
      expect(lines.some((line) => line.text.includes('120 Main Street, Springfield'))).toBe(true);
      // The phone number inside a right-to-left sentence keeps its order (not "2030-010 (555)").
      expect(lines.filter((line) => line.text.includes('(555) 010-2030')).length).toBeGreaterThan(1);
    },
  );

  // Chinese and Japanese wrapping: tests/unit/line-breaking.test.ts, on the body paragraphs only.

  it.each(['ko', 'es', 'ru', 'vi', 'uk', 'am'] as const)(
    'wraps %s only at spaces, never inside a word',
    async (locale) => {
      const { pdf } = await renderHandout({ ...loadSpec('examples/everything.json'), locale });
      const { text } = await pdfText(pdf);
      const words = new Set(text.split(/\s+/));
      for (const line of await pdfLines(pdf)) {
        const tokens = line.text.trim().split(/\s+/).filter(Boolean);
        for (const token of [tokens[0], tokens.at(-1)])
          if (token) expect(words.has(token), `${locale}: "${token}"`).toBe(true);
        expect(line.text).not.toMatch(/\p{L}-$/u);
      }
    },
  );
});

describe('numbers, plurals and dates', () => {
  it.each(['ru', 'uk'] as const)(
    'picks the plural form of the language for each number (%s)',
    async (locale) => {
      const t = handoutT(locale);
      const forms = [1, 2, 5].map((count) => t('heat-cold.heat.time', { count, duration: 'X' }));
      expect(new Set(forms).size).toBe(3);
      for (const count of [1, 2, 5]) {
        const { text } = await pdfText(
          (
            await renderHandout({
              brand: BRAND,
              locale,
              sections: [{ id: 'heat-cold', params: { heatTimesPerDay: count } }],
            })
          ).pdf,
        );
        const duration = t('units.minute', { count: 15 });
        expect(squash(text)).toContain(squash(t('heat-cold.heat.time', { count, duration })));
      }
    },
  );

  it('inflects the unit with its number (Arabic minutes, Russian seconds)', () => {
    expect(handoutT('ar')('units.minute', { count: 10 })).not.toBe(
      handoutT('ar')('units.minute', { count: 15 }),
    );
    expect(handoutT('ru')('units.second', { count: 2 })).not.toBe(
      handoutT('ru')('units.second', { count: 5 }),
    );
  });

  it.each([
    ['en', 'November 21, 2026'],
    ['es', '21 de noviembre de 2026'],
    ['fr', '21 novembre 2026'],
    ['zh-Hans', '2026年11月21日'],
    ['ht', '21 novanm 2026'],
    ['ja', '2026年11月21日'],
    ['uk', '21 листопада 2026 р.'],
    ['fa', '21 نوامبر 2026'],
    ['hi', '21 नवंबर 2026'],
    ['am', '21 ኖቬምበር 2026'],
  ] as const)('formats dates in %s', async (locale, date) => {
    expect(formatDate('2026-11-21', locale)).toBe(date);
    const { text } = await pdfText(
      (await renderHandout({ brand: BRAND, locale, patient: { date: '2026-11-21' } })).pdf,
    );
    expectPrinted(text, date, locale);
  });
});

describe('fonts', () => {
  it.each([
    ['ja', 'NotoSansCJKjp-Regular'],
    ['hi', 'NotoSansDevanagari-Regular'],
    ['bn', 'NotoSansBengali-Regular'],
    ['ur', 'NotoNaskhArabic-Regular'],
    ['fa', 'NotoSansArabic-Regular'],
    ['am', 'NotoSansEthiopic-Regular'],
  ] as const)('sets %s in %s (Japanese: the JP glyph forms, no SC, TC or KR face)', async (locale, face) => {
    const { pdf } = await renderHandout({ brand: BRAND, locale });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'handout-fonts-')), `${locale}.pdf`);
    writeFileSync(file, pdf);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toContain(face);
    expect(fonts).not.toMatch(/NotoSansCJK(sc|tc|kr)/);
  });

  it('prints names in any of the new scripts on an English handout (per-glyph fallback)', async () => {
    const names = ['अनीता शर्मा', 'অনিতা দাস', 'ثمینہ خان', 'آزاده رحیمی', 'አበበ በቀለ', 'さくら', 'Олеся'];
    const { text } = await pdfText(
      (await renderHandout({ brand: BRAND, patient: { name: names[0] }, note: names.join(', ') })).pdf,
    );
    for (const name of ['አበበ', 'さくら', 'Олеся']) expect(text).toContain(name);
  });
});

describe('bilingual handouts', () => {
  it('prints each section in both languages, Arabic with English', async () => {
    const { pdf } = await renderHandout({ ...firstVisit, locale: 'ar', secondaryLocale: 'en' });
    const { text } = await pdfText(pdf);
    expectPrinted(text, handoutT('ar')('red-flags.emergencyTitle', { number: '911' }), 'ar');
    expect(text).toContain('Heat and cold');
    expect(text).toContain('Call 911 or go to the emergency room now if:');
    expect(text).toContain('Low back spasm: your home care plan');
  });

  it('prints Chinese with Spanish', async () => {
    const { text } = await pdfText(
      (await renderHandout({ ...firstVisit, locale: 'zh-Hans', secondaryLocale: 'es' })).pdf,
    );
    expect(squash(text)).toContain(squash(handoutT('zh-Hans')('red-flags.title')));
    expect(squash(text)).toContain(squash(handoutT('es')('red-flags.title')));
  });

  it.each([
    ['ur', 'hi'],
    ['ja', 'bn'],
    ['am', 'fa'],
  ] as const)('prints %s with %s', async (locale, secondaryLocale) => {
    const { text } = await pdfText((await renderHandout({ ...firstVisit, locale, secondaryLocale })).pdf);
    for (const language of [locale, secondaryLocale])
      expectPrinted(text, handoutT(language)('red-flags.emergencyTitle', { number: '911' }), language);
  });

  it('refuses the same language twice', async () => {
    await expect(renderHandout({ ...firstVisit, secondaryLocale: 'en' })).rejects.toMatchObject({
      issues: [{ path: 'secondaryLocale' }],
    });
  });
});
