import { describe, expect, it } from 'vitest';

import { sectionView } from '../helpers/section-view';

/*
 * Sleeping positions as the patient reads them (brief 1.8, source 000 only): the positions chosen, in
 * the order chosen, each with its drawing, then the bed tips (never sleep on a heating pad). No PDF.
 */
const sleep = (params: Record<string, unknown> = {}) => sectionView({ id: 'sleep-positions', params });

const SIDE = [
  '## On your side',
  '[A person sleeps on their side with a pillow between their knees. | A pillow between the knees]',
  '- Lie on your side. Bend your knees a little.',
  '- Put a pillow between your knees.',
  '- Use a head pillow that keeps your neck level.',
];
const TIPS = [
  '## Tips for bed',
  '- Roll onto your side to get in and out of bed.',
  '- Never sleep on a heating pad.',
];

describe('sleeping positions', () => {
  it('by default: on your side, then on your back, then the tips', () => {
    expect(sleep()).toEqual([
      '# Sleeping positions',
      ...SIDE,
      '## On your back',
      '[A person sleeps on their back with a pillow under their knees. | A pillow under the knees]',
      '- Lie on your back.',
      '- Put a pillow under your knees. This takes pressure off your back.',
      ...TIPS,
    ]);
  });

  it('low back support first when chosen first, with its "only if the pain is not too bad"', () => {
    expect(sleep({ positions: ['back-knee-low-back-pillow', 'side-knee-pillow'] })).toEqual([
      '# Sleeping positions',
      '## On your back with low back support',
      '[A person sleeps on their back with a pillow under their knees and a rolled towel under their low back. | A rolled towel under the low back]',
      '- Lie on your back with a pillow under your knees.',
      '- Add a small pillow or rolled towel under your low back.',
      '- Use this only if your pain is not too bad.',
      ...SIDE,
      ...TIPS,
    ]);
  });
});
