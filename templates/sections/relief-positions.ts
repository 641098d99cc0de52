import { z } from 'zod';

import type { TBlockInput } from '@/lib/payload/schema';
import { choiceSet, intParam } from '@/lib/spec/params';
import {
  bellyPillowsDrawing,
  kneeSupportDrawing,
  legSupportDrawing,
} from '@/templates/illustrations/variants';

import { type BuildContext, defineSection } from '../section';

const ZPositionSchema = z.enum([
  'legs-on-couch',
  'stomach-over-pillows',
  'back-knee-pillow',
  'side-knee-pillow',
  'quiet-rest',
]);
type TPosition = z.infer<typeof ZPositionSchema>;

const params = z
  .object({
    positions: choiceSet(ZPositionSchema, ['legs-on-couch', 'stomach-over-pillows', 'back-knee-pillow']),
    legSupport: z.enum(['couch', 'chair', 'ottoman']).default('couch'),
    bellyPillows: intParam(1, 3, 2),
    kneeSupport: z.enum(['one-pillow', 'two-pillows', 'bolster']).default('one-pillow'),
    minutes: intParam(10, 60, 20),
    /** Falls risk or hip/knee limits: no position that needs getting down to the floor. */
    avoidFloor: z.boolean().default(false),
  })
  .strict();
type TParams = z.output<typeof params>;

const COUCH = {
  couch: { title: 'relief-positions.couch.title', rest: 'relief-positions.couch.restCouch' },
  chair: { title: 'relief-positions.couch.titleChair', rest: 'relief-positions.couch.restChair' },
  ottoman: { title: 'relief-positions.couch.titleOttoman', rest: 'relief-positions.couch.restOttoman' },
} as const;

const KNEES = {
  'one-pillow': 'relief-positions.back.pillow',
  'two-pillows': 'relief-positions.back.pillows',
  bolster: 'relief-positions.back.bolster',
} as const;

function positionBlock(position: TPosition, p: TParams, c: BuildContext): TBlockInput {
  switch (position) {
    case 'legs-on-couch':
      return {
        kind: 'figure',
        title: c.text(COUCH[p.legSupport].title),
        figures: [
          {
            illustration: legSupportDrawing(p.legSupport),
            description: c.text('relief-positions.couch.figure'),
          },
        ],
        items: [
          c.item('relief-positions.couch.lie', ['000']),
          c.item(COUCH[p.legSupport].rest, ['000', 'ED']),
          c.item('relief-positions.couch.bend', ['000']),
        ],
      };
    case 'stomach-over-pillows':
      return {
        kind: 'figure',
        title: c.text('relief-positions.belly.title'),
        figures: [
          {
            illustration: bellyPillowsDrawing(p.bellyPillows),
            description: c.text('relief-positions.belly.figure'),
          },
        ],
        items: [
          c.item('relief-positions.belly.lie', ['000'], { count: p.bellyPillows }),
          c.item('relief-positions.belly.place', ['000'], { count: p.bellyPillows }),
          c.item('relief-positions.belly.head', ['000', 'ED']),
          c.item('relief-positions.belly.pregnancy', ['CONS']),
        ],
      };
    case 'back-knee-pillow':
      return {
        kind: 'figure',
        title: c.text('relief-positions.back.title'),
        figures: [
          {
            illustration: kneeSupportDrawing(p.kneeSupport),
            description: c.text('relief-positions.back.figure'),
          },
        ],
        items: [
          c.item(p.avoidFloor ? 'relief-positions.back.lieBed' : 'relief-positions.back.lie', [
            '000',
            'CONS',
          ]),
          c.item(KNEES[p.kneeSupport], ['000']),
          c.item('relief-positions.back.relax', ['ED']),
        ],
      };
    case 'side-knee-pillow':
      return {
        kind: 'figure',
        title: c.text('relief-positions.side.title'),
        figures: [{ illustration: 'side-knee-pillow', description: c.text('relief-positions.side.figure') }],
        items: [
          c.item('relief-positions.side.lie', ['000']),
          c.item('relief-positions.side.bend', ['CONS']),
          c.item('relief-positions.side.pillow', ['000']),
        ],
      };
    case 'quiet-rest':
      return {
        kind: 'bullets',
        title: c.text('relief-positions.quiet.title'),
        items: [
          c.item('relief-positions.quiet.sit', ['002']),
          c.item('relief-positions.quiet.breathe', ['ED']),
        ],
      };
  }
}

export const reliefPositions = defineSection({
  id: 'relief-positions',
  params,
  validate: (p) =>
    p.avoidFloor && p.positions.includes('legs-on-couch')
      ? [
          {
            path: ['avoidFloor'],
            message: '"Legs on a couch" needs the floor. Remove it or turn off "avoid the floor".',
          },
        ]
      : [],
  build: (p, c) => ({
    title: c.text('relief-positions.title'),
    blocks: [
      { kind: 'paragraph', item: c.item('relief-positions.intro', ['000']) },
      ...p.positions.map((position) => positionBlock(position, p, c)),
      {
        kind: 'paragraph',
        item: c.item('relief-positions.time', ['ED'], { duration: c.quantity('minute', p.minutes) }),
      },
      {
        kind: 'callout',
        tone: 'caution',
        title: c.text('relief-positions.safety.title'),
        items: [
          c.item('relief-positions.safety.stop', ['CONS']),
          c.item('relief-positions.safety.rollDown', ['CONS']),
          c.item('relief-positions.safety.pushUp', ['CONS']),
        ],
      },
    ],
  }),
});
