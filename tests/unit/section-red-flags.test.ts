import { describe, expect, it } from 'vitest';

import { sectionView } from '../helpers/section-view';

/*
 * The red flags as the patient reads them: lists A and B word for word and in order (locked, brief §4 as
 * worded in §8), the clinic's numbers as written, and list C's timing. No PDF is drawn.
 */
const redFlags = (params: Record<string, unknown> = {}, brand: Record<string, unknown> = {}) =>
  sectionView({ id: 'red-flags', params }, { brand });

const LIST_A = [
  '- You cannot control when you pee or poop (bladder or bowels).',
  '- You have new trouble starting to pee, or you cannot pee.',
  '- You feel numb between your legs or on your bottom.',
  '- One or both legs get weak fast, you have trouble standing, or your foot drags.',
  '- Your back hurts after a bad fall, a car crash, or a hard hit. This matters most if you are older or have weak bones.',
  '- You have back pain with chest pain, trouble breathing, fainting, or a sudden tearing pain in your belly.',
  '- You have a fever with bad back pain and feel very sick.',
];
const LIST_B = [
  '- Your legs or arms feel numb, tingly, or weak.',
  '- Pain spreads down your leg, mainly below the knee.',
  '- You have a fever or chills, or your back is red or warm to the touch.',
  '- You lose weight and do not know why.',
  '- Bad pain does not ease when you rest or change position, or it wakes you at night.',
  '- You cannot walk or move because of pain.',
  '- It burns when you pee, or there is blood in your pee, with back or side pain.',
  '- You have had cancer, you inject drugs, you have taken steroid medicine for a long time, or your body has a hard time fighting germs.',
  '- You are 50 or older and this back pain is new.',
];
const listC = (days: number, weeks: number) => [
  '## (note) Make an appointment if:',
  `- Your spasms are no better at all after ${days} days.`,
  `- You are not clearly better after ${weeks} weeks.`,
  '- Home care is not helping, or spasms keep coming back or get worse.',
  '- You are under 45, and your back is stiff for more than 30 minutes each morning but feels better when you move.',
];

describe('red flags', () => {
  it('by default: list A with 911, list B with the clinic phone and urgent care after hours, list C at 7 days and 4 weeks', () => {
    expect(redFlags()).toEqual([
      '# When to get help',
      '## (emergency) Call 911 or go to the emergency room now if:',
      ...LIST_A,
      '## (urgent) Call your doctor or clinic today at 555-0100 if:',
      ...LIST_B,
      '- When the clinic is closed, go to urgent care. For a sign in the red box, call 911.',
      ...listC(7, 4),
    ]);
  });

  it("with the clinic's own numbers: its emergency number, its phone once as written, its after-hours line", () => {
    expect(
      redFlags(
        { noBetterAfterDays: 3, notBetterAfterWeeks: 6 },
        { emergencyNumber: '112', phone: '(555) 0100', afterHoursPhone: '555-0199' },
      ),
    ).toEqual([
      '# When to get help',
      '## (emergency) Call 112 or go to the emergency room now if:',
      ...LIST_A,
      '## (urgent) Call your doctor or clinic today at (555) 0100 if:',
      ...LIST_B,
      '- When the clinic is closed, call 555-0199.',
      ...listC(3, 6),
    ]);
  });

  it('without an after-hours line, sends list A signs to the emergency number the clinic set', () => {
    expect(redFlags({}, { emergencyNumber: '999' })).toContain(
      '- When the clinic is closed, go to urgent care. For a sign in the red box, call 999.',
    );
  });
});
