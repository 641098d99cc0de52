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

/** Each leg support has its own drawing, so its own description as well as its title and step. */
const COUCH = {
  couch: {
    title: 'relief-positions.couch.title',
    rest: 'relief-positions.couch.restCouch',
    figure: 'relief-positions.couch.figure',
  },
  chair: {
    title: 'relief-positions.couch.titleChair',
    rest: 'relief-positions.couch.restChair',
    figure: 'relief-positions.couch.figureChair',
  },
  ottoman: {
    title: 'relief-positions.couch.titleOttoman',
    rest: 'relief-positions.couch.restOttoman',
    figure: 'relief-positions.couch.figureOttoman',
  },
} as const;

const KNEES = {
  'one-pillow': { step: 'relief-positions.back.pillow', caption: 'relief-positions.back.captionPillow' },
  'two-pillows': { step: 'relief-positions.back.pillows', caption: 'relief-positions.back.captionPillows' },
  bolster: { step: 'relief-positions.back.bolster', caption: 'relief-positions.back.captionBolster' },
} as const;

/** Positions that start on the floor: the floor steps print before the first of them (brief §8). */
const isOnFloor = (position: TPosition, p: TParams) =>
  position === 'legs-on-couch' || (position === 'back-knee-pillow' && !p.avoidFloor);

/** Getting down to the floor and up again, bound to the position that follows it. */
function floorBlock(c: BuildContext): TBlockInput {
  return {
    kind: 'figure',
    title: c.text('relief-positions.floor.title'),
    keepWithNext: true,
    isNumbered: true,
    figures: [
      {
        illustration: 'floor-transfer',
        description: c.text('relief-positions.floor.figure'),
        caption: c.text('relief-positions.floor.caption'),
      },
    ],
    items: [
      c.item('relief-positions.floor.chair', ['CONS']),
      c.item('relief-positions.floor.kneel', ['CONS']),
      c.item('relief-positions.floor.side', ['CONS']),
      c.item('relief-positions.floor.back', ['CONS']),
      c.item('relief-positions.floor.up', ['CONS']),
    ],
  };
}

function positionBlock(position: TPosition, p: TParams, c: BuildContext): TBlockInput {
  switch (position) {
    case 'legs-on-couch':
      return {
        kind: 'figure',
        title: c.text(COUCH[p.legSupport].title),
        figures: [
          {
            illustration: legSupportDrawing(p.legSupport),
            description: c.text(COUCH[p.legSupport].figure),
            caption: c.text('relief-positions.couch.caption'),
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
            caption: c.text('relief-positions.belly.caption', { count: p.bellyPillows }),
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
            caption: c.text(KNEES[p.kneeSupport].caption),
          },
        ],
        items: [
          c.item(p.avoidFloor ? 'relief-positions.back.lieBed' : 'relief-positions.back.lie', [
            '000',
            'CONS',
          ]),
          c.item(KNEES[p.kneeSupport].step, ['000']),
          c.item('relief-positions.back.relax', ['ED']),
        ],
      };
    case 'side-knee-pillow':
      return {
        kind: 'figure',
        title: c.text('relief-positions.side.title'),
        figures: [
          {
            illustration: 'side-knee-pillow',
            description: c.text('relief-positions.side.figure'),
            caption: c.text('relief-positions.side.caption'),
          },
        ],
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
  build: (p, c) => {
    const firstOnFloor = p.positions.findIndex((position) => isOnFloor(position, p));
    const positions = p.positions.flatMap((position, index) =>
      index === firstOnFloor
        ? [floorBlock(c), positionBlock(position, p, c)]
        : [positionBlock(position, p, c)],
    );
    return {
      title: c.text('relief-positions.title'),
      blocks: [
        { kind: 'paragraph', item: c.item('relief-positions.intro', ['000']) },
        ...positions,
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
            c.item('common.stopNext', ['ED'], { number: c.brand.emergencyNumber }),
            // The log roll for a bed; the floor has its own steps above.
            ...(firstOnFloor === -1
              ? [
                  c.item('relief-positions.safety.rollDown', ['CONS']),
                  c.item('relief-positions.safety.pushUp', ['CONS']),
                ]
              : []),
          ],
        },
      ],
    };
  },
});
