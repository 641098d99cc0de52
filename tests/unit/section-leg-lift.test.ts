import { describe, expect, it } from 'vitest';

import { ZHandoutSpecSchema } from '@/lib/spec/schema';

import { sectionView } from '../helpers/section-view';

/*
 * The leg lift as the patient reads it (brief §8: the slow pace always prints; the order of the legs and
 * of the rounds is explicit; rests of a minute or more print in minutes; the lift height follows the
 * units). The limits at both ends are in section-text.test.ts. No PDF is drawn.
 */
const legLift = (params: Record<string, unknown> = {}, options: Parameters<typeof sectionView>[1] = {}) =>
  sectionView({ id: 'leg-lift', params }, options);

const LATER = 'Start this exercise once the worst pain has eased.';
const HARD = 'This exercise is not easy, mainly when the pain is new. Go slowly.';
const LEGEND = ['## (note) How to read the pictures', '- Arrows in the pictures show which way to move.'];
const how = (height: string, hold = 5) => [
  '## How to do it',
  '[A person lies on their back with one knee bent and the other leg straight. | Start: one knee bent]',
  '[The straight leg is lifted a little off the floor while the bent knee stays still. | Lift, hold, then lower slowly]',
  '1. Lie on your back on a mat or a firm bed.',
  '2. Bend one knee. Keep that foot flat.',
  '3. Keep the other leg straight, toes pointing up.',
  '4. Tighten your belly.',
  `5. Slowly lift the straight leg about ${height}, no higher than your bent knee. Take about 2 to 3 seconds.`,
  `6. Hold it up for ${hold} seconds.`,
  '7. Slowly put it down. Take about 2 to 3 seconds.',
  '8. Breathe out as you lift. Do not hold your breath.',
];
const DO_DONT = [
  '## Do',
  '+ Lift 1 leg at a time.',
  '+ If you feel strain in your back, tighten your belly more.',
  '## Do not',
  'x Do not lift both legs together.',
  'x Do not arch your low back.',
];
const stop = (emergency = '911') => [
  '## (caution) Stop right away',
  '- Stop if your pain gets worse, or you feel sharp pain, pain down your leg, or numbness.',
  `- Then rest in a position that eases your back. If it does not ease within a day, call us. If you have a sign from the red box, call ${emergency} now.`,
];
/** The "How much" list: the lines between its title and the do and don't. */
const dose = (lines: string[]) => lines.slice(lines.indexOf('## How much') + 1, lines.indexOf('## Do'));

describe('leg lift', () => {
  it('by default: start later, the slow pace with 6 inches and 5 seconds, the less painful leg first', () => {
    expect(legLift()).toEqual([
      '# Leg lift exercise',
      LATER,
      HARD,
      ...LEGEND,
      ...how('6 inches'),
      '## How much',
      '- Do it 10 times with your less painful leg. Rest 30 seconds. Then do it 10 times with the other leg.',
      '- Do this exercise 1 time a day.',
      ...DO_DONT,
      ...stop(),
    ]);
  });

  it('one leg, 2 rounds, now, in centimeters: the rest in minutes and seconds, no "both legs" round', () => {
    expect(
      legLift(
        { legs: 'left', start: 'now', setsPerLeg: 2, restSeconds: 90, sessionsPerDay: 2, liftHeight: 20 },
        { units: 'metric', brand: { emergencyNumber: '112' } },
      ),
    ).toEqual([
      '# Leg lift exercise',
      'You can start this exercise now. Go slowly.',
      HARD,
      ...LEGEND,
      ...how('20 centimeters'),
      '## How much',
      '- Do it 10 times with your left leg only.',
      '- Do 2 rounds. Rest 1 minute and 30 seconds between rounds.',
      '- Do this exercise 2 times a day.',
      ...DO_DONT,
      ...stop('112'),
    ]);
  });

  it.each([
    [{ legs: 'right' }, ['- Do it 10 times with your right leg only.']],
    [
      { firstLeg: 'right' },
      ['- Do it 10 times with your right leg. Rest 30 seconds. Then do it 10 times with your left leg.'],
    ],
    [
      { firstLeg: 'left', setsPerLeg: 3, reps: 5, restSeconds: 120 },
      [
        '- Do it 5 times with your left leg. Rest 2 minutes. Then do it 5 times with your right leg.',
        '- Both legs together make 1 round.',
        '- Do 3 rounds. Rest 2 minutes between rounds.',
      ],
    ],
    [{ legs: 'right', firstLeg: 'left', setsPerLeg: 1 }, ['- Do it 10 times with your right leg only.']],
  ])('with %j says, in this order: %j', (params, lines) => {
    expect(dose(legLift(params))).toEqual([...lines, '- Do this exercise 1 time a day.']);
  });

  it('uses the default height of the units when none is set: 6 inches, or 15 centimeters', () => {
    expect(legLift()).toContain(how('6 inches')[7]);
    expect(legLift({}, { units: 'metric' })).toContain(how('15 centimeters')[7]);
  });

  const refused = (liftHeight: number, units: string) =>
    ZHandoutSpecSchema.safeParse({
      brand: { name: 'Test Clinic', phone: '555-0100' },
      units,
      sections: [{ id: 'leg-lift', params: { liftHeight } }],
    }).error?.issues.map(({ path, message }) => ({ path: path.join('.'), message })) ?? [];

  it('refuses a lift height outside the limits of its units, naming them', () => {
    expect(refused(13, 'imperial')).toEqual([
      { path: 'sections.0.params.liftHeight', message: 'Use a whole number from 2 to 12 (inches).' },
    ]);
    expect(refused(4, 'metric')).toEqual([
      { path: 'sections.0.params.liftHeight', message: 'Use a whole number from 5 to 30 (cm).' },
    ]);
    expect(refused(30, 'metric')).toEqual([]);
    expect(refused(2, 'imperial')).toEqual([]);
  });
});
