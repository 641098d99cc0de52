/*
 * Every whole-number setting at its hard limits, written from the brief (not read from the schemas):
 * what each end prints, what it must not print, and the values just outside that must be refused.
 * tests/unit/safety-property.test.ts checks it on the PDF's text; tests/unit/section-text.test.ts on the
 * payload's, fast enough for mutation testing.
 */

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
const times = (n: number) => (n === 1 ? '1 time' : `${n} times`);

export interface Bound {
  section: string;
  param: string;
  min: number;
  max: number;
  /** Values between the limits where the text changes form (1 and 2 rounds, a minute of rest). */
  inside?: number[];
  /** The other settings of the section, when the line needs them (the heat type, a position). */
  base?: Record<string, unknown>;
  spec?: Record<string, unknown>;
  /** What the handout must print, and must not print, with the setting at `n`. */
  at: (n: number) => { present: string[]; absent?: string[] };
}

export const BOUNDS: Bound[] = [
  {
    section: 'heat-cold',
    param: 'heatMinutes',
    min: 10,
    max: 20,
    base: { mode: 'heat-only', heatTypes: ['pad'] },
    at: (n) => ({ present: [`Keep the heat on for ${plural(n, 'minute')}, 3 times a day.`] }),
  },
  {
    section: 'heat-cold',
    param: 'heatTimesPerDay',
    min: 1,
    max: 6,
    base: { mode: 'heat-only', heatTypes: ['pad'] },
    at: (n) => {
      const gap = 'Wait at least 2 hours between times.';
      return {
        present: [`Keep the heat on for 15 minutes, ${times(n)} a day.`, ...(n > 1 ? [gap] : [])],
        absent: n > 1 ? [] : [gap],
      };
    },
  },
  {
    section: 'heat-cold',
    param: 'coldMinutes',
    min: 10,
    max: 20,
    base: { mode: 'cold-only' },
    at: (n) => ({ present: [`Hold it on the sore spot for ${plural(n, 'minute')}.`] }),
  },
  {
    section: 'heat-cold',
    param: 'coldEveryHours',
    min: 2,
    max: 4,
    base: { mode: 'cold-only' },
    at: (n) => ({ present: [`You can do this every ${n} hours as needed.`] }),
  },
  {
    section: 'heat-cold',
    param: 'coldMaxPerDay',
    min: 2,
    max: 8,
    base: { mode: 'cold-only' },
    at: (n) => ({ present: [`Do not use cold more than ${n} times a day.`] }),
  },
  {
    section: 'heat-cold',
    param: 'coldFirstDays',
    min: 1,
    max: 3,
    base: { mode: 'cold-then-heat' },
    at: (n) => ({
      present: [`For the first ${n === 1 ? 'day' : `${n} days`}, use cold. After that, use heat.`],
    }),
  },
  {
    section: 'leg-lift',
    param: 'reps',
    min: 5,
    max: 15,
    at: (n) => ({ present: [`Do it ${n} times with your less painful leg.`] }),
  },
  {
    section: 'leg-lift',
    param: 'holdSeconds',
    min: 2,
    max: 10,
    at: (n) => ({ present: [`Hold it up for ${n} seconds.`] }),
  },
  {
    section: 'leg-lift',
    param: 'setsPerLeg',
    min: 1,
    max: 3,
    inside: [2],
    // Brief §8: all the repetitions on one leg, rest, the other leg make one round; rounds follow.
    at: (n) =>
      n === 1
        ? { present: ['Then do it 10 times with the other leg.'], absent: ['round'] }
        : {
            present: ['Both legs together make 1 round.', `Do ${n} rounds. Rest 30 seconds between rounds.`],
          },
  },
  {
    section: 'leg-lift',
    param: 'sessionsPerDay',
    min: 1,
    max: 2,
    at: (n) => ({ present: [`Do this exercise ${times(n)} a day.`] }),
  },
  {
    section: 'leg-lift',
    param: 'restSeconds',
    min: 15,
    max: 120,
    inside: [59, 60, 90],
    // Brief §8: rests of a minute or more print in minutes.
    at: (n) => {
      const rest: Record<number, string> = {
        15: '15 seconds',
        59: '59 seconds',
        60: '1 minute',
        90: '1 minute and 30 seconds',
        120: '2 minutes',
      };
      return {
        present: [`Rest ${rest[n] ?? '?'}. Then do it 10 times with the other leg.`],
        absent: n >= 60 ? [`${n} seconds`] : [],
      };
    },
  },
  {
    section: 'leg-lift',
    param: 'liftHeight',
    min: 2,
    max: 12,
    at: (n) => ({ present: [`Slowly lift the straight leg about ${n} inches,`] }),
  },
  {
    section: 'leg-lift',
    param: 'liftHeight',
    min: 5,
    max: 30,
    spec: { units: 'metric' },
    at: (n) => ({ present: [`Slowly lift the straight leg about ${n} centimeters,`] }),
  },
  {
    section: 'relief-positions',
    param: 'bellyPillows',
    min: 1,
    max: 3,
    base: { positions: ['stomach-over-pillows'] },
    at: (n) =>
      n === 1
        ? { present: ['Lie face down over 1 pillow.', 'Place the pillow under your belly and hips.'] }
        : { present: [`Lie face down over ${n} pillows.`, 'Place the pillows under your belly and hips.'] },
  },
  {
    section: 'relief-positions',
    param: 'minutes',
    min: 10,
    max: 60,
    at: (n) => ({ present: [`Stay in a position while it feels good, about ${n} minutes.`] }),
  },
  {
    section: 'staying-active',
    param: 'easyDays',
    min: 0,
    max: 3,
    inside: [1],
    at: (n) => {
      const easy = 'keep your activity light and easy.';
      if (n === 0) return { present: [], absent: [easy] };
      return { present: [`For the first ${n === 1 ? 'day' : `${n} days`}, ${easy}`] };
    },
  },
  {
    section: 'staying-active',
    param: 'walkMinutes',
    min: 2,
    max: 15,
    at: (n) => ({ present: [`Walk for about ${n} minutes each time.`] }),
  },
  {
    section: 'staying-active',
    param: 'walksPerDay',
    min: 2,
    max: 8,
    at: (n) => ({ present: [`Take short, easy walks ${n} times a day.`] }),
  },
  {
    section: 'staying-active',
    param: 'walkCapMinutes',
    min: 10,
    max: 45,
    at: (n) => ({ present: [`Stop adding at about ${n} minutes a walk.`] }),
  },
  {
    section: 'stretching',
    param: 'holdSeconds',
    min: 15,
    max: 60,
    at: (n) => ({ present: [`Stay there for ${n} seconds. Keep breathing.`] }),
  },
  {
    section: 'stretching',
    param: 'reps',
    min: 1,
    max: 5,
    at: (n) => ({ present: [`Child's pose: do it ${times(n)}.`] }),
  },
  {
    section: 'stretching',
    param: 'timesPerDay',
    min: 1,
    max: 3,
    at: (n) => ({ present: [`Stretch ${times(n)} a day.`] }),
  },
  {
    section: 'prevention',
    param: 'coolDownMinutes',
    min: 5,
    max: 15,
    base: { items: ['warmup'] },
    at: (n) => ({ present: [`Warm up before sports. After, stretch for ${n} minutes.`] }),
  },
  {
    section: 'red-flags',
    param: 'noBetterAfterDays',
    min: 3,
    max: 14,
    at: (n) => ({ present: [`Your spasms are no better at all after ${n} days.`] }),
  },
  {
    section: 'red-flags',
    param: 'notBetterAfterWeeks',
    min: 2,
    max: 6,
    at: (n) => ({ present: [`You are not clearly better after ${n} weeks.`] }),
  },
];

/** The handout spec that sets one bound's setting to `n`, everything else at its default. */
export function boundSpec(bound: Bound, n: number) {
  return {
    brand: { name: 'Test Clinic', phone: '555-0100' },
    ...bound.spec,
    sections: [{ id: bound.section, params: { ...bound.base, [bound.param]: n } }],
  };
}

/** Every value a bound is checked at: its limits and the values inside where the text changes. */
export const valuesOf = (bound: Bound) => [bound.min, ...(bound.inside ?? []), bound.max];
