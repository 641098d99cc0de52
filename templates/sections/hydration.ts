import { z } from 'zod';

import { defineSection } from '../section';

// Kept short and low-key on purpose: little evidence that fluids treat a spasm (brief 1.9).
const params = z
  .object({
    electrolyteTip: z.boolean().default(false),
    /** The patient has a fluid limit (heart failure, kidney disease): never tell them to drink more. */
    fluidLimit: z.boolean().default(false),
  })
  .strict();

export const hydration = defineSection({
  id: 'hydration',
  params,
  build: (p, c) => ({
    title: c.text('hydration.title'),
    blocks: [
      {
        kind: 'bullets',
        items: [
          ...(p.fluidLimit
            ? [c.item('hydration.limitOn', ['CONS'])]
            : [c.item('hydration.plenty', ['000', '002']), c.item('hydration.check', ['CONS'])]),
          c.item('hydration.why', ['001', '002']),
          ...(p.electrolyteTip && !p.fluidLimit
            ? [c.item('hydration.electrolytes', ['002', 'CONS']), c.item('hydration.kidney', ['CONS'])]
            : []),
          // Safety correction S11: always printed.
          ...(p.fluidLimit ? [] : [c.item('hydration.limit', ['CONS'])]),
        ],
      },
    ],
  }),
});
