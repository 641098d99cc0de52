import { describe, expect, it } from 'vitest';

import { buildPayload } from '@/lib/payload/build';
import {
  SECTION_MEMO_ENTRIES,
  sectionMemoEntries,
  sectionMemoSize,
  SINGLE_SECTION_MEMO_ENTRIES,
} from '@/lib/payload/section-memo';
import { ZSectionIdSchema } from '@/lib/spec/ids';
import { ZHandoutSpecSchema } from '@/lib/spec/schema';
import type { TOverrides } from '@/lib/translations/schema';

/*
 * lib/payload/section-memo.ts: a handout asked for again gets the sections built for the one before, and
 * any input a section reads builds them anew; a handout with a patient's text in a section is built and
 * never kept.
 */
const BRAND = { name: 'Harbour Physio', phone: '555-0100', emergencyNumber: '999' };
const ASSETS = { code: '1.0-TEST', creationDate: new Date(0), fontFamily: ['NotoSans'] };

const specOf = (extra: Record<string, unknown> = {}, heatMinutes = 15) =>
  ZHandoutSpecSchema.parse({
    brand: BRAND,
    sections: [{ id: 'heat-cold', params: { heatMinutes } }, { id: 'red-flags' }],
    ...extra,
  });
const build = (spec: ReturnType<typeof specOf>, overrides: TOverrides = {}) =>
  buildPayload(spec, { ...ASSETS, overrides });
const textOf = (payload: { sections: unknown }) => JSON.stringify(payload.sections);

describe('the section memo', () => {
  it('gives a handout asked for again the sections built before', () => {
    const first = build(specOf({ patient: { name: 'Ana Lima' } }));
    const again = build(specOf({ patient: { name: 'Ben Okafor' } }));
    expect(again.sections).toBe(first.sections);
    // The patient is in the header, built every time, never in the sections.
    expect(again.header.facts[0]?.value).toBe('Ben Okafor');
  });

  it('builds the sections anew when anything a section reads changes', () => {
    const base = build(specOf());
    expect(textOf(base)).toContain('15 minutes');
    expect(textOf(build(specOf({}, 12)))).toContain('12 minutes');
    expect(textOf(build(specOf({ brand: { ...BRAND, emergencyNumber: '112' } })))).toContain('112');
    expect(textOf(build(specOf({ brand: { ...BRAND, phone: '555-0177' } })))).toContain('555-0177');
    const spanish = build(specOf({ locale: 'es' }));
    expect(textOf(spanish)).toContain('15 minutos');
    const corrected = build(specOf({ locale: 'es' }), {
      es: { 'heat-cold.title': 'Calor o frío (revisado)' },
    });
    expect(corrected.sections[0]?.title).toBe('Calor o frío (revisado)');
    // And the handout from before is still what it was.
    expect(build(specOf({ locale: 'es' })).sections).toBe(spanish.sections);
  });

  it('keeps no section that holds a patient’s work note or medicine text', () => {
    const note = 'Works nights at the Ridge bakery';
    const medicine = 'Ibuprofen from Dr Varga, twice a day';
    const spec = specOf({
      sections: [
        { id: 'staying-active', params: { workNote: note } },
        { id: 'medicine', params: { mode: 'clinician', clinicianText: medicine } },
        { id: 'red-flags' },
      ],
    });
    const payload = build(spec);
    expect(textOf(payload)).toContain(note);
    expect(textOf(payload)).toContain(medicine);
    const kept = JSON.stringify(sectionMemoEntries());
    expect(kept).not.toContain('Ridge bakery');
    expect(kept).not.toContain('Dr Varga');
    expect(build(spec).sections).not.toBe(payload.sections);
  });

  it('reuses the other sections of a handout with a patient’s text, each built once', () => {
    const withNote = (workNote: string) =>
      specOf({
        sections: [
          { id: 'plan' },
          { id: 'staying-active', params: { workNote } },
          { id: 'heat-cold', params: { heatMinutes: 17 } },
          { id: 'red-flags' },
        ],
      });
    const first = build(withNote('Desk work only, Ridge bakery'));
    const second = build(withNote('No lifting at the Ridge bakery'));
    expect(textOf(second)).toContain('No lifting at the Ridge bakery');
    expect(textOf(second)).not.toContain('Desk work only');
    // The plan, heat and red flags are the ones built before (the drawings' legend is added to each
    // handout, so compare a block the section built); the section with the note is new.
    const built = (payload: typeof first, index: number) => payload.sections[index]?.blocks.at(-1);
    for (const index of [0, 2, 3]) expect(built(second, index)).toBe(built(first, index));
    expect(built(second, 1)).not.toBe(built(first, 1));
    // Without the note, staying active is built for everyone and kept; the rest are still reused.
    const without = build(withNote(''));
    expect(textOf(without)).not.toContain('Ridge bakery');
    expect(built(without, 2)).toBe(built(first, 2));
    expect(JSON.stringify(sectionMemoEntries())).not.toContain('Ridge bakery');
  });

  it('shares sections nobody can change, and holds a bounded number', () => {
    const { sections } = build(specOf());
    expect(() => {
      (sections[0] as { title: string }).title = 'changed';
    }).toThrow(TypeError);
    // Every section of the catalogue, in 77 handouts: over a thousand sections, built one by one.
    const others = ZSectionIdSchema.options.filter((id) => id !== 'heat-cold').map((id) => ({ id }));
    for (let minutes = 10; minutes <= 20; minutes += 1)
      for (const locale of ['en', 'es', 'fr', 'vi', 'ko', 'ar', 'ru'])
        build(
          specOf({ locale, sections: [{ id: 'heat-cold', params: { heatMinutes: minutes } }, ...others] }),
        );
    expect(sectionMemoSize()).toEqual({
      handouts: SECTION_MEMO_ENTRIES,
      sections: SINGLE_SECTION_MEMO_ENTRIES,
    });
  });
});
