import { describe, expect, it } from 'vitest';

import { sectionView } from '../helpers/section-view';

/*
 * The sections without parameters, word for word and in order: what a spasm is (reassure first, brief
 * C9 and S12), what to expect (C6; no promise of scans), and other care. No PDF is drawn.
 */
describe('sections without parameters', () => {
  it('about: what a spasm is, how it feels and starts, that most are not serious, what makes them likely', () => {
    expect(sectionView({ id: 'about' })).toEqual([
      '# What is a back spasm?',
      '- A back spasm is when the muscles in your low back suddenly tighten and cramp.',
      '- It can feel like a sharp pain, a dull ache, or a tight knot.',
      '- It can start after a simple move, like bending or lifting.',
      '- Your muscles may tighten to guard a sore spot in your back.',
      '- Most spasms come from strain. Most are not serious and get better with care at home.',
      '- Sitting a lot, heavy lifting, stress, and weak belly muscles can make spasms more likely.',
    ]);
  });

  it('what to expect: minutes for one spasm, days to weeks for a bout, no scan promised', () => {
    expect(sectionView({ id: 'what-to-expect' })).toEqual([
      '# What to expect',
      '- One spasm can last a few minutes.',
      '- A bout of spasms most often gets better over a few days to a few weeks.',
      '- If a disc in your back is part of the problem, it can take up to about 6 weeks.',
      '- Most people are much better within 6 weeks.',
      '- Spasms can come back for a while. This is common.',
      '- Most people do not need an X-ray or MRI. Your care team will tell you if you need one.',
      '- Ask your care team before you go back to heavy lifting or sports.',
    ]);
  });

  it('other care: a physical therapist, massage, a doctor', () => {
    expect(sectionView({ id: 'other-care' })).toEqual([
      '# Other care that can help',
      '- If home care does not help, a physical therapist can find the cause and teach you the right exercises.',
      '- Massage can ease tight, stiff muscles.',
      '- A doctor can give you medicine or other care if you need it.',
    ]);
  });
});
