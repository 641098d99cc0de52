import { describe, expect, it } from 'vitest';

import { ZHandoutSpecSchema } from '@/lib/spec/schema';

import { BOUNDS, boundSpec, valuesOf } from '../helpers/bounds';
import { expectInOrder } from '../helpers/order';
import { payloadText } from '../helpers/payload';

/*
 * The limits table and the heat-and-cold order of issue 17 on the payload's words, without drawing a PDF:
 * milliseconds per case, so that mutation testing (npm run test:mutation) can run it for every mutant of
 * the sections and the payload. The same expectations are checked on the PDF's text in
 * safety-property.test.ts and reading-order.test.ts.
 */
describe.each(BOUNDS.flatMap((bound) => valuesOf(bound).map((n) => ({ bound, n }))))(
  '$bound.section $bound.param = $n',
  ({ bound, n }) => {
    it('says what that value means, and nothing another value would', () => {
      const text = payloadText(boundSpec(bound, n));
      const { present, absent = [] } = bound.at(n);
      for (const line of present) expect(text, `missing "${line}"`).toContain(line);
      for (const line of absent) expect(text, `must not say "${line}"`).not.toContain(line);
    });
  },
);

describe.each([
  ['heat-first', ['Heating pad or warm pack', 'How to use cold']],
  ['patient-choice', ['Heating pad or warm pack', 'How to use cold']],
  ['cold-then-heat', ['How to use cold', 'Heating pad or warm pack']],
])('heat and cold in %s mode', (mode, order) => {
  it(`teaches ${order.join(' before ')}`, () => {
    const spec = {
      brand: { name: 'Test Clinic', phone: '555-0100' },
      sections: [{ id: 'heat-cold', params: { mode } }],
    };
    expectInOrder(payloadText(spec), order, mode);
  });
});

const refused = (spec: unknown) =>
  ZHandoutSpecSchema.safeParse(spec).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe.each(BOUNDS)('$section $param', (bound) => {
  it('refuses one step outside its limits', () => {
    for (const n of [bound.min - 1, bound.max + 1])
      expect(refused(boundSpec(bound, n)), `${n}`).toEqual([`sections.0.params.${bound.param}`]);
    for (const n of [bound.min, bound.max]) expect(refused(boundSpec(bound, n)), `${n}`).toEqual([]);
  });
});

describe('walks on easy days (brief §8)', () => {
  const walks = (easyDays: number, walkMinutes: number, walksPerDay: number, walkCapMinutes = 45) => ({
    brand: { name: 'Test Clinic', phone: '555-0100' },
    sections: [{ id: 'staying-active', params: { easyDays, walkMinutes, walksPerDay, walkCapMinutes } }],
  });

  it('allow 60 minutes a day in all, and any total once there are no easy days', () => {
    expect(refused(walks(1, 12, 5))).toEqual([]);
    expect(refused(walks(1, 13, 5))).toEqual(['sections.0.params.walksPerDay']);
    expect(refused(walks(0, 15, 8))).toEqual([]);
  });

  it('never start longer than the longest walk', () => {
    expect(refused(walks(0, 10, 2, 10))).toEqual([]);
    expect(refused(walks(0, 11, 2, 10))).toEqual(['sections.0.params.walkCapMinutes']);
  });
});
