import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { TActor } from '@/lib/auth/roles';
import { HandoutError } from '@/lib/errors';
import { prepareLogo } from '@/lib/store/logo-upload';
import type { HandoutStore } from '@/lib/store/repository';
import { ZStoreExportSchema } from '@/lib/store/transfer-schema';
import { approve, correct, reviewView } from '@/lib/translations/service';

import { goodPng, truncatedPng } from '../fixtures/store/images';
import { ACUTE_PRESET, NORTHSIDE } from '../fixtures/store/temp-store';
import { AS_ADMIN, TEST_ADMIN } from '../helpers/actors';
import { forEachEngine, type TTempStore } from '../helpers/engines';

async function seed(store: HandoutStore) {
  const brand = await store.brands.create(NORTHSIDE, AS_ADMIN);
  await store.brands.setLogo(brand.id, await prepareLogo(await goodPng(500, 250, '#7a1f5c')), AS_ADMIN);
  await store.brands.create({ name: 'Southside Physio', phone: '555-0111' }, AS_ADMIN);
  await store.presets.create(ACUTE_PRESET, AS_ADMIN);
  await store.presets.create(
    {
      name: 'Prevention',
      units: 'metric',
      paper: 'a4',
      sections: [{ id: 'prevention' }],
    },
    AS_ADMIN,
  );
}

const ANA: TActor = { id: '00000000-0000-4000-8000-00000000000a', name: 'Ana Ruiz', role: 'reviewer' };
const BEN: TActor = { id: '00000000-0000-4000-8000-00000000000b', name: 'Ben Ortiz', role: 'admin' };
const TITLE = 'Espasmo en la parte baja de la espalda: su plan en casa';

/** Spanish corrected and partly reviewed (a red flag approved twice), French corrected once. */
async function seedTranslations(store: HandoutStore) {
  await correct(store, 'es', 'doc.title', TITLE, { actor: ANA });
  await approve(store, 'es', 'red-flags.saddle', { actor: ANA });
  await approve(store, 'es', 'red-flags.saddle', { actor: BEN });
  await approve(store, 'es', 'hydration.plenty', { actor: BEN });
  await correct(store, 'fr', 'units.minute_other', '{{count}} min', { actor: BEN });
}

/** What each string of a language shows on the review page: its text and its status. */
const reviewState = async (store: HandoutStore, locale: 'es' | 'fr') =>
  (await reviewView(store, locale)).strings.map(({ key, text, status }) => ({ key, text, status }));

async function snapshot(store: HandoutStore) {
  return {
    brands: await store.brands.list(),
    presets: await store.presets.list(),
    translations: await store.translations.overrides(['es', 'fr', 'pt']),
    es: await store.translations.get('es'),
  };
}

async function importIssues(store: HandoutStore, doc: unknown) {
  const error = await store.importAll(doc as never, TEST_ADMIN).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (error instanceof HandoutError && error.code === 'invalid_spec') return error.issues;
  throw new Error(`expected invalid_spec, got ${String(error)}`);
}

/** A file as another clinic's export would be, with the given profiles and presets. */
const exportFile = (brands: object[], presets: object[]) => ({
  format: 'clinic-handouts/v1',
  brands,
  presets,
});
const presetNamed = (name: string) => ({ ...ACUTE_PRESET, name });

describe('the export file schema', () => {
  it('refuses a preset name that appears twice, whatever its case, on the second one', () => {
    const file = exportFile([], [presetNamed('Acute week'), presetNamed('Other'), presetNamed('ACUTE WEEK')]);
    expect(ZStoreExportSchema.safeParse(file).error?.issues).toEqual([
      expect.objectContaining({ path: ['presets', 2, 'name'], message: 'This name appears twice.' }),
    ]);
  });

  it('keeps names that only an upper-case comparison would merge (ß is not ss): the store holds both', () => {
    const file = exportFile([], [presetNamed('Maße'), presetNamed('Masse')]);
    expect(ZStoreExportSchema.safeParse(file).error?.issues ?? []).toEqual([]);
  });

  it('refuses a file with two default profiles, and takes one with a single default', () => {
    const twoDefaults = exportFile(
      [
        { ...NORTHSIDE, isDefault: true },
        { name: 'Southside Physio', phone: '555-0111' },
        { name: 'Eastside Physio', phone: '555-0112', isDefault: true },
      ],
      [],
    );
    expect(ZStoreExportSchema.safeParse(twoDefaults).error?.issues).toEqual([
      expect.objectContaining({ path: ['brands'], message: 'Only one profile can be the default.' }),
    ]);
    const oneDefault = exportFile(
      [
        { ...NORTHSIDE, isDefault: true },
        { name: 'Southside', phone: '1' },
      ],
      [],
    );
    expect(ZStoreExportSchema.parse(oneDefault).brands.map((brand) => brand.isDefault)).toEqual([
      true,
      false,
    ]);
  });
});

forEachEngine('export and import', (engine) => {
  let source: TTempStore;
  let target: TTempStore;
  beforeEach(async () => {
    [source, target] = await Promise.all([engine.tempStore(), engine.tempStore()]);
  });
  afterEach(async () => {
    await Promise.all([source.cleanup(), target.cleanup()]);
  });

  it('exports profiles (logo inline) and presets in the shared format, and imports them elsewhere', async () => {
    await seed(source.store);
    const doc = await source.store.exportAll();
    expect(doc.format).toBe('clinic-handouts/v1');
    expect(doc.brands.map((brand) => brand.name)).toEqual([NORTHSIDE.name, 'Southside Physio']);
    expect(doc.brands[0]?.logo).toMatch(/^data:image\/png;base64,/);
    for (const item of [...doc.brands, ...doc.presets]) {
      expect(Object.keys(item)).not.toContain('id');
      expect(Object.keys(item)).not.toContain('createdAt');
    }
    expect(ZStoreExportSchema.parse(JSON.parse(JSON.stringify(doc)))).toEqual(doc);

    const result = await target.store.importAll(
      JSON.parse(JSON.stringify(doc)) as unknown as typeof doc,
      TEST_ADMIN,
    );
    expect(result.brands).toHaveLength(2);
    expect(result.presets).toHaveLength(2);
    expect(result.translations).toEqual([]);
    const copied = await snapshot(target.store);
    expect(
      copied.brands.map(({ name, isDefault, logo }) => ({ name, isDefault, hasLogo: logo !== null })),
    ).toEqual([
      { name: NORTHSIDE.name, isDefault: true, hasLogo: true },
      { name: 'Southside Physio', isDefault: false, hasLogo: false },
    ]);
    const original = await snapshot(source.store);
    expect(copied.presets.map(({ name, sections }) => ({ name, sections }))).toEqual(
      original.presets.map(({ name, sections }) => ({ name, sections })),
    );
  });

  it('keeps the receiving clinic’s default profile and renames clashing presets', async () => {
    await seed(source.store);
    const own = await target.store.brands.create({ name: 'Our clinic', phone: '555-0999' }, AS_ADMIN);
    await target.store.presets.create({ ...ACUTE_PRESET, sections: [{ id: 'hydration' }] }, AS_ADMIN);
    const result = await target.store.importAll(await source.store.exportAll(), TEST_ADMIN);
    expect(result.renamedPresets).toEqual([
      { from: ACUTE_PRESET.name, to: `${ACUTE_PRESET.name} (imported)` },
    ]);
    expect((await target.store.brands.getDefault())?.id).toBe(own.id);
  });

  it('carries the translation corrections and their review to a new machine', async () => {
    await seedTranslations(source.store);
    const doc = await source.store.exportAll();
    expect(Object.keys(doc.translations)).toEqual(['es', 'fr']);
    expect(doc.translations.es?.overrides).toEqual({ 'doc.title': TITLE });
    // In the order they were given, then by string: two given in the same millisecond come by string,
    // so the test compares them sorted (it failed once on a fast machine).
    const approvals = doc.translations.es?.approvals.map(({ key, reviewerName }) => `${key} ${reviewerName}`);
    expect(approvals?.sort()).toEqual([
      'doc.title Ana Ruiz',
      'hydration.plenty Ben Ortiz',
      'red-flags.saddle Ana Ruiz',
      'red-flags.saddle Ben Ortiz',
    ]);

    const result = await target.store.importAll(JSON.parse(JSON.stringify(doc)) as typeof doc, TEST_ADMIN);
    expect(result.translations).toEqual([
      { locale: 'es', corrections: 1, approvals: 4, kept: 0 },
      { locale: 'fr', corrections: 1, approvals: 1, kept: 0 },
    ]);
    // The review page on the new machine shows what it showed on the old one, string for string.
    for (const locale of ['es', 'fr'] as const) {
      expect(await reviewState(target.store, locale)).toEqual(await reviewState(source.store, locale));
    }
    const statuses = new Map((await reviewState(target.store, 'es')).map(({ key, status }) => [key, status]));
    expect([
      statuses.get('doc.title'),
      statuses.get('red-flags.saddle'),
      statuses.get('hydration.plenty'),
    ]).toEqual(['reviewed', 'reviewed', 'reviewed']);
    const log = await target.store.settings.auditLog(5);
    expect(log.map(({ action, target: { id } }) => [action, id])).toEqual([
      ['translation.import', 'fr'],
      ['translation.import', 'es'],
      ['store.import', null],
    ]);
    expect(log[1]).toMatchObject({
      fields: ['doc.title'],
      changes: { 'doc.title': { old: null, new: TITLE } },
    });
    // A second import of the same file adds nothing.
    const again = await target.store.importAll(doc, TEST_ADMIN);
    expect(again.translations).toEqual([
      { locale: 'es', corrections: 0, approvals: 0, kept: 0 },
      { locale: 'fr', corrections: 0, approvals: 0, kept: 0 },
    ]);
  });

  it('keeps the receiving clinic’s own correction of a string, and the file’s approvals of the other text out', async () => {
    await seedTranslations(source.store);
    const own = 'Espasmo lumbar: cómo cuidarse en casa';
    await correct(target.store, 'es', 'doc.title', own, { actor: BEN });
    const result = await target.store.importAll(await source.store.exportAll(), TEST_ADMIN);
    expect(result.translations[0]).toEqual({ locale: 'es', corrections: 0, approvals: 3, kept: 1 });
    const es = await target.store.translations.get('es');
    expect(es.overrides).toEqual({ 'doc.title': own });
    expect(
      es.approvals.filter(({ key }) => key === 'doc.title').map(({ reviewerName }) => reviewerName),
    ).toEqual(['Ben Ortiz']);
  });

  it('reads a file from before translations were exported', async () => {
    await seed(source.store);
    const { translations: _t, ...older } = await source.store.exportAll();
    const result = await target.store.importAll(older, TEST_ADMIN);
    expect(result.presets).toHaveLength(2);
    expect(await target.store.translations.overrides(['es'])).toEqual({ es: {} });
  });

  it.each([
    [
      'a correction that drops a variable',
      { es: { overrides: { 'doc.emergency': '¿Emergencia? Llame' }, approvals: [] } },
      'translations.es.overrides.doc.emergency.text',
      /Keep the variables of the English: \{\{number\}\} is missing/,
    ],
    [
      'a correction left in English',
      { fr: { overrides: { 'doc.title': 'Spasme : call us' }, approvals: [] } },
      'translations.fr.overrides.doc.title.text',
      /“call” is English/,
    ],
    [
      'a key the handout does not have',
      { es: { overrides: { 'doc.nothing': 'Nada' }, approvals: [] } },
      'translations.es.overrides.doc.nothing',
      /no string with this key/,
    ],
    [
      'an approval without its hashes',
      {
        es: {
          overrides: {},
          approvals: [
            { key: 'doc.title', reviewerId: 'x', reviewerName: 'X', at: '2026-11-27T10:00:00.000Z' },
          ],
        },
      },
      'translations.es.approvals[0].sourceHash',
      /./,
    ],
    ['English, which is the source', { en: { overrides: {}, approvals: [] } }, 'translations', /"en"/],
  ])(
    'changes nothing for %s in the translations and names the path',
    async (_label, translations, path, message) => {
      await seed(target.store);
      await seedTranslations(target.store);
      const before = await snapshot(target.store);
      const valid = await source.store.exportAll();
      const issues = await importIssues(target.store, {
        ...valid,
        presets: [{ name: 'New one', sections: [{ id: 'hydration' }] }],
        // A good language beside the bad one is not stored either.
        translations: {
          pt: { overrides: { 'units.minute_other': '{{count}} min' }, approvals: [] },
          ...translations,
        },
      });
      expect(issues).toContainEqual({ path, message: expect.stringMatching(message) });
      expect(await snapshot(target.store)).toEqual(before);
    },
  );

  it.each([
    ['a wrong format', (doc: Record<string, unknown>) => ({ ...doc, format: 'other/v9' }), 'format'],
    [
      'a preset with a patient',
      (doc: Record<string, unknown>) => ({
        ...doc,
        presets: [{ ...ACUTE_PRESET, patient: { name: 'Jane Doe' } }],
      }),
      'presets[0]',
    ],
    [
      'a bad section parameter',
      (doc: Record<string, unknown>) => ({
        ...doc,
        presets: [ACUTE_PRESET, { name: 'B', sections: [{ id: 'heat-cold', params: { heatMinutes: 90 } }] }],
      }),
      'presets[1].sections[0].params.heatMinutes',
    ],
    [
      'a too-light accent colour',
      (doc: Record<string, unknown>) => ({ ...doc, brands: [{ ...NORTHSIDE, accentColor: '#eeeeee' }] }),
      'brands[0].accentColor',
    ],
    [
      'two presets with one name',
      (doc: Record<string, unknown>) => ({ ...doc, presets: [ACUTE_PRESET, ACUTE_PRESET] }),
      'presets[1].name',
    ],
  ])('changes nothing for %s and names the path', async (_label, corrupt, path) => {
    await seed(target.store);
    const before = await snapshot(target.store);
    const valid = (await source.store.exportAll()) as unknown as Record<string, unknown>;
    const issues = await importIssues(target.store, corrupt(valid));
    expect(issues.map((issue) => issue.path)).toContain(path);
    expect(await snapshot(target.store)).toEqual(before);
  });

  it('re-checks inline logos and changes nothing when one is damaged', async () => {
    await seed(target.store);
    const before = await snapshot(target.store);
    const broken = `data:image/png;base64,${(await truncatedPng()).toString('base64')}`;
    const issues = await importIssues(target.store, {
      format: 'clinic-handouts/v1',
      brands: [
        { name: 'Fine', phone: '1' },
        { name: 'Broken logo', phone: '2', logo: broken },
      ],
      presets: [{ name: 'New one', sections: [{ id: 'hydration' }] }],
    });
    expect(issues).toEqual([{ path: 'brands[1].logo', message: expect.stringMatching(/damaged/) }]);
    expect(await snapshot(target.store)).toEqual(before);
  });
});
