import { describe, expect, it } from 'vitest';

import { sectionView } from '../helpers/section-view';

/*
 * The 7-day tracker (brief §8): a row per daily action of the other sections, with one box per time a
 * day, and always the "feels better" row last. Actions without a tick (drinking water) get no row.
 */
const HEAD = [
  '# 7-day tracker',
  'Tick a box each time you do it. Bring this page to your next visit.',
  '## Day 1 Day 2 Day 3 Day 4 Day 5 Day 6 Day 7',
];

describe('the tracker', () => {
  it('alone: seven days and the "feels better" row', () => {
    expect(sectionView({ id: 'tracker' })).toEqual([...HEAD, '- My back feels better today (1)']);
  });

  it('with cold 4 times a day, leg lifts twice and water: a row each for cold and the leg lifts', () => {
    expect(
      sectionView(
        { id: 'tracker' },
        {
          others: [
            { id: 'heat-cold', params: { mode: 'cold-only', coldMaxPerDay: 4 } },
            { id: 'leg-lift', params: { sessionsPerDay: 2 } },
            { id: 'hydration' },
          ],
        },
      ),
    ).toEqual([...HEAD, '- Cold (4)', '- Leg lifts (2)', '- My back feels better today (1)']);
  });
});
