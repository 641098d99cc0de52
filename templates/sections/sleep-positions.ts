import { z } from 'zod';

import type { TBlockInput } from '@/lib/payload/schema';
import { choiceSet } from '@/lib/spec/params';

import { type BuildContext, defineSection } from '../section';

// Source 000 only. No stomach sleeping: no source supports it (stomach over pillows is a daytime position).
const ZSleepPositionSchema = z.enum(['side-knee-pillow', 'back-knee-pillow', 'back-knee-low-back-pillow']);

const params = z
  .object({
    positions: choiceSet(ZSleepPositionSchema, ['side-knee-pillow', 'back-knee-pillow']),
  })
  .strict();

function positionBlock(position: z.infer<typeof ZSleepPositionSchema>, c: BuildContext): TBlockInput {
  switch (position) {
    case 'side-knee-pillow':
      return {
        kind: 'figure',
        title: c.text('sleep-positions.side.title'),
        figures: [
          {
            illustration: 'side-knee-pillow',
            description: c.text('sleep-positions.side.figure'),
            caption: c.text('relief-positions.side.caption'),
          },
        ],
        items: [
          c.item('sleep-positions.side.lie', ['000', 'CONS']),
          c.item('sleep-positions.side.pillow', ['000']),
          c.item('sleep-positions.side.head', ['CONS']),
        ],
      };
    case 'back-knee-pillow':
      return {
        kind: 'figure',
        title: c.text('sleep-positions.back.title'),
        figures: [
          {
            illustration: 'back-knee-pillow',
            description: c.text('sleep-positions.back.figure'),
            caption: c.text('relief-positions.back.captionPillow'),
          },
        ],
        items: [c.item('sleep-positions.back.lie', ['000']), c.item('sleep-positions.back.pillow', ['000'])],
      };
    case 'back-knee-low-back-pillow':
      return {
        kind: 'figure',
        title: c.text('sleep-positions.backSupport.title'),
        figures: [
          {
            illustration: 'back-knee-low-back-pillow',
            description: c.text('sleep-positions.backSupport.figure'),
            caption: c.text('sleep-positions.backSupport.caption'),
          },
        ],
        items: [
          c.item('sleep-positions.backSupport.lie', ['000']),
          c.item('sleep-positions.backSupport.towel', ['000']),
          c.item('sleep-positions.backSupport.when', ['000']),
        ],
      };
  }
}

export const sleepPositions = defineSection({
  id: 'sleep-positions',
  params,
  build: (p, c) => ({
    title: c.text('sleep-positions.title'),
    blocks: [
      ...p.positions.map((position) => positionBlock(position, c)),
      {
        kind: 'bullets',
        title: c.text('sleep-positions.tipsTitle'),
        items: [c.item('sleep-positions.roll', ['CONS']), c.item('sleep-positions.pad', ['CONS'])],
      },
    ],
  }),
});
