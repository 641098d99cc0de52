import { describe, expect, it } from 'vitest';

import { sectionView } from '../helpers/section-view';

/*
 * The stretches as the patient reads them (brief §8: each stretch has its hold step with the seconds; the
 * dose says "on each side" for a one-sided stretch; gentle work only during a spasm). No PDF is drawn.
 */
const stretching = (params: Record<string, unknown> = {}, brand: Record<string, unknown> = {}) =>
  sectionView({ id: 'stretching', params }, { brand });

const childsPose = (hold: number) => [
  "## Child's pose",
  '[A person kneels with their bottom on their heels, chest on their thighs, and arms forward. | Sit back toward your heels]',
  '1. Kneel on the floor. Your knees can be apart.',
  '2. Sit your bottom back toward your heels.',
  '3. Fold your chest down over your thighs.',
  '4. Rest your forehead on the floor or a pillow.',
  '5. Reach your arms forward on the floor.',
  `6. Stay there for ${hold} seconds. Keep breathing.`,
];
const rules = (emergency = '911') => [
  '## (caution) Stretch safely',
  '- A stretch should feel like a gentle pull, not pain.',
  '- Do not bounce. Keep breathing.',
  '- Stop if pain spreads down your leg, or if you feel numb or tingly.',
  `- Then rest in a position that eases your back. If it does not ease within a day, call us. If you have a sign from the red box, call ${emergency} now.`,
];

describe('stretching', () => {
  it("by default: child's pose after the worst pain, held 30 seconds, 3 times, once a day", () => {
    expect(stretching()).toEqual([
      '# Gentle stretches',
      'Start these once the worst pain has eased.',
      ...childsPose(30),
      '## How much',
      "- Child's pose: do it 3 times.",
      '- Stretch 1 time a day.',
      ...rules(),
    ]);
  });

  it('during a spasm, knee to chest first: its own hold step, "on each side", singular and plural counts', () => {
    expect(
      stretching(
        {
          stretches: ['knee-to-chest', 'childs-pose'],
          phase: 'during-spasm',
          reps: 1,
          holdSeconds: 15,
          timesPerDay: 2,
        },
        { emergencyNumber: '999' },
      ),
    ).toEqual([
      '# Gentle stretches',
      'You can start now, even during a spasm. Keep it gentle and pain-free.',
      '## (note) How to read the pictures',
      '- Arrows in the pictures show which way to move.',
      '## Knee to chest',
      '[A person lies on their back and pulls one bent knee toward the chest with both hands. | Pull one knee toward your chest]',
      '1. Lie on your back with both knees bent.',
      '2. Hold 1 knee with both hands.',
      '3. Gently pull it toward your chest.',
      '4. Stay there for 15 seconds. Keep breathing.',
      '5. Put it down and switch legs.',
      ...childsPose(15),
      '## How much',
      '- Knee to chest: do it 1 time on each side.',
      "- Child's pose: do it 1 time.",
      '- Stretch 2 times a day.',
      ...rules('999'),
    ]);
  });

  it('knee to chest alone, 5 times on each side, 3 times a day', () => {
    const text = stretching({ stretches: ['knee-to-chest'], reps: 5, timesPerDay: 3 });
    expect(text.slice(text.indexOf('## How much'), text.indexOf('## (caution) Stretch safely'))).toEqual([
      '## How much',
      '- Knee to chest: do it 5 times on each side.',
      '- Stretch 3 times a day.',
    ]);
    expect(text).not.toContain(childsPose(30)[0]);
  });
});
