import { describe, expect, it } from 'vitest';

import { readingLevel } from '@/lib/content/reading-level';
import handoutEn from '@/locales/en/handout.json';

import { itemsOf, payloadOf } from '../helpers/payload';
import { BRAND, loadSpec, loadSpecFiles } from '../helpers/spec-files';

/** Specs that between them switch on every option, so every sentence is produced at least once. */
const VARIANTS: unknown[] = [
  ...loadSpecFiles().map(({ spec }) => spec),
  ...[
    {
      id: 'heat-cold',
      params: { mode: 'heat-only', heatTypes: ['microwave-pack', 'damp-towel', 'shower', 'pad'] },
    },
    { id: 'heat-cold', params: { mode: 'cold-only' } },
    { id: 'heat-cold', params: { mode: 'heat-first' } },
    {
      id: 'relief-positions',
      params: { positions: ['legs-on-couch'], legSupport: 'ottoman', kneeSupport: 'one-pillow' },
    },
    {
      id: 'relief-positions',
      params: { positions: ['legs-on-couch', 'back-knee-pillow'], legSupport: 'couch' },
    },
    { id: 'leg-lift', params: { legs: 'left', start: 'now' } },
    { id: 'leg-lift', params: { legs: 'right', firstLeg: 'left' } },
    { id: 'leg-lift', params: { firstLeg: 'less-painful' } },
    { id: 'leg-lift', params: { firstLeg: 'left' } },
    { id: 'stretching', params: { phase: 'during-spasm' } },
    { id: 'staying-active', params: { otherActivities: ['treadmill'] } },
  ].map((section) => ({ brand: BRAND, sections: [section] })),
  // The plan and the tracker summarise the sections beside them: every kind of line they can print.
  ...[
    [{ id: 'heat-cold', params: { mode: 'cold-only' } }],
    [{ id: 'heat-cold', params: { mode: 'cold-then-heat', heatTypes: ['pad', 'shower'] } }],
    [
      { id: 'heat-cold', params: { mode: 'heat-only', heatTypes: ['shower'] } },
      { id: 'stretching', params: { phase: 'during-spasm' } },
    ],
    [{ id: 'leg-lift', params: { start: 'now', setsPerLeg: 2, restSeconds: 90 } }, { id: 'hydration' }],
    [
      { id: 'leg-lift', params: { legs: 'left', setsPerLeg: 3, restSeconds: 120 } },
      { id: 'relief-positions', params: { positions: ['quiet-rest'] } },
    ],
  ].map((sections) => ({
    brand: { ...BRAND, afterHoursPhone: '555-0199' },
    sections: [{ id: 'plan' }, ...sections, { id: 'tracker' }],
  })),
];

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key}`.replace(/_(zero|one|two|few|many|other)$/, '')]
      : flatten(value, `${prefix}${key}.`),
  );

describe('English patient text', () => {
  const payloads = VARIANTS.map(payloadOf);

  it('stays at grade 6.0 or below in every section (Flesch-Kincaid)', () => {
    for (const payload of payloads) {
      for (const section of payload.sections) {
        const score = readingLevel(itemsOf(section).map((item) => item.text));
        expect.soft(score.grade, `${section.id}: grade ${score.grade.toFixed(1)}`).toBeLessThanOrEqual(6.0);
      }
    }
  });

  it('keeps the source tags with every item', () => {
    for (const payload of payloads) {
      for (const item of payload.sections.flatMap(itemsOf)) expect(item.sources.length).toBeGreaterThan(0);
    }
  });

  it('prints every sentence it holds in some handout (no dead content)', () => {
    const used = new Set(
      payloads.flatMap((payload) => payload.sections.flatMap(itemsOf)).map((item) => item.key),
    );
    const isLabel = (key: string) =>
      /^(doc|units)\.|(title\w*|Title\w*|figure\w*|caption\w*|eachDay|duration|day)$/.test(key);
    const unused = flatten(handoutEn).filter((key) => !isLabel(key) && !used.has(key));
    expect(unused).toEqual([]);
  });

  it('spells units out and never prints dosing shorthand', () => {
    const text = payloads
      .flatMap((payload) => payload.sections.flatMap(itemsOf))
      .map((item) => item.text)
      .join('\n');
    expect(text).not.toMatch(/\b\d+\s?(min|hrs?|secs?|in|cm)\b/);
    expect(text).not.toMatch(/\b(q4h|BID|TID|mg)\b/i);
  });
});

/*
 * The sixteen safety corrections of the brief (§3), checked in the "everything" handout: what must be
 * said, and what the sources said that must never reach a patient.
 */
describe('safety corrections', () => {
  const text = payloadOf(loadSpec('examples/everything.json'))
    .sections.flatMap(itemsOf)
    .map((item) => item.text)
    .join('\n');

  it.each([
    ['S1 acetaminophen is not an NSAID', /Acetaminophen \(Tylenol\) is a different kind of pain medicine/],
    ['S2 never lie on the heat pack', /Lie on your side or stomach\. Place the pack on your low back\./],
    ['S2 towel between pack and skin', /Put a towel between the heat pack or pad and your skin\./],
    ['S3 no ice right on the skin', /Never put ice right on your skin\./],
    ['S3 twenty minutes at most', /more than 20 minutes at a time/],
    ['S4 warm tap water, tested on the inner arm', /warm tap water, not boiling[\s\S]*inner arm/],
    ['S5 NSAID bleeding risk', /NSAIDs can cause stomach bleeding and kidney problems\./],
    ['S5 ask first with a blood thinner', /Ask your doctor first if you take a blood thinner/],
    ['S6 ask doctor or pharmacist', /Ask your doctor or pharmacist which pain medicine is safe for you/],
    ['S6 no two NSAIDs', /Do not take 2 NSAIDs together/],
    ['S6 acetaminophen and the liver', /Too much can harm your liver/],
    ['S7 no bed rest', /Don't stay in bed all day\./],
    ['S9 relaxants make you sleepy', /sleepy or dizzy\. Do not drive or drink alcohol/],
    ['S10 no creams with heat', /Never use them with heat or a tight wrap\./],
    ['S11 follow a fluid limit', /If your doctor limits how much you drink, follow that advice\./],
    ['S15 no aspirin under 19', /Do not give aspirin to anyone under 19\./],
    ['S16 relaxants short term, falls', /short time only[\s\S]*falls more likely/],
  ])('says: %s', (_name, pattern) => {
    expect(text).toMatch(pattern);
  });

  it.each([
    ['S2 lying on top of the pack', /(lay|lie) down on top of/i],
    ['S4 salt or stove-heated water', /\bsalt\b|stove|45 degrees/i],
    ['S5 blood thinning as a benefit', /thin the blood/i],
    ['S8 bladder loss as a normal symptom', /spasm[^.]*(bladder|bowel)/i],
    ['S9 wrong mechanisms', /shrink|expand|sedate|resets?\b|steam/i],
    ['S10 and S14 brand names', /Volini|Celebrex|Motrin/i],
    ['S12 frightening claims', /atrophy|most cases are a herniated disc/i],
    ['S13 spinal cord in the low back', /spinal cord/i],
    ['doses generated by the software', /\b\d+\s?(mg|milligrams?|tablets?|pills?)\b/i],
  ])('never says: %s', (_name, pattern) => {
    expect(text).not.toMatch(pattern);
  });
});
