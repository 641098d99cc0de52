import { z } from 'zod';

import type { TContentItem } from '@/lib/payload/schema';
import { intParam } from '@/lib/spec/params';
import { printableText } from '@/lib/spec/text';

import { defineSection, type SectionIssue } from '../section';

const ZOtherActivitySchema = z.enum(['bike', 'treadmill', 'stairs']);

/** Brief §8: on the easy-activity days the walks shown add up to about an hour a day at most. */
export const EASY_DAY_MAX_WALK_MINUTES = 60;

const params = z
  .object({
    // Brief C2 and S7: relative rest for hours, never bed rest; easy days are 0-3.
    easyDays: intParam(0, 3, 2),
    walkMinutes: intParam(2, 15, 5),
    walksPerDay: intParam(2, 8, 4),
    addMinutesDaily: z.boolean().default(true),
    // Brief §8: the daily additions stop at about this many minutes a walk.
    walkCapMinutes: intParam(10, 45, 30),
    otherActivities: z
      .array(ZOtherActivitySchema)
      .refine((list) => new Set(list).size === list.length, 'Each choice may appear only once.')
      .default([]),
    /** Return-to-work or lifting advice written by the clinician for this patient. */
    workNote: printableText({ max: 300, isMultiline: true }).optional(),
  })
  .strict();
type TParams = z.output<typeof params>;

const OTHER = {
  bike: { key: 'staying-active.bike', sources: ['000'] },
  treadmill: { key: 'staying-active.treadmill', sources: ['002'] },
  stairs: { key: 'staying-active.stairs', sources: ['002'] },
} as const;

function validate(p: TParams): SectionIssue[] {
  const issues: SectionIssue[] = [];
  const total = p.walkMinutes * p.walksPerDay;
  if (p.easyDays > 0 && total > EASY_DAY_MAX_WALK_MINUTES) {
    issues.push({
      path: ['walksPerDay'],
      message: `${p.walksPerDay} walks of ${p.walkMinutes} minutes is ${total} minutes a day. On easy days keep the total at ${EASY_DAY_MAX_WALK_MINUTES} minutes or less: fewer or shorter walks.`,
    });
  }
  if (p.walkMinutes > p.walkCapMinutes) {
    issues.push({
      path: ['walkCapMinutes'],
      message: `The longest walk (${p.walkCapMinutes} minutes) is shorter than the first walk (${p.walkMinutes} minutes).`,
    });
  }
  return issues;
}

export const stayingActive = defineSection({
  id: 'staying-active',
  params,
  validate,
  build: (p, c) => {
    // Brief §8: "stretch gently" only where the handout also teaches a stretch.
    const teachesStretch = c.sections.some((section) => section.id === 'stretching');
    const items: TContentItem[] = [
      c.item('staying-active.stop', ['001', '004']),
      c.item('staying-active.rest', ['000', '001', 'CONS']),
      ...(p.easyDays > 0 ? [c.item('staying-active.easy', ['001'], { count: p.easyDays })] : []),
      c.item('staying-active.walks', ['001'], { count: p.walksPerDay }),
      c.item('staying-active.length', ['001'], { count: p.walkMinutes }),
      ...(p.addMinutesDaily
        ? [c.item('staying-active.progress', ['ED'], { duration: c.quantity('minute', p.walkCapMinutes) })]
        : []),
      ...p.otherActivities.map((activity) => c.item(OTHER[activity].key, OTHER[activity].sources)),
      teachesStretch
        ? c.item('staying-active.cramp', ['002'])
        : c.item('staying-active.crampNoStretch', ['002', 'ED']),
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
