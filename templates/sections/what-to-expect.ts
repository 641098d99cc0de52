import { z } from 'zod';

import { defineSection } from '../section';

export const whatToExpect = defineSection({
  id: 'what-to-expect',
  params: z.object({}).strict(),
  build: (_p, c) => ({
    title: c.text('what-to-expect.title'),
    blocks: [
      {
        kind: 'bullets',
        // Brief C6: a single spasm lasts minutes; a bout improves over days to weeks.
        items: [
          c.item('what-to-expect.minutes', ['003']),
          c.item('what-to-expect.weeks', ['003', 'CONS']),
          c.item('what-to-expect.disc', ['000']),
          c.item('what-to-expect.mostBetter', ['CONS']),
          c.item('what-to-expect.comeBack', ['CONS']),
          // Do not promise scans (ACP, Choosing Wisely).
          c.item('what-to-expect.scans', ['004', 'CONS']),
          c.item('what-to-expect.returnToSport', ['003']),
        ],
      },
    ],
  }),
});
