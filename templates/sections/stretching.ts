import { z } from 'zod';

import type { TBlockInput } from '@/lib/payload/schema';
import { choiceSet, intParam } from '@/lib/spec/params';

import { type BuildContext, defineSection } from '../section';

// Only child's pose is in the sources; knee-to-chest is an editor's addition for the therapist to choose.
const ZStretchSchema = z.enum(['childs-pose', 'knee-to-chest']);

const params = z
  .object({
    stretches: choiceSet(ZStretchSchema, ['childs-pose']),
    holdSeconds: intParam(15, 60, 30),
    reps: intParam(1, 5, 3),
    timesPerDay: intParam(1, 3, 1),
    // Brief C5: gentle, pain-free stretching only during a spasm; firmer work after it settles.
    phase: z.enum(['after-worst-pain', 'during-spasm']).default('after-worst-pain'),
  })
  .strict();

type TParams = z.output<typeof params>;

function stretchBlock(stretch: z.infer<typeof ZStretchSchema>, p: TParams, c: BuildContext): TBlockInput {
  // Brief §8: every stretch has its own hold step with the hold time.
  const stay = c.item('stretching.stay', ['000'], { duration: c.quantity('second', p.holdSeconds) });
  switch (stretch) {
    case 'childs-pose':
      return {
        kind: 'figure',
        title: c.text('stretching.childsPose.title'),
        isNumbered: true,
        figures: [
          {
            illustration: 'childs-pose',
            description: c.text('stretching.childsPose.figure'),
            caption: c.text('stretching.childsPose.caption'),
          },
        ],
        items: [
          c.item('stretching.childsPose.kneel', ['002', 'ED']),
          c.item('stretching.childsPose.sit', ['002']),
          c.item('stretching.childsPose.fold', ['002']),
          c.item('stretching.childsPose.rest', ['002', 'ED']),
          c.item('stretching.childsPose.arms', ['ED']),
          stay,
        ],
      };
    case 'knee-to-chest':
      return {
        kind: 'figure',
        title: c.text('stretching.kneeToChest.title'),
        isNumbered: true,
        figures: [
          {
            illustration: 'knee-to-chest',
            description: c.text('stretching.kneeToChest.figure'),
            caption: c.text('stretching.kneeToChest.caption'),
          },
        ],
        items: [
          c.item('stretching.kneeToChest.lie', ['ED']),
          c.item('stretching.kneeToChest.hold', ['ED']),
          c.item('stretching.kneeToChest.pull', ['ED']),
          stay,
          c.item('stretching.kneeToChest.switch', ['ED']),
        ],
      };
  }
}

export const stretching = defineSection({
  id: 'stretching',
  params,
  build: (p, c) => ({
    title: c.text('stretching.title'),
    blocks: [
      {
        kind: 'paragraph',
        item:
          p.phase === 'after-worst-pain'
            ? c.item('stretching.phaseAfter', ['000', '001'])
            : c.item('stretching.phaseDuring', ['000', 'CONS']),
      },
      ...p.stretches.map((stretch) => stretchBlock(stretch, p, c)),
      {
        kind: 'bullets',
        title: c.text('stretching.doseTitle'),
        items: [
          // Knee to chest is one-sided: its dose says "on each side" (brief §8).
          ...p.stretches.map((stretch) =>
            stretch === 'knee-to-chest'
              ? c.item('stretching.kneeToChest.dose', ['ED'], { count: p.reps })
              : c.item('stretching.childsPose.dose', ['ED'], { count: p.reps }),
          ),
          c.item('stretching.daily', ['001'], { count: p.timesPerDay }),
        ],
      },
      {
        kind: 'callout',
        tone: 'caution',
        title: c.text('stretching.rulesTitle'),
        items: [
          c.item('stretching.pull', ['CONS']),
          c.item('stretching.bounce', ['CONS']),
          c.item('stretching.stop', ['004', 'CONS']),
          c.item('common.stopNext', ['ED'], { number: c.brand.emergencyNumber }),
        ],
      },
    ],
  }),
});
