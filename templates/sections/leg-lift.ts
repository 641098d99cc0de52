import { z } from 'zod';

import type { TUnits } from '@/lib/spec/ids';
import { intParam } from '@/lib/spec/params';

import { type BuildContext, defineSection } from '../section';

/**
 * The lift height is in the handout's units. Its limits depend on them, so the schema takes any
 * positive whole number and `validate` applies the per-unit hard limit (brief §5: 2-12 in, 5-30 cm).
 */
export const LIFT_HEIGHT = {
  imperial: { min: 2, max: 12, fallback: 6 },
  metric: { min: 5, max: 30, fallback: 15 },
} as const satisfies Record<TUnits, { min: number; max: number; fallback: number }>;

const params = z
  .object({
    reps: intParam(5, 15, 10),
    holdSeconds: intParam(2, 10, 5),
    liftHeight: z.int('Use a whole number.').positive('Use a whole number above 0.').optional(),
    setsPerLeg: intParam(1, 3, 1),
    sessionsPerDay: intParam(1, 2, 1),
    legs: z.enum(['both', 'left', 'right']).default('both'),
    firstLeg: z.enum(['less-painful', 'right', 'left']).default('less-painful'),
    restSeconds: intParam(15, 120, 30),
    start: z.enum(['after-pain-eases', 'now']).default('after-pain-eases'),
  })
  .strict();
type TParams = z.output<typeof params>;

/** Brief §8: a rest of a minute or more prints in minutes ("2 minutes", "1 minute and 30 seconds"). */
function restText(seconds: number, c: BuildContext): string {
  if (seconds < 60) return c.quantity('second', seconds);
  const minutes = c.quantity('minute', Math.floor(seconds / 60));
  const rest = seconds % 60;
  return rest === 0 ? minutes : c.text('units.and', { first: minutes, second: c.quantity('second', rest) });
}

function repsItem(p: TParams, c: BuildContext) {
  const values = { count: p.reps, rest: restText(p.restSeconds, c) };
  if (p.legs === 'left') return c.item('leg-lift.leftOnly', ['ED'], values);
  if (p.legs === 'right') return c.item('leg-lift.rightOnly', ['ED'], values);
  if (p.firstLeg === 'right') return c.item('leg-lift.bothRight', ['004', 'ED'], values);
  if (p.firstLeg === 'left') return c.item('leg-lift.bothLeft', ['004', 'ED'], values);
  return c.item('leg-lift.bothLess', ['004', 'ED'], values);
}

/** Brief §8: the order is explicit. Both legs make one round; the number of rounds follows. */
function roundItems(p: TParams, c: BuildContext) {
  if (p.setsPerLeg === 1) return [];
  return [
    ...(p.legs === 'both' ? [c.item('leg-lift.round', ['ED'])] : []),
    c.item('leg-lift.sets', ['ED'], { count: p.setsPerLeg, rest: restText(p.restSeconds, c) }),
  ];
}

function heightText(p: TParams, c: BuildContext): string {
  const height = p.liftHeight ?? LIFT_HEIGHT[c.units].fallback;
  return c.quantity(c.units === 'imperial' ? 'inch' : 'cm', height);
}

export const legLift = defineSection({
  id: 'leg-lift',
  params,
  validate: (p, spec) => {
    const limit = LIFT_HEIGHT[spec.units];
    if (p.liftHeight === undefined || (p.liftHeight >= limit.min && p.liftHeight <= limit.max)) return [];
    const unit = spec.units === 'imperial' ? 'inches' : 'cm';
    return [
      { path: ['liftHeight'], message: `Use a whole number from ${limit.min} to ${limit.max} (${unit}).` },
    ];
  },
  build: (p, c) => ({
    title: c.text('leg-lift.title'),
    blocks: [
      {
        kind: 'paragraph',
        item:
          p.start === 'now'
            ? c.item('leg-lift.startNow', ['004'])
            : c.item('leg-lift.startLater', ['ED', '004']),
      },
      { kind: 'paragraph', item: c.item('leg-lift.hard', ['004']) },
      {
        kind: 'figure',
        title: c.text('leg-lift.howTitle'),
        isNumbered: true,
        figures: [
          {
            illustration: 'leg-lift-start',
            description: c.text('leg-lift.figureStart'),
            caption: c.text('leg-lift.captionStart'),
          },
          {
            illustration: 'leg-lift-lift',
            description: c.text('leg-lift.figureLift'),
            caption: c.text('leg-lift.captionLift'),
          },
        ],
        items: [
          c.item('leg-lift.lie', ['CONS']),
          c.item('leg-lift.bend', ['004', 'CONS']),
          c.item('leg-lift.straight', ['004', 'CONS']),
          c.item('leg-lift.tighten', ['004']),
          // Brief §8: the slow pace always prints, not only "count to N".
          c.item('leg-lift.lift', ['004', 'ED'], { height: heightText(p, c) }),
          c.item('leg-lift.hold', ['004'], { duration: c.quantity('second', p.holdSeconds) }),
          c.item('leg-lift.lower', ['004', 'ED']),
          c.item('leg-lift.breathe', ['CONS']),
        ],
      },
      {
        kind: 'bullets',
        title: c.text('leg-lift.doseTitle'),
        items: [
          repsItem(p, c),
          ...roundItems(p, c),
          c.item('leg-lift.daily', ['ED'], { count: p.sessionsPerDay }),
        ],
      },
      {
        kind: 'do-dont',
        doTitle: c.text('leg-lift.doTitle'),
        dontTitle: c.text('leg-lift.dontTitle'),
        do: [c.item('leg-lift.oneLeg', ['004']), c.item('leg-lift.more', ['004'])],
        dont: [c.item('leg-lift.both', ['004']), c.item('leg-lift.arch', ['CONS'])],
      },
      {
        kind: 'callout',
        tone: 'caution',
        title: c.text('leg-lift.stopTitle'),
        items: [
          c.item('leg-lift.stop', ['004', 'CONS']),
          c.item('common.stopNext', ['ED'], { number: c.brand.emergencyNumber }),
        ],
      },
    ],
  }),
});
