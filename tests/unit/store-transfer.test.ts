import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { HandoutError } from '@/lib/errors';
import { prepareLogo } from '@/lib/store/logo-upload';
import type { HandoutStore } from '@/lib/store/repository';
import { ZStoreExportSchema } from '@/lib/store/transfer-schema';

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

async function snapshot(store: HandoutStore) {
  return { brands: await store.brands.list(), presets: await store.presets.list() };
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
