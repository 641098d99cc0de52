import { describe, expect, it } from 'vitest';

import { ZHandoutSpecSchema } from '@/lib/spec/schema';

import { payloadOf } from '../helpers/payload';
import { sectionView } from '../helpers/section-view';

/*
 * The relief positions as the patient reads them (brief §8: getting down to the floor has its own
 * numbered steps, printed once, before the first floor position and never split from it; without the
 * floor, the log roll for a bed). No PDF is drawn: mutation testing runs this for every mutant.
 */
const relief = (params: Record<string, unknown> = {}, brand: Record<string, unknown> = {}) =>
  sectionView({ id: 'relief-positions', params }, { brand });

const INTRO = 'When the pain is worst, rest in a position that takes pressure off your back.';
const FLOOR = [
  '## Getting down to the floor and up again',
  '[Three pictures: a person kneels on one knee holding a chair seat, then is on hands and knees, then lies on their back with knees bent. | Chair, hands and knees, then on your back]',
  '1. Stand next to a sturdy chair and hold on to it.',
  '2. Go down on one knee, then on both knees.',
  '3. Put your hands on the floor. Lower yourself onto your side.',
  '4. Bend your knees and roll onto your back as one piece.',
  '5. To get up, do the same steps the other way. Roll onto your side, push up onto your hands and knees, then use the chair to stand.',
];
const belly = (n: number) => [
  '## On your stomach over pillows',
  `[A person lies face down with pillows under their belly and hips. | ${n} ${n === 1 ? 'pillow' : 'pillows'} under belly and hips]`,
  `- Lie face down over ${n} ${n === 1 ? 'pillow' : 'pillows'}.`,
  `- Place the ${n === 1 ? 'pillow' : 'pillows'} under your belly and hips.`,
  '- Turn your head to one side. Rest it on your arms.',
  '- Do not use this position late in pregnancy.',
];
const time = (minutes: number) =>
  `Stay in a position while it feels good, about ${minutes} minutes. Then change position or take a short walk.`;
const safety = (emergency = '911') => [
  '## (caution) Be careful',
  '- Stop any position that makes leg pain, numbness, or tingling worse.',
  `- Then rest in a position that eases your back. If it does not ease within a day, call us. If you have a sign from the red box, call ${emergency} now.`,
];
const LOG_ROLL = [
  '- To get up or down, bend your knees and roll onto your side as one piece.',
  '- Then push yourself up with your arms.',
];

describe('relief positions', () => {
  it('by default: the floor steps once, before legs on a couch, then the other positions and the time', () => {
    expect(relief({}, { emergencyNumber: '112' })).toEqual([
      '# Positions to ease the pain',
      INTRO,
      ...FLOOR,
      '## Legs on a couch',
      '[A person lies on their back on the floor with their lower legs resting on a couch seat. | Hips and knees bent like a chair]',
      '- Lie on your back on the floor.',
      '- Rest your lower legs on the couch seat.',
      '- Your hips and knees bend like a chair.',
      ...belly(2),
      '## On your back with a pillow under your knees',
      '[A person lies on their back with a pillow under their knees. | A pillow under the knees]',
      '- Lie on your back on the floor or a firm bed.',
      '- Put a pillow under your knees.',
      '- Let your arms and legs relax.',
      time(20),
      ...safety('112'),
    ]);
  });

  it('avoiding the floor: no floor steps, the back position on a bed, and the log roll instead', () => {
    expect(
      relief({
        positions: ['quiet-rest', 'back-knee-pillow', 'stomach-over-pillows'],
        avoidFloor: true,
        bellyPillows: 1,
        kneeSupport: 'bolster',
        minutes: 10,
      }),
    ).toEqual([
      '# Positions to ease the pain',
      INTRO,
      '## Rest in a quiet place',
      '- Sit or lie down in a calm, quiet place.',
      '- Breathe slowly and let your muscles relax.',
      '## On your back with a pillow under your knees',
      '[A person lies on their back with a pillow under their knees. | A long, round pillow under the knees]',
      '- Lie on your back on your bed.',
      '- Put a long, round pillow under your knees.',
      '- Let your arms and legs relax.',
      ...belly(1),
      time(10),
      ...safety(),
      ...LOG_ROLL,
    ]);
  });

  it('prints the floor steps before the first floor position, not at the top, and only once', () => {
    expect(
      relief({
        positions: ['side-knee-pillow', 'stomach-over-pillows', 'legs-on-couch', 'back-knee-pillow'],
        legSupport: 'chair',
        kneeSupport: 'two-pillows',
        bellyPillows: 3,
      }),
    ).toEqual([
      '# Positions to ease the pain',
      INTRO,
      '## On your side with a pillow between your knees',
      '[A person lies on their side with a pillow between their knees. | A pillow between the knees]',
      '- Lie on your side.',
      '- Bend your hips and knees a little.',
      '- Put a pillow between your knees.',
      ...belly(3),
      ...FLOOR,
      '## Legs on a chair',
      '[A person lies on their back on the floor with their lower legs resting on a chair seat. | Hips and knees bent like a chair]',
      '- Lie on your back on the floor.',
      '- Rest your lower legs on a chair seat.',
      '- Your hips and knees bend like a chair.',
      '## On your back with a pillow under your knees',
      '[A person lies on their back with a pillow under their knees. | 2 pillows under the knees]',
      '- Lie on your back on the floor or a firm bed.',
      '- Put 2 pillows under your knees.',
      '- Let your arms and legs relax.',
      time(20),
      ...safety(),
    ]);
  });

  // The drawing changes with the support, so its description (the text a screen reader speaks) must too.
  it.each([
    ['Legs on a couch', 'couch', 'on a couch seat'],
    ['Legs on a chair', 'chair', 'on a chair seat'],
    ['Legs on a footstool', 'ottoman', 'on a footstool'],
  ])('describes the drawing under "%s" as resting on that support', (title, legSupport, resting) => {
    const lines = relief({ positions: ['legs-on-couch'], legSupport });
    expect(lines[lines.indexOf(`## ${title}`) + 1]).toBe(
      `[A person lies on their back on the floor with their lower legs resting ${resting}. | Hips and knees bent like a chair]`,
    );
  });

  it('the back position alone starts on the floor; with the floor avoided it does not', () => {
    const onFloor = relief({ positions: ['back-knee-pillow'] });
    expect(onFloor.slice(2, 2 + FLOOR.length)).toEqual(FLOOR);
    expect(onFloor).not.toContain(LOG_ROLL[0]);
    const onBed = relief({ positions: ['back-knee-pillow'], avoidFloor: true });
    expect(onBed).not.toContain(FLOOR[0]);
    expect(onBed.slice(-2)).toEqual(LOG_ROLL);
  });

  it('keeps the floor steps on the page of the position after them, numbered', () => {
    const section = payloadOf({
      brand: { name: 'Test Clinic', phone: '555-0100' },
      sections: [{ id: 'relief-positions', params: { positions: ['quiet-rest', 'legs-on-couch'] } }],
    }).sections[0];
    const floor = section?.blocks.find(
      (block) => block.kind === 'figure' && block.title === 'Getting down to the floor and up again',
    );
    expect(floor).toMatchObject({ keepWithNext: true, isNumbered: true });
    expect(section?.blocks[2]).toBe(floor);
  });

  it('refuses legs on a couch when the floor is to be avoided, saying why', () => {
    const result = ZHandoutSpecSchema.safeParse({
      brand: { name: 'Test Clinic', phone: '555-0100' },
      sections: [{ id: 'relief-positions', params: { positions: ['legs-on-couch'], avoidFloor: true } }],
    });
    expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
      {
        path: ['sections', 0, 'params', 'avoidFloor'],
        message: '"Legs on a couch" needs the floor. Remove it or turn off "avoid the floor".',
      },
    ]);
  });
});
