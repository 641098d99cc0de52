import { z } from 'zod';

import { intParam } from '@/lib/spec/params';

import { defineSection } from '../section';

/**
 * Lists A (emergency) and B (call today) are locked: they have no parameters, print in every handout,
 * and the spec adds this section at the end when it is left out. Only list C's timing is adjustable.
 */
const params = z
  .object({
    noBetterAfterDays: intParam(3, 14, 7),
    notBetterAfterWeeks: intParam(2, 6, 4),
  })
  .strict();

export const redFlags = defineSection({
  id: 'red-flags',
  params,
  build: (p, c) => ({
    title: c.text('red-flags.title'),
    blocks: [
      {
        kind: 'callout',
        tone: 'emergency',
        title: c.text('red-flags.emergencyTitle', { number: c.brand.emergencyNumber }),
        items: [
          c.item('red-flags.bladder', ['003', '004']),
          c.item('red-flags.pee', ['004', 'CONS']),
          c.item('red-flags.saddle', ['CONS']),
          c.item('red-flags.weakness', ['000', '003', '004', 'CONS']),
          c.item('red-flags.injury', ['CONS']),
          c.item('red-flags.chest', ['CONS']),
          c.item('red-flags.fever', ['003', 'CONS']),
        ],
      },
      {
        kind: 'callout',
        tone: 'urgent',
        // The phone prints once, as the clinic wrote it (brief §8: no doubled brackets around it).
        title: c.text('red-flags.todayTitlePhone', { phone: c.brand.phone }),
        items: [
          c.item('red-flags.numb', ['000', '002', '003', '004']),
          c.item('red-flags.spread', ['002', 'CONS']),
          c.item('red-flags.infection', ['003', '004']),
          c.item('red-flags.weightLoss', ['004']),
          c.item('red-flags.night', ['003', 'CONS']),
          c.item('red-flags.cannotWalk', ['002']),
          c.item('red-flags.kidney', ['CONS']),
          c.item('red-flags.history', ['CONS']),
          c.item('red-flags.age', ['CONS']),
          // Brief §8: what to do when the clinic is closed, with or without an after-hours line.
          c.brand.afterHoursPhone
            ? c.item('red-flags.afterHours', ['ED'], { phone: c.brand.afterHoursPhone })
            : c.item('red-flags.afterHoursNone', ['ED'], { number: c.brand.emergencyNumber }),
        ],
      },
      {
        kind: 'callout',
        tone: 'note',
        title: c.text('red-flags.appointmentTitle'),
        // List C is short and not urgent: two columns (issue 11). Lists A and B stay one column.
        columns: 2,
        items: [
          c.item('red-flags.noBetter', ['002', 'ED'], { count: p.noBetterAfterDays }),
          c.item('red-flags.notMostly', ['000', 'CONS'], { count: p.notBetterAfterWeeks }),
          c.item('red-flags.notHelping', ['000', '003', '004']),
          c.item('red-flags.stiffness', ['CONS', '004']),
        ],
      },
    ],
  }),
  // Lists A and B move with the heading as one block: a patient must never find half of them overleaf.
  keepWithHeading: 2,
});
