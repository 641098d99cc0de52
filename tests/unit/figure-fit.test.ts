import { describe, expect, it } from 'vitest';

import type { TBlock } from '@/lib/payload/schema';
import { isShorterBeside } from '@/templates/kit/figure-fit';
import { createTheme } from '@/templates/theme';

type FigureBlock = Extract<TBlock, { kind: 'figure' }>;

const large = createTheme({
  accentColor: '#1d5c8a',
  direction: 'ltr',
  fontFamily: ['NotoSans'],
  textSize: 'large',
});

function figure(steps: string[]): FigureBlock {
  return {
    kind: 'figure',
    title: 'Legs on a couch',
    figures: [
      {
        illustration: 'legs-on-couch',
        description: 'A person lies on the floor with the lower legs on a couch seat.',
        caption: 'Hips and knees bent like a chair',
        isCrossedOut: false,
      },
    ],
    items: steps.map((text, index) => ({ key: `step.${index}`, text, sources: ['ED'] })),
    isNumbered: true,
    keepWithNext: false,
  };
}

// Issue 11, large print: a drawing goes beside its steps only where that saves height.
describe('a large-print figure beside its steps', () => {
  it('is chosen for a few short steps, which fit beside the drawing', () => {
    expect(
      isShorterBeside(
        large,
        figure(['Lie on your back on the floor.', 'Rest your lower legs on the couch seat.']),
      ),
    ).toBe(true);
  });

  it('is not chosen for long steps, which would run on for more lines than the drawing takes', () => {
    const long =
      'To get up, do the same steps the other way. Roll onto your side, push up onto your hands and knees, then use the chair to stand.';
    expect(isShorterBeside(large, figure([long, long, long, long, long]))).toBe(false);
  });
});
