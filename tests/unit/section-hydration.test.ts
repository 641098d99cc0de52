import { describe, expect, it } from 'vitest';

import { sectionView } from '../helpers/section-view';

/*
 * Hydration as the patient reads it (brief 1.9, safety correction S11): short and low-key; with a fluid
 * limit it never says to drink more, nor suggests sports drinks. No PDF is drawn.
 */
const hydration = (params: Record<string, unknown> = {}) => sectionView({ id: 'hydration', params });

const PLENTY = ['- Drink plenty of water through the day.', '- Pale yellow pee is a sign you drink enough.'];
const WHY = '- Too little water can make muscles tight. Water helps only if this is the cause.';
const ELECTROLYTES = [
  '- If you sweat a lot, a banana or a sports drink may help. Sports drinks have sugar.',
  '- If you have kidney disease, ask your doctor before you have bananas or sports drinks.',
];
const LIMIT = '- If your doctor limits how much you drink, follow that advice.';

describe('hydration', () => {
  it('by default: drink plenty, why, and the fluid-limit caution; no sports drinks', () => {
    expect(hydration()).toEqual(['# Drink water', ...PLENTY, WHY, LIMIT]);
  });

  it('with the electrolyte tip: the banana and sports drink lines with their kidney caution, before the limit', () => {
    expect(hydration({ electrolyteTip: true })).toEqual([
      '# Drink water',
      ...PLENTY,
      WHY,
      ...ELECTROLYTES,
      LIMIT,
    ]);
  });

  it('with a fluid limit: follow the doctor\'s advice, never "drink plenty", even with the electrolyte tip on', () => {
    const limited = ['# Drink water', "- Follow your doctor's advice on how much to drink.", WHY];
    expect(hydration({ fluidLimit: true })).toEqual(limited);
    expect(hydration({ fluidLimit: true, electrolyteTip: true })).toEqual(limited);
  });
});
