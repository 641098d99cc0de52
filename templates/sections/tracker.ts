import { z } from 'zod';

import { dailyActions } from '@/lib/content/daily-actions';

import { defineSection } from '../section';

const DAYS = 7;

/**
 * The 7-day tracker (brief §8): a tick chart of the plan's actions, one box per time a day. Off by
 * default. Its last row lets the patient see the trend ("my back feels better today").
 */
export const tracker = defineSection({
  id: 'tracker',
  params: z.object({}).strict(),
  build: (_p, c) => ({
    title: c.text('tracker.title'),
    blocks: [
      { kind: 'paragraph', item: c.item('tracker.how', ['ED']) },
      {
        kind: 'tracker',
        dayLabels: Array.from({ length: DAYS }, (_, index) => c.text('tracker.day', { day: index + 1 })),
        rows: [
          ...dailyActions(c).flatMap(({ tick }) =>
            tick ? [{ item: tick.label, timesPerDay: tick.timesPerDay }] : [],
          ),
          { item: c.item('tracker.better', ['ED']), timesPerDay: 1 },
        ],
      },
    ],
  }),
});
