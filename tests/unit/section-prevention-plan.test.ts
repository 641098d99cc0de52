import { describe, expect, it } from 'vitest';

import { sectionView } from '../helpers/section-view';

/*
 * Two short sections as the patient reads them: prevention (brief 1.11: the tips chosen, in the order
 * chosen, with the cool-down minutes) and the plan when no other section gives it a daily action (the
 * "each day" list is left out rather than printed empty). No PDF is drawn.
 */
describe('prevention', () => {
  const TITLE = [
    '# Prevent the next spasm',
    'Start these once the spasm has passed. They lower the chance of another one.',
  ];
  const WARNING = '- If your back feels tight or achy, take extra care with how you sit and lift.';

  it('by default: every tip, a 10-minute stretch after sports, then the warning', () => {
    expect(sectionView({ id: 'prevention' })).toEqual([
      ...TITLE,
      '- Keep a healthy weight.',
      '- Make your back and belly muscles stronger. Yoga or Pilates can help.',
      '- Stretch every day.',
      '- Exercise often. Walk, swim, or bike. Pick things you enjoy.',
      '- Sit with your low back supported. Get up and move often.',
      '- Lift with your legs. Bend your knees, keep the load close, and tighten your belly.',
      '- Warm up before sports. After, stretch for 10 minutes.',
      '- Calm stress with deep breathing, quiet time, or yoga.',
      '- Drink enough water.',
      WARNING,
    ]);
  });

  it('two tips in the order chosen, with a 5-minute cool-down', () => {
    expect(
      sectionView({ id: 'prevention', params: { items: ['warmup', 'weight'], coolDownMinutes: 5 } }),
    ).toEqual([
      ...TITLE,
      '- Warm up before sports. After, stretch for 5 minutes.',
      '- Keep a healthy weight.',
      WARNING,
    ]);
  });
});

describe('the plan', () => {
  it('with nothing to do each day, prints only when to get help', () => {
    expect(sectionView({ id: 'plan' }, { others: [{ id: 'about' }] })).toEqual([
      '# Your plan',
      '## (note) Know when to get help',
      '- Read “When to get help” at the end. If you have one of those signs, get help right away.',
      '- Bring this handout to your next visit.',
    ]);
  });

  it('with a daily action, lists it under "Each day" before when to get help', () => {
    expect(sectionView({ id: 'plan' }, { others: [{ id: 'hydration' }] })).toEqual([
      '# Your plan',
      '## Each day',
      '- Drink water through the day.',
      '## (note) Know when to get help',
      '- Read “When to get help” at the end. If you have one of those signs, get help right away.',
      '- Bring this handout to your next visit.',
    ]);
  });
});
