import { z } from 'zod';

import { defineSection } from '../section';

export const otherCare = defineSection({
  id: 'other-care',
  params: z.object({}).strict(),
  build: (_p, c) => ({
    title: c.text('other-care.title'),
    blocks: [
      {
        kind: 'bullets',
        items: [
          c.item('other-care.therapist', ['000', '003']),
          c.item('other-care.massage', ['003', '004']),
          c.item('other-care.doctor', ['003']),
        ],
      },
    ],
  }),
});
