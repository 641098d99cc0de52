import { createHash } from 'node:crypto';

import { afterEach, beforeEach, expect, it } from 'vitest';

import { ZBrandSchema } from '@/lib/spec/brand';
import { ZHandoutSpecSchema } from '@/lib/spec/schema';
import { prepareLogo } from '@/lib/store/logo-upload';
import type { HandoutStore } from '@/lib/store/repository';

import { goodJpeg, goodPng } from '../fixtures/store/images';
import { NORTHSIDE } from '../fixtures/store/temp-store';
import { AS_ADMIN } from '../helpers/actors';
import { forEachEngine, type TTempStore } from '../helpers/engines';
import { refusal } from '../helpers/refusal';

forEachEngine('clinic profiles', (engine) => {
  let store: HandoutStore;
  let temp: TTempStore;
  beforeEach(async () => {
    temp = await engine.tempStore();
    store = temp.store;
  });
  afterEach(() => temp.cleanup());

  it('creates, reads, lists, updates and deletes a profile', async () => {
    const created = await store.brands.create(NORTHSIDE, AS_ADMIN);
    expect(created).toMatchObject({ ...NORTHSIDE, accentColor: '#7a1f5c', isDefault: true, logo: null });
    expect(await store.brands.get(created.id)).toEqual(created);

    const patched = await store.brands.update(created.id, { phone: '555-0123' }, AS_ADMIN);
    expect(patched).toMatchObject({ phone: '555-0123', name: NORTHSIDE.name, accentColor: '#7a1f5c' });
    expect(patched.updatedAt >= created.updatedAt).toBe(true);

    const replaced = await store.brands.replace(
      created.id,
      { name: 'Northside', phone: '555-0123' },
      AS_ADMIN,
    );
    expect(replaced.address).toBeUndefined();
    expect(replaced.emergencyNumber).toBe('911');
    expect((await store.brands.list()).map((brand) => brand.name)).toEqual(['Northside']);

    await store.brands.remove(created.id, AS_ADMIN);
    expect(await store.brands.list()).toEqual([]);
    expect((await refusal(store.brands.get(created.id))).code).toBe('not_found');
    expect((await refusal(store.brands.remove(created.id, AS_ADMIN))).code).toBe('not_found');
  });

  it('validates with the PDF brand rules and keeps the stored row unchanged on a bad update', async () => {
    const tooLight = await refusal(store.brands.create({ ...NORTHSIDE, accentColor: '#ffff66' }, AS_ADMIN));
    expect(tooLight.code).toBe('invalid_spec');
    expect(tooLight.issues[0]).toMatchObject({ path: 'accentColor' });
    expect(tooLight.issues[0]?.message).toMatch(/too light/);

    const created = await store.brands.create(NORTHSIDE, AS_ADMIN);
    const emoji = await refusal(store.brands.update(created.id, { name: 'Northside 🦴' }, AS_ADMIN));
    expect(emoji.issues).toEqual([{ path: 'name', message: expect.stringMatching(/Emoji/) }]);
    const unknown = await refusal(store.brands.update(created.id, { fax: '1' } as never, AS_ADMIN));
    expect(unknown.issues[0]?.message).toMatch(/fax/);
    expect(await store.brands.get(created.id)).toEqual(created);
  });

  it('keeps exactly one default profile', async () => {
    const first = await store.brands.create({ name: 'First', phone: '1' }, AS_ADMIN);
    const second = await store.brands.create({ name: 'Second', phone: '2' }, AS_ADMIN);
    const defaults = async () => (await store.brands.list()).filter((b) => b.isDefault).map((b) => b.name);
    expect(await defaults()).toEqual(['First']);

    await store.brands.update(second.id, { isDefault: true }, AS_ADMIN);
    expect(await defaults()).toEqual(['Second']);
    expect((await store.brands.getDefault())?.id).toBe(second.id);

    const third = await store.brands.create({ name: 'Third', phone: '3', isDefault: true }, AS_ADMIN);
    expect(await defaults()).toEqual(['Third']);

    const refused = await refusal(store.brands.update(third.id, { isDefault: false }, AS_ADMIN));
    expect(refused.issues[0]?.path).toBe('isDefault');
    expect(await defaults()).toEqual(['Third']);

    // Deleting the default hands it to the oldest remaining profile.
    await store.brands.remove(third.id, AS_ADMIN);
    expect(await defaults()).toEqual(['First']);
    await store.brands.remove(first.id, AS_ADMIN);
    expect(await defaults()).toEqual(['Second']);
    await store.brands.remove(second.id, AS_ADMIN);
    expect(await store.brands.getDefault()).toBeUndefined();
  });

  it('gives the PDF spec an inline brand with the stored logo as a PNG data URL', async () => {
    const created = await store.brands.create(NORTHSIDE, AS_ADMIN);
    const withLogo = await store.brands.setLogo(
      created.id,
      await prepareLogo(await goodPng(1200, 300)),
      AS_ADMIN,
    );
    expect(withLogo.logo).toMatchObject({ width: 960, height: 240 });

    const brand = await store.brands.forSpec(created.id);
    expect(brand.logo).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(ZBrandSchema.parse(brand)).toEqual(brand);
    expect(brand.afterHoursPhone).toBe(NORTHSIDE.afterHoursPhone);
    const spec = ZHandoutSpecSchema.parse({ brand, sections: [{ id: 'hydration' }] });
    expect(spec.brand.name).toBe(NORTHSIDE.name);

    await store.brands.removeLogo(created.id, AS_ADMIN);
    expect((await store.brands.forSpec(created.id)).logo).toBeUndefined();
  });

  it('stores only PNG bytes that match their hash, and keeps the previous logo otherwise', async () => {
    const created = await store.brands.create(NORTHSIDE, AS_ADMIN);
    const good = await prepareLogo(await goodPng());
    await store.brands.setLogo(created.id, good, AS_ADMIN);
    const other = await prepareLogo(await goodPng(400, 100, '#7a1f5c'));
    await expect(
      store.brands.setLogo(created.id, { ...other, sha256: good.sha256 }, AS_ADMIN),
    ).rejects.toThrow(/does not match its hash/);
    const jpeg = await goodJpeg();
    const asJpeg = { ...good, png: jpeg, sha256: createHash('sha256').update(jpeg).digest('hex') };
    await expect(store.brands.setLogo(created.id, asJpeg, AS_ADMIN)).rejects.toThrow(/not a PNG/);
    expect((await store.brands.get(created.id)).logo?.sha256).toBe(good.sha256);
    expect(await store.brands.getLogo(created.id)).toMatchObject({ sha256: good.sha256 });
  });

  it('deletes the logo with its profile (foreign key cascade)', async () => {
    const created = await store.brands.create(NORTHSIDE, AS_ADMIN);
    await store.brands.setLogo(created.id, await prepareLogo(await goodPng()), AS_ADMIN);
    const logoRows = async () =>
      (await engine.query(temp.location, 'SELECT count(*) AS n FROM brand_logos'))[0]?.n;
    expect(Number(await logoRows())).toBe(1);
    await store.brands.remove(created.id, AS_ADMIN);
    expect(Number(await logoRows())).toBe(0);
    expect((await refusal(store.brands.getLogo(created.id))).code).toBe('not_found');
  });
});
