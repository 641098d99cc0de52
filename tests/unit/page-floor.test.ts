import { afterEach, describe, expect, it } from 'vitest';

import { drawHandout } from '@/lib/pdf/draw';
import { layOut } from '@/lib/pdf/lay-out';
import { pageFloor, pageFloorStats, setPageFloorsOn } from '@/lib/pdf/page-floor';
import { prepareHandout } from '@/lib/pdf/prepare';
import { parseSpec } from '@/lib/pdf/render';
import { withoutPatientText } from '@/lib/spec/per-patient';
import type { THandoutSpec } from '@/lib/spec/schema';
import { HandoutDocument } from '@/templates/layout/document';

import { pdfText } from '../helpers/pdf';
import { loadSpec } from '../helpers/specs';

/* The page floor (lib/pdf/page-floor.ts): a long handout's discarded normal drawing is skipped, exactly. */

afterEach(() => setPageFloorsOn(true));

/** "Everything" for one patient: a name, a note and a work note (its own), and the clinician's medicine text. */
function everythingFor(name: string, extra: Record<string, unknown> = {}): THandoutSpec {
  const spec = loadSpec('examples/everything.json') as { sections: { id: string; params?: object }[] };
  return parseSpec({
    ...spec,
    ...extra,
    patient: { name, date: '2026-11-21' },
    sections: spec.sections.map((section) =>
      section.id === 'medicine'
        ? { id: 'medicine', params: { mode: 'clinician', clinicianText: `Ibuprofen 400 mg for ${name}.` } }
        : section,
    ),
  });
}

async function normalPages(spec: THandoutSpec): Promise<number> {
  const { payload } = await prepareHandout(spec);
  let pages = 0;
  await layOut(HandoutDocument({ payload, density: 'normal', onPageFill: (page) => (pages = page) }));
  return pages;
}

describe('the page floor of a handout', () => {
  it('skips the normal drawing of a second patient’s "everything", and draws the same bytes', async () => {
    const before = pageFloorStats();
    const first = await drawHandout(everythingFor('Maria Gonzalez'));
    const second = await drawHandout(everythingFor('Ahmed Al-Sayed'));
    const after = pageFloorStats();
    // The first copy learned the floor (its normal drawing was over the limit of 6), the second used it.
    expect(after.learned - before.learned).toBe(1);
    expect(after.skipped - before.skipped).toBe(1);
    setPageFloorsOn(false);
    expect(Buffer.compare(first.pdf, (await drawHandout(everythingFor('Maria Gonzalez'))).pdf)).toBe(0);
    expect(Buffer.compare(second.pdf, (await drawHandout(everythingFor('Ahmed Al-Sayed'))).pdf)).toBe(0);
    const { text, pages } = await pdfText(second.pdf);
    expect(text).toContain('Ahmed Al-Sayed');
    expect(pages).toBe(6);
  }, 120_000);

  it('holds one page count for every patient of a handout, nothing of theirs', async () => {
    setPageFloorsOn(true);
    const spec = everythingFor('Lin Wei', { locale: 'en', paper: 'a4' });
    const kept = pageFloorStats().kept;
    await drawHandout(spec);
    await drawHandout(everythingFor('Olga Petrova', { locale: 'en', paper: 'a4' }));
    expect(pageFloorStats().kept - kept).toBe(1);
    // The spec it is keyed and laid out by carries no per-patient text.
    const blank = withoutPatientText(spec);
    expect(JSON.stringify(blank)).not.toMatch(/Lin Wei|Ibuprofen|office work|leg lifts next week|2026-11-21/);
  }, 120_000);

  it('learns nothing from a handout within its limit', async () => {
    const before = pageFloorStats();
    await drawHandout(parseSpec({ ...loadSpec('examples/first-visit.json'), patient: { name: 'Sam Lee' } }));
    expect(pageFloorStats().learned).toBe(before.learned);
  }, 60_000);

  it('lets the tighter drawing go first only over the limit, and win only with fewer pages', async () => {
    const floor = pageFloor(everythingFor('Kim Park', { paper: 'a4', locale: 'es' }), {});
    expect(floor.isOver(0)).toBe(false);
    await floor.learn(9, () => Promise.resolve(8));
    expect([floor.isOver(7), floor.isOver(8)]).toEqual([true, false]);
    expect([floor.beats(7), floor.beats(8)]).toEqual([true, false]);
  });

  // What the floor rests on: per-patient text only adds lines, so no patient's normal drawing is shorter.
  it.each([
    ['en', 'letter'],
    ['ar', 'a4'],
    ['zh-Hans', 'letter'],
  ])(
    'is never more pages than a patient’s normal drawing (%s, %s)',
    async (locale, paper) => {
      const long = 'Please walk to the corner and back twice a day, and rest in between. '.repeat(8);
      const spec = everythingFor('Alexandria Catherine Montgomery-Whitfield', {
        locale,
        paper,
        note: long.slice(0, 600),
      });
      const [blank, patient] = [await normalPages(withoutPatientText(spec)), await normalPages(spec)];
      expect(blank).toBeGreaterThan(5);
      expect(blank).toBeLessThanOrEqual(patient);
    },
    120_000,
  );
});
