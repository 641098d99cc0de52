import { describe, expect, it } from 'vitest';

import { handoutT } from '@/lib/i18n/server';
import { parseSpec } from '@/lib/pdf/render';

import { expectInOrder } from '../helpers/order';
import { BRAND, loadSpecFiles, oneSection, renderText } from '../helpers/specs';

/*
 * Issue 17: the order in which a reader meets the blocks, read from the PDF's text. Text, not
 * coordinates: the page layout may change, what comes first may not.
 */

/** Lines a reader meets in this order in each realistic spec, beyond the section headings. */
const KEY_LINES: Record<string, string[]> = {
  'examples/first-visit.json': [
    'For: Alex Rivera',
    'Your plan',
    'When the pain is worst, rest in a position from this handout for about 20 minutes.',
    'Use heat 3 times a day, for 15 minutes each time.',
    'Take 4 short walks, about 5 minutes each.',
    'Getting down to the floor and up again',
    'Legs on a couch',
    'Heat helps many people.',
    'You can try cold instead if it helps you more.',
    'Heating pad or warm pack',
    'Each time you use heat',
    'How to use cold',
    'Do not use heat or cold for more than 20 minutes at a time.',
    'Call 911 or go to the emergency room now if:',
    'Call your doctor or clinic today at (555) 010-2030 if:',
    'Make an appointment if:',
  ],
  'examples/everything.json': [
    'Heating pad or warm pack',
    'Warm, damp towel',
    'Each time you use heat',
    'How to use cold',
    "Child's pose",
    'Knee to chest',
    'How to do it',
    'Do it 8 times with your right leg. Rest 45 seconds. Then do it 8 times with your left leg.',
    'Both legs together make 1 round.',
    'Do 2 rounds.',
    'Call 911 or go to the emergency room now if:',
    'Make an appointment if:',
  ],
  'examples/one-section.json': ['How to do it', 'How much', 'Stop right away', 'When to get help'],
  'tests/fixtures/acute-cold-first.json': [
    'On your back with a pillow under your knees',
    'On your side with a pillow between your knees',
    'For the first day, use cold. After that, use heat.',
    'How to use cold',
    'Hold it on the sore spot for 20 minutes.',
    'Heating pad or warm pack',
    'Keep the heat on for 15 minutes, 1 time a day.',
    'Each time you use heat',
    'Do not use heat or cold for more than 20 minutes at a time.',
    'From your care team',
    'Take the muscle relaxant your doctor prescribed at bedtime only.',
    'Call 911 or go to the emergency room now if:',
  ],
  'tests/fixtures/prevention-metric-a4.json': [
    'From: Dr. Amara Okafor',
    "Child's pose",
    'Stay there for 60 seconds.',
    'Slowly lift the straight leg about 30 centimeters',
    'Do it 10 times with your right leg only.',
    'Call 999 or go to the emergency room now if:',
    'Your spasms are no better at all after 3 days.',
  ],
};

describe.each(loadSpecFiles())('reading order of $file', ({ file, spec }) => {
  it('prints the sections in the order of the spec, then its key lines in order', async () => {
    const parsed = parseSpec(spec);
    const t = handoutT(parsed.locale);
    const { text } = await renderText(spec);
    // Red flags are where the spec puts them (appended last when it does not list them).
    expectInOrder(
      text,
      parsed.sections.map(({ id }) => t(`${id}.title`)),
      `${file}: section headings`,
    );
    const lines = KEY_LINES[file];
    expect(lines, `write the key lines of ${file} in KEY_LINES`).toBeDefined();
    expectInOrder(text, lines ?? [], `${file}: key lines`);
  });
});

const HEAT = ['Heating pad or warm pack', 'Warm, damp towel', 'Warm shower', 'Each time you use heat'];
const COLD = ['How to use cold'];
const DONT = ['Do not use heat or cold for more than 20 minutes at a time.'];

/** Brief C1 and 001: the plan decides what the patient reads first. Every mode, every kind of heat. */
describe.each([
  { mode: 'heat-first', intro: ['Heat helps many people.', 'You can try cold instead'], order: [HEAT, COLD] },
  { mode: 'patient-choice', intro: ['You can use heat or cold.'], order: [HEAT, COLD] },
  { mode: 'cold-then-heat', intro: ['For the first 2 days, use cold.'], order: [COLD, HEAT] },
  { mode: 'heat-only', intro: ['Heat can help tight muscles relax'], order: [HEAT], absent: COLD },
  { mode: 'cold-only', intro: ['Cold can ease pain.'], order: [COLD], absent: HEAT },
])('heat and cold in $mode mode', ({ mode, intro, order, absent = [] }) => {
  it(`prints ${order.map((blocks) => (blocks === COLD ? 'cold' : 'heat')).join(' before ')}`, async () => {
    const spec = oneSection('heat-cold', {
      mode,
      heatTypes: ['pad', 'damp-towel', 'shower'],
      coldFirstDays: 2,
    });
    const { text } = await renderText(spec);
    expectInOrder(text, ['Heat and cold', ...intro, ...order.flat(), ...DONT], `${mode}`);
    for (const heading of absent) expect(text, `${mode} prints no "${heading}"`).not.toContain(heading);
  });
});

describe('the plan of a cold-first handout', () => {
  it('says cold comes first before it says how often to use heat', async () => {
    const spec = {
      brand: BRAND,
      sections: [
        { id: 'plan' },
        { id: 'heat-cold', params: { mode: 'cold-then-heat', coldFirstDays: 3, heatTimesPerDay: 2 } },
      ],
    };
    expectInOrder((await renderText(spec)).text, [
      'Your plan',
      'For the first 3 days, use cold instead of heat.',
      'Use heat 2 times a day',
      'Heat and cold',
      'For the first 3 days, use cold.',
      'How to use cold',
      'Heating pad or warm pack',
    ]);
  });
});
