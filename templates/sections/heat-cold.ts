import { z } from 'zod';

import type { TBlockInput } from '@/lib/payload/schema';
import { choiceSet, intParam } from '@/lib/spec/params';

import { type BuildContext, defineSection } from '../section';

// Brief C1: heat is the default first choice; cold is an option or the therapist's plan.
const ZModeSchema = z.enum(['heat-first', 'heat-only', 'cold-only', 'cold-then-heat', 'patient-choice']);
const ZHeatTypeSchema = z.enum(['pad', 'microwave-pack', 'damp-towel', 'shower']);

const params = z
  .object({
    mode: ZModeSchema.default('heat-first'),
    // Brief C3 and the developer notes: 15 minutes by default, 20 is a hard cap for burns and cold injury.
    heatMinutes: intParam(10, 20, 15),
    heatTimesPerDay: intParam(1, 6, 3),
    heatTypes: choiceSet(ZHeatTypeSchema, ['pad', 'microwave-pack']),
    /** The corrected "hot fomentation" (safety correction S4): off unless the therapist turns it on. */
    dampTowelSteps: z.boolean().default(false),
    coldMinutes: intParam(10, 20, 15),
    coldEveryHours: intParam(2, 4, 2),
    coldFirstDays: intParam(1, 3, 2),
  })
  .strict();
type TParams = z.output<typeof params>;

const HEAT_TYPES = {
  pad: 'heat-cold.heat.pad',
  'microwave-pack': 'heat-cold.heat.microwave',
  'damp-towel': 'heat-cold.heat.towel',
  shower: 'heat-cold.heat.shower',
} as const;

function intro(p: TParams, c: BuildContext): TBlockInput[] {
  const paragraph = (item: ReturnType<BuildContext['item']>): TBlockInput => ({ kind: 'paragraph', item });
  switch (p.mode) {
    case 'heat-first':
      return [
        paragraph(c.item('heat-cold.introHeatFirst', ['000', '002', 'CONS'])),
        paragraph(c.item('heat-cold.introCold', ['002', '003'])),
      ];
    case 'heat-only':
      return [paragraph(c.item('heat-cold.introHeatOnly', ['000', '002', 'CONS']))];
    case 'cold-only':
      return [paragraph(c.item('heat-cold.introColdOnly', ['001', '002']))];
    case 'cold-then-heat':
      return [paragraph(c.item('heat-cold.introColdThenHeat', ['001'], { count: p.coldFirstDays }))];
    case 'patient-choice':
      return [paragraph(c.item('heat-cold.introChoice', ['003', 'CONS']))];
  }
}

function heatBlocks(p: TParams, c: BuildContext): TBlockInput[] {
  const blocks: TBlockInput[] = [
    {
      kind: 'figure',
      title: c.text('heat-cold.heat.title'),
      figures: [
        { illustration: 'heat-do', description: c.text('heat-cold.heat.figureDo') },
        { illustration: 'heat-dont', description: c.text('heat-cold.heat.figureDont'), isCrossedOut: true },
      ],
      items: [
        ...p.heatTypes.map((type) => c.item(HEAT_TYPES[type], ['000', '001', 'CONS'])),
        // Locked (brief developer notes): the cloth layer and the skin check always print.
        c.item('heat-cold.heat.layer', ['CONS']),
        c.item('heat-cold.heat.position', ['CONS']),
        c.item('heat-cold.heat.time', ['001', 'CONS'], {
          duration: c.quantity('minute', p.heatMinutes),
          count: p.heatTimesPerDay,
        }),
        ...(p.heatTimesPerDay > 1 ? [c.item('heat-cold.heat.gap', ['ED'])] : []),
        c.item('heat-cold.heat.check', ['CONS']),
      ],
    },
  ];
  if (p.dampTowelSteps) {
    blocks.push({
      kind: 'steps',
      title: c.text('heat-cold.towel.title'),
      items: [
        c.item('heat-cold.towel.water', ['004', 'CONS']),
        c.item('heat-cold.towel.test', ['CONS']),
        c.item('heat-cold.towel.wring', ['004']),
        c.item('heat-cold.towel.time', ['CONS'], { duration: c.quantity('minute', p.heatMinutes) }),
      ],
    });
  }
  return blocks;
}

function coldBlock(p: TParams, c: BuildContext): TBlockInput {
  return {
    kind: 'steps',
    title: c.text('heat-cold.cold.title'),
    items: [
      c.item('heat-cold.cold.wrap', ['001', 'CONS']),
      c.item('heat-cold.cold.time', ['001', 'CONS'], { duration: c.quantity('minute', p.coldMinutes) }),
      c.item('heat-cold.cold.often', ['001'], { count: p.coldEveryHours }),
      c.item('heat-cold.cold.ice', ['CONS']),
      c.item('heat-cold.cold.check', ['CONS']),
      c.item('heat-cold.cold.raynaud', ['CONS']),
    ],
  };
}

export const heatCold = defineSection({
  id: 'heat-cold',
  params,
  build: (p, c) => {
    const usesHeat = p.mode !== 'cold-only';
    const usesCold = p.mode !== 'heat-only';
    const coldFirst = p.mode === 'cold-only' || p.mode === 'cold-then-heat';
    const heat = usesHeat ? heatBlocks(p, c) : [];
    const cold = usesCold ? [coldBlock(p, c)] : [];
    return {
      title: c.text('heat-cold.title'),
      blocks: [
        ...intro(p, c),
        ...(coldFirst ? [...cold, ...heat] : [...heat, ...cold]),
        {
          kind: 'callout',
          tone: 'caution',
          title: c.text('heat-cold.dont.title'),
          items: [
            ...(usesHeat
              ? [c.item('heat-cold.dont.lieOn', ['CONS']), c.item('heat-cold.dont.cream', ['CONS'])]
              : []),
            c.item('heat-cold.dont.max', ['CONS']),
            c.item('heat-cold.dont.skin', ['CONS']),
            c.item('heat-cold.dont.circulation', ['CONS']),
          ],
        },
      ],
    };
  },
});
