import { describe, expect, it } from 'vitest';

import { HandoutError, invalidSpec, issuesFromZod } from '@/lib/errors';
import { ZHandoutSpecSchema } from '@/lib/spec/schema';

import { BRAND, loadSpecFiles } from '../helpers/spec-files';

/*
 * lib/pdf/render's parseSpec, written out here so that this file never loads react-pdf: mutation testing
 * (npm run test:mutation -- spec) imports it again for every mutant of lib/spec.
 */
function parseSpec(input: unknown) {
  const result = ZHandoutSpecSchema.safeParse(input);
  if (!result.success) throw invalidSpec(issuesFromZod(result.error));
  return result.data;
}

function issuesOf(input: unknown) {
  try {
    parseSpec(input);
  } catch (error) {
    if (error instanceof HandoutError) return error.issues;
    throw error;
  }
  throw new Error('expected the spec to be rejected');
}

const withSection = (id: string, params: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  brand: BRAND,
  sections: [{ id, params }],
  ...extra,
});

describe('the handout spec', () => {
  it.each(loadSpecFiles().map(({ file, spec }) => [file, spec]))('accepts %s', (_file, spec) => {
    expect(() => parseSpec(spec)).not.toThrow();
  });

  it('fills defaults and always ends with the red flags', () => {
    const spec = parseSpec({ brand: BRAND, sections: [{ id: 'heat-cold' }] });
    expect(spec).toMatchObject({ locale: 'en', paper: 'letter', units: 'imperial' });
    expect(spec.sections.map((section) => section.id)).toEqual(['heat-cold', 'red-flags']);
    expect(spec.sections[0]?.params).toMatchObject({
      heatMinutes: 15,
      heatTimesPerDay: 3,
      mode: 'heat-first',
    });
    expect(spec.brand).toMatchObject({ emergencyNumber: '911', accentColor: '#1d5c8a' });
  });

  it('opens with the plan by default and keeps the tracker off', () => {
    const spec = parseSpec({ brand: BRAND });
    expect(spec.sections.map((section) => section.id)).toEqual([
      'plan',
      'what-to-expect',
      'relief-positions',
      'heat-cold',
      'staying-active',
      'red-flags',
    ]);
  });

  it('allows 4 walks of 15 minutes on easy days, and more once the easy days are over', () => {
    expect(() =>
      parseSpec(withSection('staying-active', { easyDays: 2, walksPerDay: 4, walkMinutes: 15 })),
    ).not.toThrow();
    expect(() =>
      parseSpec(withSection('staying-active', { easyDays: 0, walksPerDay: 8, walkMinutes: 15 })),
    ).not.toThrow();
  });

  it('keeps red flags where the clinician put them when listed', () => {
    const spec = parseSpec({ brand: BRAND, sections: [{ id: 'red-flags' }, { id: 'hydration' }] });
    expect(spec.sections.map((section) => section.id)).toEqual(['red-flags', 'hydration']);
  });

  it.each([
    [
      'an unknown section',
      { brand: BRAND, sections: [{ id: 'massage-gun' }] },
      'sections[0].id',
      /Unknown section "massage-gun"/,
    ],
    [
      'heat over the 20-minute cap',
      withSection('heat-cold', { heatMinutes: 25 }),
      'sections[0].params.heatMinutes',
      /10 to 20/,
    ],
    [
      'cold over the cap',
      withSection('heat-cold', { coldMinutes: 21 }),
      'sections[0].params.coldMinutes',
      /10 to 20/,
    ],
    ['leg-lift reps over 15', withSection('leg-lift', { reps: 16 }), 'sections[0].params.reps', /5 to 15/],
    [
      'leg-lift hold over 10 s',
      withSection('leg-lift', { holdSeconds: 11 }),
      'sections[0].params.holdSeconds',
      /2 to 10/,
    ],
    [
      'a fractional value',
      withSection('stretching', { reps: 2.5 }),
      'sections[0].params.reps',
      /whole number/,
    ],
    [
      'a number as text',
      withSection('heat-cold', { heatMinutes: '15' }),
      'sections[0].params.heatMinutes',
      /whole number/,
    ],
    [
      'red flags after 20 days',
      withSection('red-flags', { noBetterAfterDays: 20 }),
      'sections[0].params.noBetterAfterDays',
      /3 to 14/,
    ],
    [
      'an unknown parameter',
      withSection('hydration', { litres: 2 }),
      'sections[0].params',
      /Unrecognized key/,
    ],
    [
      'an unknown position',
      withSection('relief-positions', { positions: ['handstand'] }),
      'sections[0].params.positions[0]',
      /./,
    ],
    [
      'no position at all',
      withSection('relief-positions', { positions: [] }),
      'sections[0].params.positions',
      /at least one/,
    ],
    [
      'floor position with falls risk',
      withSection('relief-positions', { avoidFloor: true }),
      'sections[0].params.avoidFloor',
      /needs the floor/,
    ],
    [
      'lift height in inches beyond 12',
      withSection('leg-lift', { liftHeight: 15 }),
      'sections[0].params.liftHeight',
      /2 to 12/,
    ],
    [
      'lift height in cm beyond 30',
      withSection('leg-lift', { liftHeight: 31 }, { units: 'metric' }),
      'sections[0].params.liftHeight',
      /5 to 30/,
    ],
    [
      'clinician medicine mode without text',
      withSection('medicine', { mode: 'clinician' }),
      'sections[0].params.clinicianText',
      /Write the medicine note/,
    ],
    [
      'a duplicate section',
      { brand: BRAND, sections: [{ id: 'about' }, { id: 'about' }] },
      'sections[1].id',
      /twice/,
    ],
    ['an unknown top-level key', { brand: BRAND, colour: 'red' }, '(root)', /Unrecognized key/],
    ['an unknown locale', { brand: BRAND, locale: 'xx' }, 'locale', /./],
    ['an unknown paper size', { brand: BRAND, paper: 'legal' }, 'paper', /./],
    ['emoji in the note', { brand: BRAND, note: 'Feel better 💪' }, 'note', /Emoji/],
    [
      'a control character in a name',
      { brand: BRAND, patient: { name: 'Ann\u0007' } },
      'patient.name',
      /cannot be printed/,
    ],
    [
      'a line break in a one-line field',
      { brand: BRAND, patient: { name: 'Ann\nLee' } },
      'patient.name',
      /single line/,
    ],
    ['an overlong note', { brand: BRAND, note: 'a'.repeat(601) }, 'note', /under 600/],
    ['an impossible date', { brand: BRAND, patient: { date: '2026-02-30' } }, 'patient.date', /date/],
    ['a missing clinic phone', { brand: { name: 'X' } }, 'brand.phone', /./],
    ['a phone with letters', { brand: { ...BRAND, phone: 'call us' } }, 'brand.phone', /digits/],
    [
      'a pale accent colour',
      { brand: { ...BRAND, accentColor: '#f0e68c' } },
      'brand.accentColor',
      /too light/,
    ],
    [
      'a logo that is not an image',
      { brand: { ...BRAND, logo: 'data:text/html;base64,PGI+' } },
      'brand.logo',
      /PNG or JPEG/,
    ],
    [
      'a JPEG labelled as PNG',
      { brand: { ...BRAND, logo: 'data:image/png;base64,/9j/4AAQSkZJRgABAQ==' } },
      'brand.logo',
      /not a valid image\/png/,
    ],
    [
      'a huge logo',
      { brand: { ...BRAND, logo: `data:image/png;base64,${'A'.repeat(800_000)}` } },
      'brand.logo',
      /too large/,
    ],
    ['sections that are not a list', { brand: BRAND, sections: { id: 'about' } }, 'sections', /./],
  ])('rejects %s with its path', (_name, input, path, message) => {
    const issues = issuesOf(input);
    expect(issues).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('reports every problem at once', () => {
    const issues = issuesOf({
      brand: { name: '' },
      sections: [{ id: 'nope' }, { id: 'leg-lift', params: { reps: 99 } }],
    });
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['brand.name', 'brand.phone', 'sections[0].id', 'sections[1].params.reps']),
    );
  });

  it('rejects input that is not an object', () => {
    expect(issuesOf('hello')[0]?.path).toBe('(root)');
    expect(issuesOf(null)[0]?.path).toBe('(root)');
  });
});
