import { z } from 'zod';

import { dailyActions } from '@/lib/content/daily-actions';

import { defineSection } from '../section';

/**
 * "Your plan" (brief §8): what to do each day, drawn from the other sections and their parameters. It
 * has no parameters of its own; it changes when they do.
 */
export const plan = defineSection({
  id: 'plan',
  params: z.object({}).strict(),
  build: (_p, c) => {
    const lines = dailyActions(c).map((action) => action.line);
    return {
      title: c.text('plan.title'),
      blocks: [
        ...(lines.length > 0
          ? [{ kind: 'bullets' as const, title: c.text('plan.eachDay'), items: lines }]
          : []),
        {
          kind: 'callout',
          tone: 'note',
          title: c.text('plan.helpTitle'),
          items: [
            c.item('plan.help', ['ED'], { title: c.text('red-flags.title') }),
            c.item('plan.keep', ['ED']),
          ],
        },
      ],
    };
  },
});
