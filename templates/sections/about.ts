import { z } from 'zod';

import { defineSection } from '../section';

export const about = defineSection({
  id: 'about',
  params: z.object({}).strict(),
  build: (_p, c) => ({
    title: c.text('about.title'),
    blocks: [
      {
        kind: 'bullets',
        items: [
          c.item('about.what', ['000', '001', '003']),
          c.item('about.feel', ['000', '003', '004']),
          c.item('about.start', ['000', '001']),
          c.item('about.guard', ['000', '001', '004']),
          // Brief C9 and S12: reassure first; most spasms are strain, not a disc or a serious cause.
          c.item('about.notSerious', ['002', '003', 'CONS']),
          c.item('about.risks', ['001', '002', '003', '004']),
        ],
      },
    ],
  }),
});
