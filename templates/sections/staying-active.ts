import { z } from 'zod';

import type { TContentItem } from '@/lib/payload/schema';
import { intParam } from '@/lib/spec/params';
import { printableText } from '@/lib/spec/text';

import { defineSection } from '../section';

const ZOtherActivitySchema = z.enum(['bike', 'treadmill', 'stairs']);

const params = z
  .object({
    // Brief C2 and S7: relative rest for hours, never bed rest; easy days are 0-3.
    easyDays: intParam(0, 3, 2),
    walkMinutes: intParam(2, 15, 5),
    walksPerDay: intParam(2, 8, 4),
    addMinutesDaily: z.boolean().default(true),
    otherActivities: z
      .array(ZOtherActivitySchema)
      .refine((list) => new Set(list).size === list.length, 'Each choice may appear only once.')
      .default([]),
    /** Return-to-work or lifting advice written by the clinician for this patient. */
    workNote: printableText({ max: 300, isMultiline: true }).optional(),
  })
  .strict();

const OTHER = {
  bike: { key: 'staying-active.bike', sources: ['000'] },
  treadmill: { key: 'staying-active.treadmill', sources: ['002'] },
  stairs: { key: 'staying-active.stairs', sources: ['002'] },
} as const;

export const stayingActive = defineSection({
  id: 'staying-active',
  params,
  build: (p, c) => {
    const items: TContentItem[] = [
      c.item('staying-active.stop', ['001', '004']),
      c.item('staying-active.rest', ['000', '001', 'CONS']),
      ...(p.easyDays > 0 ? [c.item('staying-active.easy', ['001'], { count: p.easyDays })] : []),
      c.item('staying-active.walks', ['001'], { count: p.walksPerDay }),
      c.item('staying-active.length', ['001'], { count: p.walkMinutes }),
      ...(p.addMinutesDaily ? [c.item('staying-active.progress', ['ED'])] : []),
      ...p.otherActivities.map((activity) => c.item(OTHER[activity].key, OTHER[activity].sources)),
      c.item('staying-active.cramp', ['002']),
      c.item('staying-active.why', ['000', 'CONS']),
    ];
    return {
      title: c.text('staying-active.title'),
      blocks: [
        { kind: 'bullets', items },
        ...(p.workNote
          ? [
              {
                kind: 'bullets' as const,
                title: c.text('staying-active.workTitle'),
                items: [
                  { key: 'staying-active.workNote', text: p.workNote, sources: ['CLINICIAN' as const] },
                ],
              },
            ]
          : []),
      ],
    };
  },
});
