import { describe, expect, it } from 'vitest';

import { drawIllustration } from '@/templates/illustrations';
import { shapeAttributes } from '@/templates/illustrations/shapes';

/*
 * templates/illustrations/shapes.ts: a drawing's shapes are made once, so each shape's SVG attributes
 * are worked out once and shared by every handout that draws it; nobody can change the shared copy.
 */
describe('shapeAttributes', () => {
  it('writes each kind of shape as SVG attributes, rounded to a tenth', () => {
    expect(
      shapeAttributes({ role: 'guide', kind: 'line', from: { x: 1.04, y: 2 }, to: { x: 3.06, y: 4 } }),
    ).toEqual({
      x1: 1,
      y1: 2,
      x2: 3.1,
      y2: 4,
    });
    expect(
      shapeAttributes({
        role: 'guide',
        kind: 'polyline',
        points: [
          { x: 0, y: 0.26 },
          { x: 10.01, y: 5 },
        ],
      }),
    ).toEqual({ points: '0,0.3 10,5' });
  });

  it('works a drawn shape’s attributes out once and shares them, frozen', () => {
    const [shape] = drawIllustration('legs-on-couch', { isCrossedOut: false });
    if (!shape) throw new Error('the drawing has no shapes');
    const attributes = shapeAttributes(shape);
    expect(shapeAttributes(shape)).toBe(attributes);
    expect(Object.isFrozen(attributes)).toBe(true);
  });
});
