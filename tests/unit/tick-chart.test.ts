import { describe, expect, it } from 'vitest';

import { boxRows } from '@/templates/kit/tick-chart';

/* The tracker's tick boxes per day: even rows, never a lone box left over (large print, 4 walks a day). */
describe('tick boxes in a day column', () => {
  it.each([
    [1, 4, [1]],
    [4, 4, [4]],
    [5, 4, [3, 2]],
    [8, 4, [4, 4]],
    [3, 3, [3]],
    [4, 3, [2, 2]],
    [7, 3, [3, 2, 2]],
    [8, 3, [3, 3, 2]],
  ])('%i boxes where %i fit a row: rows of %j', (count, fit, rows) => {
    expect(boxRows(count, fit)).toEqual(rows);
    expect(rows.reduce((sum, row) => sum + row, 0)).toBe(count);
  });
});
