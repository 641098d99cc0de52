import { z } from 'zod';

import type { TSourceTag } from '@/lib/spec/ids';
import { choiceSet, intParam } from '@/lib/spec/params';

import { defineSection } from '../section';

const ITEMS = {
  weight: ['000', '004'],
  strength: ['000', '001', '003', '004'],
  stretch: ['001', '003', '004'],
  cardio: ['001', '004'],
  posture: ['000', '002', '003', '004'],
  lifting: ['000'],
  warmup: ['004'],
  stress: ['003'],
  fluids: ['000', '002', '004'],
} as const satisfies Record<string, readonly [TSourceTag, ...TSourceTag[]]>;
type TItem = keyof typeof ITEMS;
const ZItemSchema = z.enum(Object.keys(ITEMS) as [TItem, ...TItem[]]);

const params = z
  .object({
    items: choiceSet(ZItemSchema, ZItemSchema.options),
    coolDownMinutes: intParam(5, 15, 10),
  })
  .strict();

export const prevention = defineSection({
  id: 'prevention',
  params,
  build: (p, c) => ({
    title: c.text('prevention.title'),
    blocks: [
      { kind: 'paragraph', item: c.item('prevention.intro', ['001', '003']) },
      {
        kind: 'bullets',
        // Short tips: two columns use the width (issue 11).
        columns: 2,
        items: [
          ...p.items.map((id) =>
            c.item(`prevention.${id}`, ITEMS[id], { duration: c.quantity('minute', p.coolDownMinutes) }),
          ),
          c.item('prevention.warning', ['000']),
        ],
      },
    ],
  }),
});
