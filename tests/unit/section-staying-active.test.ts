import { describe, expect, it } from 'vitest';

import { ZHandoutSpecSchema } from '@/lib/spec/schema';

import { payloadOf } from '../helpers/payload';
import { sectionView } from '../helpers/section-view';

/*
 * Staying active as the patient reads it (brief §8: the walks' progression stops at a cap; "stretch
 * gently" only where a stretch is taught; the easy days' walks add up to an hour at most, and the form
 * says why a value is refused). No PDF is drawn.
 */
const BRAND = { name: 'Test Clinic', phone: '555-0100' };
const active = (params: Record<string, unknown> = {}, others: { id: string }[] = []) =>
  sectionView({ id: 'staying-active', params }, { others });

const START = [
  '# Keep moving',
  '- Stop the activity that started the spasm.',
  "- Rest in a comfy position when the pain is worst. Don't stay in bed all day.",
];
const WHY = '- Moving a little helps your back get better faster.';

describe('staying active', () => {
  it('by default: 2 easy days, 4 walks of about 5 minutes, adding up to 30, and no stretch named', () => {
    expect(active()).toEqual([
      ...START,
      '- For the first 2 days, keep your activity light and easy.',
      '- Take short, easy walks 4 times a day.',
      '- Walk for about 5 minutes each time.',
      '- Each day, add 1 or 2 minutes to each walk if you feel OK. Stop adding at about 30 minutes a walk.',
      '- If a cramp starts, stop for a moment. Change position slowly and breathe out.',
      WHY,
    ]);
  });

  it('no easy days, no daily additions, the other activities in the order chosen, the work note last', () => {
    expect(
      active(
        {
          easyDays: 0,
          addMinutesDaily: false,
          otherActivities: ['stairs', 'bike', 'treadmill'],
          workNote: 'No lifting over 10 kg for 2 weeks.',
        },
        [{ id: 'stretching' }],
      ),
    ).toEqual([
      ...START,
      '- Take short, easy walks 4 times a day.',
      '- Walk for about 5 minutes each time.',
      '- You can also climb 1 flight of stairs.',
      '- You can also ride an exercise bike slowly.',
      '- You can also walk slowly on a treadmill.',
      '- If a cramp starts, stop for a moment and stretch gently.',
      WHY,
      '## Work and lifting',
      '- No lifting over 10 kg for 2 weeks.',
    ]);
  });

  it('1 easy day, 2 walks of 15 minutes up to 45: the numbers as set', () => {
    expect(active({ easyDays: 1, walksPerDay: 2, walkMinutes: 15, walkCapMinutes: 45 })).toEqual([
      ...START,
      '- For the first day, keep your activity light and easy.',
      '- Take short, easy walks 2 times a day.',
      '- Walk for about 15 minutes each time.',
      '- Each day, add 1 or 2 minutes to each walk if you feel OK. Stop adding at about 45 minutes a walk.',
      '- If a cramp starts, stop for a moment. Change position slowly and breathe out.',
      WHY,
    ]);
  });

  it('names the stretch for a cramp only when the handout teaches one, wherever it is listed', () => {
    const cramp = (others: { id: string }[]) => active({}, others).find((line) => line.includes('cramp'));
    expect(cramp([{ id: 'hydration' }])).toBe(
      '- If a cramp starts, stop for a moment. Change position slowly and breathe out.',
    );
    expect(cramp([{ id: 'hydration' }, { id: 'stretching' }])).toBe(
      '- If a cramp starts, stop for a moment and stretch gently.',
    );
  });

  const issues = (params: Record<string, unknown>) =>
    ZHandoutSpecSchema.safeParse({
      brand: BRAND,
      sections: [{ id: 'staying-active', params }],
    }).error?.issues.map(({ path, message }) => ({ path: path.join('.'), message })) ?? [];

  it('explains a walking total over an hour on easy days, and a cap shorter than the first walk', () => {
    expect(issues({ easyDays: 1, walksPerDay: 5, walkMinutes: 13, walkCapMinutes: 12 })).toEqual([
      {
        path: 'sections.0.params.walksPerDay',
        message:
          '5 walks of 13 minutes is 65 minutes a day. On easy days keep the total at 60 minutes or less: fewer or shorter walks.',
      },
      {
        path: 'sections.0.params.walkCapMinutes',
        message: 'The longest walk (12 minutes) is shorter than the first walk (13 minutes).',
      },
    ]);
    expect(issues({ easyDays: 1, walksPerDay: 4, walkMinutes: 15, walkCapMinutes: 15 })).toEqual([]);
  });

  it('refuses the same other activity twice', () => {
    expect(issues({ otherActivities: ['bike', 'stairs', 'bike'] })).toEqual([
      { path: 'sections.0.params.otherActivities', message: 'Each choice may appear only once.' },
    ]);
    expect(issues({ otherActivities: ['bike', 'stairs'] })).toEqual([]);
  });

  it("tags the work note as the clinician's own text for the clinical owner's audit", () => {
    const section = payloadOf({
      brand: BRAND,
      sections: [{ id: 'staying-active', params: { workNote: 'No lifting over 10 kg for 2 weeks.' } }],
    }).sections[0];
    expect(section?.blocks[1]).toMatchObject({
      items: [
        {
          key: 'staying-active.workNote',
          text: 'No lifting over 10 kg for 2 weeks.',
          sources: ['CLINICIAN'],
        },
      ],
    });
  });
});
