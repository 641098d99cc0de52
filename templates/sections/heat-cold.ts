import { z } from 'zod';

import type { TBlockInput, TContentItem } from '@/lib/payload/schema';
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
    // The warm damp towel is the corrected "hot fomentation" (S4): its steps print whenever it is chosen.
    heatTypes: choiceSet(ZHeatTypeSchema, ['pad', 'microwave-pack']),
    coldMinutes: intParam(10, 20, 15),
    coldEveryHours: intParam(2, 4, 2),
    // Brief §8: "every 2-4 hours as needed" gets a daily cap.
    coldMaxPerDay: intParam(2, 8, 6),
    coldFirstDays: intParam(1, 3, 2),
  })
  .strict();
type TParams = z.output<typeof params>;

/** Brief §8: wet heat (a damp towel) is 15 minutes even when the heat minutes are set higher. */
export const WET_HEAT_MAX_MINUTES = 15;

export const usesHeat = (p: TParams) => p.mode !== 'cold-only';
export const usesCold = (p: TParams) => p.mode !== 'heat-only';
/** A heating pad or a microwave pack: the only kinds a patient could lie on or need a cloth layer for. */
export const usesPadOrPack = (p: TParams) =>
  p.heatTypes.some((type) => type === 'pad' || type === 'microwave-pack');

/** How long one heat session lasts, per kind of heat chosen ("about 10 to 15 minutes" for a shower). */
export function heatDurations(p: TParams, c: Pick<BuildContext, 'quantity' | 'text'>): string[] {
  const durations = p.heatTypes.map((type) => {
    if (type === 'shower') return c.text('heat-cold.shower.duration');
    if (type === 'damp-towel') return c.quantity('minute', Math.min(p.heatMinutes, WET_HEAT_MAX_MINUTES));
    return c.quantity('minute', p.heatMinutes);
  });
  return [...new Set(durations)];
}

function intro(p: TParams, c: BuildContext): TBlockInput[] {
  const paragraph = (item: TContentItem): TBlockInput => ({ kind: 'paragraph', item });
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

/** Pad and pack lines (brief §8): the cloth layer, where to place it, never lying on it. */
function padOrPackBlock(p: TParams, c: BuildContext): TBlockInput {
  return {
    kind: 'figure',
    title: c.text('heat-cold.heat.padTitle'),
    figures: [
      {
        illustration: 'heat-do',
        description: c.text('heat-cold.heat.figureDo'),
        caption: c.text('heat-cold.heat.captionDo'),
      },
      {
        illustration: 'heat-dont',
        description: c.text('heat-cold.heat.figureDont'),
        caption: c.text('heat-cold.heat.captionDont'),
        isCrossedOut: true,
      },
    ],
    items: [
      ...(p.heatTypes.includes('pad') ? [c.item('heat-cold.heat.pad', ['000', '003', 'CONS'])] : []),
      ...(p.heatTypes.includes('microwave-pack')
        ? [c.item('heat-cold.heat.microwave', ['000', 'CONS'])]
        : []),
      // Locked (brief developer notes): the cloth layer prints with every pad or pack.
      c.item('heat-cold.heat.layer', ['CONS']),
      c.item('heat-cold.heat.position', ['CONS']),
      c.item('heat-cold.heat.time', ['001', 'CONS'], {
        duration: c.quantity('minute', p.heatMinutes),
        count: p.heatTimesPerDay,
      }),
    ],
  };
}

function towelBlock(p: TParams, c: BuildContext): TBlockInput {
  return {
    kind: 'steps',
    title: c.text('heat-cold.towel.title'),
    items: [
      c.item('heat-cold.towel.water', ['004', 'CONS']),
      c.item('heat-cold.towel.test', ['CONS']),
      c.item('heat-cold.towel.wring', ['004']),
      c.item('heat-cold.towel.time', ['CONS'], {
        duration: c.quantity('minute', Math.min(p.heatMinutes, WET_HEAT_MAX_MINUTES)),
        count: p.heatTimesPerDay,
      }),
    ],
  };
}

function heatBlocks(p: TParams, c: BuildContext): TBlockInput[] {
  return [
    ...(usesPadOrPack(p) ? [padOrPackBlock(p, c)] : []),
    ...(p.heatTypes.includes('damp-towel') ? [towelBlock(p, c)] : []),
    ...(p.heatTypes.includes('shower')
      ? [
          {
            kind: 'bullets' as const,
            title: c.text('heat-cold.shower.title'),
            items: [c.item('heat-cold.shower.time', ['CONS'], { count: p.heatTimesPerDay })],
          },
        ]
      : []),
    {
      kind: 'bullets',
      // Every kind of heat: the spacing of sessions and the skin check (brief §8).
      title: c.text('heat-cold.heat.title'),
      items: [
        ...(p.heatTimesPerDay > 1 ? [c.item('heat-cold.heat.gap', ['ED'])] : []),
        c.item('heat-cold.heat.check', ['CONS']),
        c.item('heat-cold.skinNext', ['ED']),
      ],
    },
  ];
}

function coldBlock(p: TParams, c: BuildContext): TBlockInput {
  return {
    kind: 'steps',
    title: c.text('heat-cold.cold.title'),
    items: [
      c.item('heat-cold.cold.wrap', ['001', 'CONS']),
      c.item('heat-cold.cold.time', ['001', 'CONS'], { duration: c.quantity('minute', p.coldMinutes) }),
      c.item('heat-cold.cold.often', ['001'], { count: p.coldEveryHours }),
      c.item('heat-cold.cold.max', ['ED'], { count: p.coldMaxPerDay }),
      c.item('heat-cold.cold.ice', ['CONS']),
      c.item('heat-cold.cold.check', ['CONS']),
      c.item('heat-cold.skinNext', ['ED']),
      c.item('heat-cold.cold.raynaud', ['CONS']),
    ],
  };
}

export const heatCold = defineSection({
  id: 'heat-cold',
  params,
  build: (p, c) => {
    const coldFirst = p.mode === 'cold-only' || p.mode === 'cold-then-heat';
    const heat = usesHeat(p) ? heatBlocks(p, c) : [];
    const cold = usesCold(p) ? [coldBlock(p, c)] : [];
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
            ...(usesHeat(p) && usesPadOrPack(p) ? [c.item('heat-cold.dont.lieOn', ['CONS'])] : []),
            ...(usesHeat(p) ? [c.item('heat-cold.dont.cream', ['CONS'])] : []),
            c.item('heat-cold.dont.max', ['CONS']),
            c.item('heat-cold.dont.skin', ['CONS']),
            c.item('heat-cold.dont.circulation', ['CONS']),
          ],
        },
      ],
    };
  },
});
