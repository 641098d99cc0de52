import { describe, expect, it } from 'vitest';

import { ZSectionIdSchema } from '@/lib/spec/ids';

import { oneSection, renderText } from '../helpers/specs';

/*
 * Each section rendered alone through the real pipeline, with non-default parameters, and read back
 * from the PDF the way a patient reads it. The expected sentences are what the parameters must produce.
 */
const CASES: [string, Record<string, unknown>, string[], string[]?, Record<string, unknown>?][] = [
  ['about', {}, ['What is a back spasm?', 'Most spasms come from strain.']],
  ['what-to-expect', {}, ['What to expect', 'Most people do not need an X-ray or MRI.']],
  [
    'relief-positions',
    {
      positions: ['legs-on-couch', 'stomach-over-pillows', 'quiet-rest'],
      legSupport: 'ottoman',
      bellyPillows: 3,
      minutes: 45,
    },
    [
      'Legs on a footstool',
      'Rest your lower legs on a footstool.',
      'Lie face down over 3 pillows.',
      'Rest in a quiet place',
      'about 45 minutes',
      'Getting down to the floor and up again',
      'roll onto your back as one piece',
      '3 pillows under belly and hips',
      'Hips and knees bent like a chair',
    ],
    ['On your side with a pillow between your knees', 'couch seat'],
  ],
  [
    'relief-positions',
    { positions: ['back-knee-pillow'], avoidFloor: true, kneeSupport: 'bolster', bellyPillows: 1 },
    [
      'Lie on your back on your bed.',
      'Put a long, round pillow under your knees.',
      'roll onto your side as one piece',
    ],
    ['on the floor', 'Getting down to the floor'],
  ],
  [
    'heat-cold',
    {
      heatMinutes: 12,
      heatTimesPerDay: 5,
      coldMinutes: 18,
      coldEveryHours: 4,
      coldMaxPerDay: 3,
      heatTypes: ['shower', 'damp-towel'],
    },
    [
      'Take a warm shower for about 10 to 15 minutes, 5 times a day.',
      'Check your skin halfway.',
      'Hold it on the sore spot for 18 minutes.',
      'every 4 hours',
      'Do not use cold more than 3 times a day.',
      'Use warm tap water, not boiling water.',
      'Leave it on your back for 12 minutes, 5 times a day.',
      'Never put ice right on your skin.',
      'more than 20 minutes at a time',
    ],
    // Brief §8: no pad or pack line without a pad or pack.
    ['heating pad', 'salt', 'Put a towel between', 'Place the pack', 'Do not lie on a heat pack'],
  ],
  [
    'heat-cold',
    { heatMinutes: 20, heatTypes: ['damp-towel', 'pad'] },
    [
      'Leave it on your back for 15 minutes, 3 times a day.',
      'Keep the heat on for 20 minutes, 3 times a day.',
      'Put a towel between the heat pack or pad and your skin.',
      'Do not lie on a heat pack or pad, or sleep with one on.',
    ],
  ],
  [
    'heat-cold',
    { mode: 'cold-only' },
    ['How to use cold', 'Check your skin partway through.'],
    ['How to use heat', 'Keep the heat on'],
  ],
  [
    'heat-cold',
    { mode: 'cold-then-heat', coldFirstDays: 3 },
    ['For the first 3 days, use cold. After that, use heat.'],
  ],
  [
    'heat-cold',
    { heatTimesPerDay: 1 },
    ['Keep the heat on for 15 minutes, 1 time a day.'],
    ['Wait at least 2 hours'],
  ],
  [
    'staying-active',
    {
      easyDays: 3,
      walkMinutes: 10,
      walksPerDay: 6,
      otherActivities: ['treadmill'],
      workNote: 'No lifting over 10 pounds.',
    },
    [
      'For the first 3 days',
      'Take short, easy walks 6 times a day.',
      'Walk for about 10 minutes each time.',
      'walk slowly on a treadmill',
      'Work and lifting',
      'No lifting over 10 pounds.',
      "Don't stay in bed all day.",
      'Stop adding at about 30 minutes a walk.',
      'Change position slowly and breathe out.',
    ],
    ['exercise bike', 'stretch gently'],
  ],
  [
    'stretching',
    { stretches: ['knee-to-chest'], holdSeconds: 45, reps: 4, timesPerDay: 2, phase: 'during-spasm' },
    [
      'Knee to chest',
      'Stay there for 45 seconds.',
      'Knee to chest: do it 4 times on each side.',
      'Stretch 2 times a day.',
      'You can start now',
    ],
    ["Child's pose"],
  ],
  [
    'leg-lift',
    {
      reps: 12,
      holdSeconds: 7,
      liftHeight: 8,
      setsPerLeg: 3,
      restSeconds: 90,
      firstLeg: 'left',
      sessionsPerDay: 2,
    },
    [
      'Slowly lift the straight leg about 8 inches, no higher than your bent knee. Take about 2 to 3 seconds.',
      'Hold it up for 7 seconds.',
      'Slowly put it down. Take about 2 to 3 seconds.',
      'Do it 12 times with your left leg. Rest 1 minute and 30 seconds. Then do it 12 times with your right leg.',
      'Both legs together make 1 round.',
      'Do 3 rounds. Rest 1 minute and 30 seconds between rounds.',
      'Do this exercise 2 times a day.',
      'Do not lift both legs together.',
      'If it does not ease within a day, call us.',
    ],
    ['90 seconds', 'Count to'],
  ],
  [
    'leg-lift',
    { legs: 'left', setsPerLeg: 2, restSeconds: 120, holdSeconds: 2 },
    [
      'Do it 10 times with your left leg only.',
      'Do 2 rounds. Rest 2 minutes between rounds.',
      'Hold it up for 2 seconds.',
    ],
    ['120 seconds', 'Both legs together'],
  ],
  [
    'leg-lift',
    { legs: 'right' },
    ['Do it 10 times with your right leg only.', 'about 15 centimeters'],
    ['inches'],
    { units: 'metric' },
  ],
  [
    'sleep-positions',
    { positions: ['back-knee-low-back-pillow'] },
    [
      'On your back with low back support',
      'rolled towel under your low back',
      'Never sleep on a heating pad.',
    ],
    ['On your side'],
  ],
  [
    'hydration',
    { electrolyteTip: true },
    [
      'Drink plenty of water',
      'a banana or a sports drink',
      'If your doctor limits how much you drink, follow that advice.',
    ],
  ],
  [
    'hydration',
    { fluidLimit: true },
    ["Follow your doctor's advice on how much to drink."],
    ['Drink plenty', 'sports drink'],
  ],
  [
    'medicine',
    {},
    [
      'Ask your doctor or pharmacist which pain medicine is safe for you.',
      'Acetaminophen (Tylenol) is a different kind of pain medicine.',
      'Do not give aspirin to anyone under 19.',
    ],
    ['Celebrex', 'mg'],
  ],
  [
    'medicine',
    { mode: 'clinician', clinicianText: 'Use the cream from Dr. Diaz twice a day.' },
    // Brief §8: the clinician's text is added below the general note, never instead of it.
    [
      'Ask your doctor or pharmacist',
      'Use the cream from Dr. Diaz twice a day.',
      'Do not give aspirin to anyone under 19.',
      'Do not drive or drink alcohol',
      'Too much can harm your liver',
      'If you take a daily aspirin for your heart, do not stop it.',
      'Never use them with heat',
    ],
  ],
  [
    'prevention',
    { items: ['warmup', 'stress'], coolDownMinutes: 7 },
    ['After, stretch for 7 minutes.', 'Calm stress'],
    ['Keep a healthy weight.'],
  ],
  ['other-care', {}, ['a physical therapist can find the cause']],
  [
    'red-flags',
    { noBetterAfterDays: 10, notBetterAfterWeeks: 3 },
    [
      'no better at all after 10 days',
      'not clearly better after 3 weeks',
      'Call your doctor or clinic today at 555-0100 if:',
      'When the clinic is closed, go to urgent care. For a sign in the red box, call 911.',
      '50 or older',
    ],
    ['(555-0100)', 'over 50'],
  ],
  [
    'red-flags',
    {},
    ['Call your doctor or clinic today at (555) 010-2030 if:', 'When the clinic is closed, call 555-0199.'],
    ['((555)', 'urgent care'],
    { brand: { name: 'Test Clinic', phone: '(555) 010-2030', afterHoursPhone: '555-0199' } },
  ],
  ['plan', {}, ['Your plan', 'Read “When to get help” at the end.'], ['Each day']],
  ['tracker', {}, ['7-day tracker', 'Day 1', 'Day 7', 'My back feels better today']],
];

describe('every section renders its parameters into the PDF', () => {
  it('covers every registered section', () => {
    expect(new Set(CASES.map(([id]) => id))).toEqual(new Set(ZSectionIdSchema.options));
  });

  it.each(CASES)('%s %j', async (id, params, present, absent = [], extra = {}) => {
    const { text } = await renderText(oneSection(id, params, extra));
    for (const phrase of present) expect(text).toContain(phrase);
    for (const phrase of absent) expect(text).not.toContain(phrase);
  });
});
