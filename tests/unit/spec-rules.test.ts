import { describe, expect, it } from 'vitest';

import { contrastOnWhite, isReadableOnWhite, tint } from '@/lib/spec/color';
import { describeSections } from '@/lib/spec/describe';
import { isRecognisedEmergencyNumber, normaliseEmergencyNumber } from '@/lib/spec/emergency';
import { decodeLogoDataUrl } from '@/lib/spec/logo';
import { bilingualBudget, pageLimit } from '@/lib/spec/page-budget';
import {
  isPerPatientParam,
  isPerPatientPath,
  parseWithoutPatientText,
  perPatientValues,
  withoutPerPatientParams,
} from '@/lib/spec/per-patient';
import { ZHandoutSpecSchema } from '@/lib/spec/schema';

import { BRAND } from '../helpers/spec-files';

/*
 * The spec's helpers beside the schema (tests/unit/spec-schema.test.ts): page budgets, per-patient text,
 * emergency numbers, colours, logos and the registry as data for the form. Pure functions, no PDF, so
 * that mutation testing (npm run test:mutation -- spec) can run them for every mutant of lib/spec.
 */
const issues = (input: unknown) =>
  ZHandoutSpecSchema.safeParse(input).error?.issues.map(({ path, message }) => ({
    path: path.join('.'),
    message,
  })) ?? [];

describe('page budgets (issue 11)', () => {
  it('allow twice the first language plus one for a bilingual handout', () => {
    expect(bilingualBudget(3)).toBe(7);
    expect(bilingualBudget(1)).toBe(3);
  });

  it.each([
    ['standard', true, false, 6],
    ['standard', false, false, 7],
    ['large', true, false, 12],
    ['large', false, false, 13],
    ['standard', true, true, 13],
    ['large', false, true, 27],
  ] as const)(
    '%s print, English %s, bilingual %s: at most %i pages',
    (textSize, english, bilingual, pages) => {
      expect(pageLimit({ textSize, english, bilingual })).toBe(pages);
    },
  );
});

describe('emergency numbers', () => {
  it('recognise the numbers of the handout languages, written with or without spaces', () => {
    for (const number of ['911', '9 1 1', '112', '999', '000', '15', '1122'])
      expect(isRecognisedEmergencyNumber(number), number).toBe(true);
  });

  it('do not recognise an ordinary phone number or a typo', () => {
    for (const number of ['555-0100', '91', '9111', '', '0'])
      expect(isRecognisedEmergencyNumber(number), number).toBe(false);
  });

  it('compare digits only', () => {
    expect(normaliseEmergencyNumber(' (1-1-2) ')).toBe('112');
  });
});

describe('accent colours', () => {
  // #777777 is 4.47:1: rounded, the message said "contrast 4.5:1, needs 4.5:1" for a refused colour.
  it('accept exactly 4.5:1 on white (WCAG AA), refuse just under it, saying how far under', () => {
    expect(contrastOnWhite('#0072f0')).toBe(4.5);
    expect(isReadableOnWhite('#0072f0')).toBe(true);
    expect(isReadableOnWhite('#777777')).toBe(false);
    expect(issues({ brand: { ...BRAND, accentColor: '#0072f0' } })).toEqual([]);
    expect(issues({ brand: { ...BRAND, accentColor: '#777777' } })).toEqual([
      {
        path: 'brand.accentColor',
        message:
          'This colour is too light to read on white (contrast 4.4:1, needs 4.5:1). Pick a darker shade.',
      },
    ]);
  });

  it('are kept in lower case, however they were typed', () => {
    expect(ZHandoutSpecSchema.parse({ brand: { ...BRAND, accentColor: '#1D5C8A' } }).brand.accentColor).toBe(
      '#1d5c8a',
    );
  });

  it('tint towards white for box backgrounds (colord mixes in Lab, so half of black is #777777)', () => {
    expect(tint('#000000', 0.5)).toBe('#777777');
    expect(tint('#1d5c8a', 0.9)).toBe('#e9edf3');
    expect(tint('#1d5c8a', 1)).toBe('#ffffff');
    expect(tint('#1d5c8a', 0)).toBe('#1d5c8a');
  });
});

describe('per-patient text (never stored, never cached)', () => {
  it('names the work note and the medicine text as per-patient, and nothing else', () => {
    expect(isPerPatientParam('staying-active', 'workNote')).toBe(true);
    expect(isPerPatientParam('medicine', 'clinicianText')).toBe(true);
    expect(isPerPatientParam('medicine', 'mode')).toBe(false);
    expect(isPerPatientParam('staying-active', 'clinicianText')).toBe(false);
    expect(isPerPatientParam('hydration', 'workNote')).toBe(false);
    expect(isPerPatientParam('nope', 'workNote')).toBe(false);
  });

  it('removes per-patient parameters and keeps the others and the sections without any', () => {
    const heat = { id: 'heat-cold', params: { heatMinutes: 20 } };
    const bare = { id: 'medicine' };
    expect(
      withoutPerPatientParams([
        { id: 'medicine', params: { mode: 'clinician', clinicianText: 'Ibuprofen' } },
        { id: 'staying-active', params: { workNote: 'No lifting', easyDays: 1 } },
        heat,
        bare,
      ]),
    ).toEqual([
      { id: 'medicine', params: { mode: 'clinician' } },
      { id: 'staying-active', params: { easyDays: 1 } },
      heat,
      bare,
    ]);
  });

  it('lists the name, the date, the note and the per-patient parameters of a spec', () => {
    const spec = ZHandoutSpecSchema.parse({
      brand: BRAND,
      patient: { name: 'Ann Lee', date: '2026-03-14' },
      note: 'Call Tuesday.',
      sections: [
        { id: 'medicine', params: { mode: 'clinician', clinicianText: 'Ibuprofen' } },
        { id: 'staying-active', params: { workNote: 'No lifting', easyDays: 1 } },
        { id: 'hydration' },
      ],
    });
    expect(perPatientValues(spec)).toEqual({
      names: ['Ann Lee'],
      texts: ['2026-03-14', 'Call Tuesday.', 'Ibuprofen', 'No lifting'],
    });
    expect(perPatientValues(ZHandoutSpecSchema.parse({ brand: BRAND }))).toEqual({ names: [], texts: [] });
  });

  it('recognises the path of a per-patient parameter in a spec issue, and no other path', () => {
    const sections = [{ id: 'hydration' }, { id: 'medicine' }];
    expect(isPerPatientPath(['sections', 1, 'params', 'clinicianText'], sections)).toBe(true);
    expect(isPerPatientPath(['sections', 0, 'params', 'clinicianText'], sections)).toBe(false);
    expect(isPerPatientPath(['sections', 1, 'params', 'mode'], sections)).toBe(false);
    expect(isPerPatientPath(['sections', 2, 'params', 'clinicianText'], sections)).toBe(false);
    expect(isPerPatientPath(['sections', '1', 'params', 'clinicianText'], sections)).toBe(false);
    expect(isPerPatientPath(['sections', 1, 'id', 'clinicianText'], sections)).toBe(false);
    expect(isPerPatientPath(['note', 1, 'params', 'clinicianText'], sections)).toBe(false);
    expect(isPerPatientPath(['sections', 1, 'params'], sections)).toBe(false);
  });

  describe('a saved handout or a draft, checked without its per-patient text', () => {
    it('passes the rule that needs the text, then leaves the text out, with the name and the note', () => {
      const spec = parseWithoutPatientText({
        brand: BRAND,
        patient: { name: 'Ann Lee' },
        note: 'Call Tuesday.',
        sections: [
          { id: 'medicine', params: { mode: 'clinician' } },
          { id: 'staying-active', params: { easyDays: 1, workNote: 'No lifting' } },
          { id: 'hydration' },
        ],
      });
      expect(spec).toBeDefined();
      expect(spec).not.toHaveProperty('patient');
      expect(spec).not.toHaveProperty('note');
      expect(spec?.sections.map((section) => [section.id, section.params])).toEqual([
        ['medicine', { mode: 'clinician' }],
        ['staying-active', expect.not.objectContaining({ workNote: expect.anything() })],
        ['hydration', { electrolyteTip: false, fluidLimit: false }],
        ['red-flags', { noBetterAfterDays: 7, notBetterAfterWeeks: 4 }],
      ]);
      expect(spec?.sections[1]?.params).toMatchObject({ easyDays: 1 });
    });

    it('keeps the default sections when none are listed', () => {
      expect(parseWithoutPatientText({ brand: BRAND })?.sections.map((section) => section.id)).toEqual([
        'plan',
        'what-to-expect',
        'relief-positions',
        'heat-cold',
        'staying-active',
        'red-flags',
      ]);
    });

    it('still refuses anything else that is wrong', () => {
      expect(
        parseWithoutPatientText({ brand: BRAND, sections: [{ id: 'leg-lift', params: { reps: 99 } }] }),
      ).toBe(undefined);
      expect(parseWithoutPatientText({ brand: BRAND, sections: 'all' })).toBe(undefined);
      expect(parseWithoutPatientText({ brand: BRAND, sections: [{ params: {} }] })).toBe(undefined);
      expect(parseWithoutPatientText({ sections: [] })).toBe(undefined);
    });
  });
});

describe('logos in the spec', () => {
  // The 8-byte PNG signature and a little more: a logo whose bytes say what its type says.
  const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==';

  it('decode a PNG data URL into its type and bytes', () => {
    const decoded = decodeLogoDataUrl(PNG);
    expect(decoded?.mime).toBe('image/png');
    expect([...(decoded?.bytes.slice(0, 8) ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(decodeLogoDataUrl('data:image/gif;base64,R0lGOD==')).toBe(undefined);
    expect(decodeLogoDataUrl('data:image/png;base64,A')).toBe(undefined);
  });

  it('accept a PNG whose bytes are a PNG', () => {
    expect(issues({ brand: { ...BRAND, logo: PNG } })).toEqual([]);
  });

  it('refuse a PNG whose first byte is right and the rest is not', () => {
    // 0x89 then zeros: every byte of the signature must match, not only one.
    expect(issues({ brand: { ...BRAND, logo: 'data:image/png;base64,iQAAAAAAAAA=' } })).toEqual([
      { path: 'brand.logo', message: "The logo's content is not a valid image/png file." },
    ]);
  });

  it('refuse a logo over 512 KB, and check the type of one just under the limit', () => {
    const limit = Math.ceil((512 * 1024 * 4) / 3) + 64;
    const prefix = 'data:image/png;base64,';
    const ofLength = (length: number) => `${prefix}iVBORw0KGgo${'A'.repeat(length - prefix.length - 11)}`;
    expect(issues({ brand: { ...BRAND, logo: ofLength(limit + 1) } })).toEqual([
      { path: 'brand.logo', message: 'The logo is too large (at most 512 KB).' },
    ]);
    expect(issues({ brand: { ...BRAND, logo: ofLength(limit) } })).not.toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/too large/) }),
    );
  });
});

describe('the registry as data for the form', () => {
  // Called in each test, not once for the file: mutation testing counts only what a test runs.
  const byId = (id: string) => describeSections().find((section) => section.id === id);

  it('lists every section in reading order with its English title; red flags locked, the defaults on', () => {
    expect(
      describeSections().map(({ id, title, isLocked, isDefault }) => [id, title, isLocked, isDefault]),
    ).toEqual([
      ['plan', 'Your plan', false, true],
      ['about', 'What is a back spasm?', false, false],
      ['what-to-expect', 'What to expect', false, true],
      ['relief-positions', 'Positions to ease the pain', false, true],
      ['heat-cold', 'Heat and cold', false, true],
      ['staying-active', 'Keep moving', false, true],
      ['stretching', 'Gentle stretches', false, false],
      ['leg-lift', 'Leg lift exercise', false, false],
      ['sleep-positions', 'Sleeping positions', false, false],
      ['hydration', 'Drink water', false, false],
      ['medicine', 'Pain medicine', false, false],
      ['prevention', 'Prevent the next spasm', false, false],
      ['other-care', 'Other care that can help', false, false],
      ['tracker', '7-day tracker', false, false],
      ['red-flags', 'When to get help', true, true],
    ]);
  });

  it('describes parameters as the form fills them in: defaults and hard limits, none required', () => {
    const legLift = byId('leg-lift');
    expect(legLift?.params).toMatchObject({
      type: 'object',
      properties: {
        reps: { type: 'integer', default: 10, minimum: 5, maximum: 15 },
        holdSeconds: { type: 'integer', default: 5, minimum: 2, maximum: 10 },
        legs: { default: 'both', enum: ['both', 'left', 'right'] },
      },
    });
    expect(legLift?.params).not.toHaveProperty('required');
    expect(byId('medicine')?.params).toMatchObject({ properties: { clinicianText: { maxLength: 600 } } });
  });

  it('gives the lift height its limits per unit, on the leg lift only', () => {
    expect(byId('leg-lift')?.unitLimits).toEqual({
      liftHeight: { imperial: { min: 2, max: 12, fallback: 6 }, metric: { min: 5, max: 30, fallback: 15 } },
    });
    expect(
      describeSections()
        .filter((section) => 'unitLimits' in section)
        .map((section) => section.id),
    ).toEqual(['leg-lift']);
  });
});

describe('free text and choices', () => {
  it('name the character that cannot be printed by its code point, four hex digits in capitals', () => {
    expect(issues({ brand: BRAND, patient: { name: 'Ann\u0007' } })).toEqual([
      { path: 'patient.name', message: 'This text contains a character that cannot be printed (U+0007).' },
    ]);
    expect(issues({ brand: BRAND, note: 'Ann\u001b' })).toEqual([
      { path: 'note', message: 'This text contains a character that cannot be printed (U+001B).' },
    ]);
  });

  it('allow tabs everywhere and line breaks in notes only', () => {
    expect(
      issues({ brand: BRAND, patient: { name: 'Ann\tLee' }, note: 'Line one\r\nLine two\n\tthree' }),
    ).toEqual([]);
    expect(issues({ brand: BRAND, patient: { name: 'Ann\rLee' } })).toEqual([
      { path: 'patient.name', message: 'Use a single line here.' },
    ]);
  });

  it('trim and compose free text as printed', () => {
    const spec = ZHandoutSpecSchema.parse({ brand: BRAND, patient: { name: '  Ame\u0301lie  ' } });
    expect(spec.patient?.name).toBe('Am\u00e9lie');
  });

  it('refuse the same choice twice, and an empty choice', () => {
    const positions = (list: string[]) =>
      issues({ brand: BRAND, sections: [{ id: 'relief-positions', params: { positions: list } }] });
    expect(positions(['quiet-rest', 'quiet-rest'])).toEqual([
      { path: 'sections.0.params.positions', message: 'Each choice may appear only once.' },
    ]);
    expect(positions([])).toEqual([{ path: 'sections.0.params.positions', message: 'Choose at least one.' }]);
    expect(positions(['quiet-rest', 'side-knee-pillow'])).toEqual([]);
  });

  it('refuse a second language that is the handout language', () => {
    expect(issues({ brand: BRAND, locale: 'es', secondaryLocale: 'es' })).toEqual([
      { path: 'secondaryLocale', message: 'Choose a language other than the handout language.' },
    ]);
    expect(issues({ brand: BRAND, locale: 'es', secondaryLocale: 'en' })).toEqual([]);
  });
});
