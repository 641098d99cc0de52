import { describe, expect, it } from 'vitest';

import { buildPayload } from '@/lib/payload/build';
import { formatDate } from '@/lib/payload/format';
import type { TBlock } from '@/lib/payload/schema';
import { ZHandoutSpecSchema } from '@/lib/spec/schema';

import { payloadOf } from '../helpers/payload';

/*
 * Spec -> payload, field by field: the header, the clinic's lines, the footer, the drawing legend, the
 * second language and the left-to-right isolation of values in right-to-left text. The drawers print
 * exactly these strings, so a slip here is a slip on the page. (Issue 17: the payload was the folder
 * with the weakest mutation score.)
 */
const BRAND = {
  name: 'Harbour Physio',
  phone: '555-0100',
  afterHoursPhone: '555-0199',
  address: '1 Quay Road',
  website: 'harbour.example',
  emergencyNumber: '999',
};
const ASSETS = { code: '1.0-TEST', creationDate: new Date(0), fontFamily: ['NotoSans'] };

const build = (spec: Record<string, unknown>, assets: Partial<Parameters<typeof buildPayload>[1]> = {}) =>
  buildPayload(ZHandoutSpecSchema.parse({ brand: BRAND, sections: [{ id: 'hydration' }], ...spec }), {
    ...ASSETS,
    ...assets,
  });

const legendOf = (blocks: TBlock[]) =>
  blocks.flatMap((block, index) =>
    block.kind === 'callout' && block.title === 'How to read the pictures'
      ? [{ index, keys: block.items.map((item) => item.key), block }]
      : [],
  );

describe('the payload of a handout', () => {
  it('heads the handout with the patient, the date and the clinician, in that order', () => {
    const payload = build({
      patient: { name: 'Alex Rivera', date: '2026-11-21' },
      clinician: { name: 'Sam Lee', credentials: 'PT, DPT' },
    });
    expect(payload.header).toEqual({
      title: 'Low back spasm: your home care plan',
      subtitle: 'Your care team made this plan for you. Keep it where you can see it.',
      facts: [
        { label: 'For', value: 'Alex Rivera' },
        { label: 'Date', value: 'November 21, 2026' },
        { label: 'From', value: 'Sam Lee, PT, DPT' },
      ],
    });
  });

  it('leaves out the facts that were not given, and the credentials when there are none', () => {
    expect(build({}).header.facts).toEqual([]);
    expect(build({ clinician: { name: 'Sam Lee' } }).header.facts).toEqual([
      { label: 'From', value: 'Sam Lee' },
    ]);
    expect(build({ patient: { date: '2026-02-03' } }).header.facts).toEqual([
      { label: 'Date', value: 'February 3, 2026' },
    ]);
  });

  it('prints the note under its own title, and no note box without one', () => {
    expect(build({ note: 'Walk after lunch.' }).note).toEqual({
      title: 'A note from your care team',
      text: 'Walk after lunch.',
    });
    expect(build({}).note).toBeUndefined();
  });

  it("lists the clinic's lines in order, skipping those it does not have", () => {
    expect(build({}).brand).toMatchObject({
      name: 'Harbour Physio',
      contactLines: ['1 Quay Road', 'Phone 555-0100', 'After hours: 555-0199', 'harbour.example'],
    });
    expect(build({ brand: { name: 'Harbour Physio', phone: '555-0100' } }).brand.contactLines).toEqual([
      'Phone 555-0100',
    ]);
  });

  it('passes the normalised logo through, and none without one', () => {
    const data = Buffer.from('png bytes');
    expect(build({}, { logo: { data, format: 'png' } as never }).brand.logo).toEqual({ data, format: 'png' });
    expect(build({}).brand.logo).toBeUndefined();
  });

  it('gives the footer its clinic line, emergency line and page label, and the document its metadata', () => {
    const payload = build({});
    expect(payload.footer).toEqual({
      clinicLine: 'Harbour Physio · 555-0100',
      emergencyLine: 'Emergency? Call 999',
      pageLabel: 'Page {page} of {total}',
    });
    expect(payload.meta).toEqual({
      title: 'Low back spasm: your home care plan',
      author: 'Harbour Physio',
      subject: 'Home care for low back muscle spasm',
      creationDate: new Date(0),
    });
    expect(payload).toMatchObject({
      code: '1.0-TEST',
      fontFamily: ['NotoSans'],
      direction: 'ltr',
      locale: 'en-US',
    });
  });
});

describe('values inside right-to-left text', () => {
  it('isolates a phone number left to right on an Arabic handout, so it does not print as 0100-555', () => {
    const payload = build({ locale: 'ar' });
    expect(payload.direction).toBe('rtl');
    expect(payload.brand.contactLines).toContain('الهاتف \u200e555-0100\u200e');
    expect(payload.footer.clinicLine).toBe('\u200eHarbour Physio\u200e · \u200e555-0100\u200e');
  });

  it('leaves Arabic values, counts and English handouts alone', () => {
    const arabic = build({ locale: 'ar', brand: { ...BRAND, name: 'عيادة الميناء' } });
    expect(arabic.footer.clinicLine).toBe('عيادة الميناء · \u200e555-0100\u200e');
    // A count stays a number: i18next picks the plural form from it (Arabic has six), and answers a
    // marked-up string with the bare key.
    const counted = payloadOf({
      locale: 'ar',
      brand: BRAND,
      sections: [{ id: 'staying-active', params: { walksPerDay: 3 } }],
    });
    expect(JSON.stringify(counted.sections)).toContain('امشِ مشيًا قصيرًا وسهلًا 3 مرات في اليوم.');
    expect(build({}).footer.clinicLine).toBe('Harbour Physio · 555-0100');
  });
});

describe('a second language', () => {
  it('repeats every section in it, with its own title, direction and fonts', () => {
    const payload = build(
      { secondaryLocale: 'es', sections: [{ id: 'hydration' }, { id: 'leg-lift' }] },
      { secondaryFontFamily: ['NotoSans', 'NotoSansArabic'] },
    );
    expect(payload.secondary).toMatchObject({
      locale: 'es-US',
      languageName: 'Español',
      direction: 'ltr',
      lineBreaking: 'words',
      fontFamily: ['NotoSans', 'NotoSansArabic'],
    });
    expect(payload.secondary?.title).toBe(
      'Espasmo en la parte baja de la espalda: su plan de cuidado en casa',
    );
    expect(payload.secondary?.sections.map((section) => section.id)).toEqual(
      payload.sections.map((section) => section.id),
    );
    expect(payload.secondary?.sections[0]?.title).toBe('Tome agua');
  });

  it('is left out without a second language, or without fonts for it', () => {
    expect(build({}, { secondaryFontFamily: ['NotoSans'] }).secondary).toBeUndefined();
    expect(build({ secondaryLocale: 'es' }).secondary).toBeUndefined();
  });
});

describe('the drawing legend (brief §8)', () => {
  it('explains arrows once, just before the first drawing with arrows, and nothing else', () => {
    const payload = payloadOf({
      brand: BRAND,
      sections: [
        { id: 'relief-positions' },
        { id: 'stretching', params: { stretches: ['knee-to-chest'] } },
        { id: 'leg-lift' },
      ],
    });
    const [relief, stretches, legLift] = payload.sections;
    expect(legendOf(relief?.blocks ?? [])).toEqual([]);
    const [legend] = legendOf(stretches?.blocks ?? []);
    expect(legend?.keys).toEqual(['figures.arrows']);
    expect(legend?.block).toMatchObject({ tone: 'note', keepWithNext: true });
    // An editor's line, like every sentence: its source tag is kept for the clinical owner's audit.
    expect(legend?.block.kind === 'callout' && legend.block.items[0]?.sources).toEqual(['ED']);
    expect(stretches?.blocks[(legend?.index ?? 0) + 1]?.kind).toBe('figure');
    expect(legendOf(legLift?.blocks ?? [])).toEqual([]);
  });

  it('explains the red cross before the crossed-out heat drawing, and arrows later where they first appear', () => {
    const payload = payloadOf({ brand: BRAND, sections: [{ id: 'heat-cold' }, { id: 'leg-lift' }] });
    const [heat, legLift] = payload.sections;
    expect(legendOf(heat?.blocks ?? []).map((legend) => legend.keys)).toEqual([['figures.cross']]);
    expect(legendOf(heat?.blocks ?? [])[0]?.block).toMatchObject({ items: [{ sources: ['ED'] }] });
    expect(legendOf(legLift?.blocks ?? []).map((legend) => legend.keys)).toEqual([['figures.arrows']]);
  });

  it('has no legend on a handout without drawings', () => {
    const payload = payloadOf({ brand: BRAND, sections: [{ id: 'hydration' }, { id: 'medicine' }] });
    expect(payload.sections.flatMap((section) => legendOf(section.blocks))).toEqual([]);
  });
});

describe('dates', () => {
  it('prints Haitian Creole dates from its own month names (Node has no ht data)', () => {
    expect(formatDate('2026-11-21', 'ht')).toBe('21 novanm 2026');
    expect(formatDate('2026-02-03', 'ht')).toBe('3 fevriye 2026');
  });
});
