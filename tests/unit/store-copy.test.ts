import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { copyStore } from '@/lib/store/copy';
import { prepareLogo } from '@/lib/store/logo-upload';
import type { HandoutStore } from '@/lib/store/repository';

import { goodPng } from '../fixtures/store/images';
import { ACUTE_PRESET, NORTHSIDE } from '../fixtures/store/temp-store';
import { AS_ADMIN } from '../helpers/actors';
import { pgSkipReason, POSTGRES, SQLITE, type TEngine, type TTempStore } from '../helpers/engines';

async function populate(store: HandoutStore) {
  const admin = await store.users.createFirstAdmin({
    username: 'owner',
    displayName: 'Clinic Owner',
    password: 'a long clinic password',
  });
  await store.users.create(
    { username: 'sam', displayName: 'Sam Lee', role: 'clinician', password: 'clinician password 1' },
    AS_ADMIN,
  );
  const north = await store.brands.create(NORTHSIDE, AS_ADMIN);
  await store.brands.setLogo(north.id, await prepareLogo(await goodPng(640, 200, '#7a1f5c')), AS_ADMIN);
  const south = await store.brands.create({ name: 'Southside Physio', phone: '555-0111' }, AS_ADMIN);
  await store.brands.setLogo(south.id, await prepareLogo(await goodPng(300, 300, '#1f5c7a')), AS_ADMIN);
  await store.brands.update(south.id, { isDefault: true }, AS_ADMIN);
  await store.presets.create(ACUTE_PRESET, AS_ADMIN);
  await store.presets.duplicate((await store.presets.list())[0]?.id ?? '', AS_ADMIN);
  await store.settings.update({ requireSignInToBuild: true }, { actor: { ...AS_ADMIN.actor, id: admin.id } });
  await store.settings.sessionSecret();
}

/** Everything a clinic would miss, as the store answers it, logos as bytes. */
async function contents(store: HandoutStore) {
  const brands = await store.brands.list();
  const logos = await Promise.all(brands.map(async (brand) => (await store.brands.getLogo(brand.id))?.png));
  const users = await Promise.all(
    (await store.users.list()).map((user) => store.users.findForSignIn(user.username)),
  );
  return {
    brands,
    logos,
    presets: await store.presets.list(),
    users,
    settings: await store.settings.get(),
    secret: await store.settings.sessionSecret(),
    audit: await store.settings.auditLog(1000),
  };
}

const reason = pgSkipReason();
describe.skipIf(reason !== '')(`npm run store:copy${reason && ` (skipped: ${reason})`}`, () => {
  const opened: TTempStore[] = [];
  const temp = async (engine: TEngine) => {
    const store = await engine.tempStore();
    opened.push(store);
    return store;
  };
  beforeEach(() => {
    opened.length = 0;
  });
  afterEach(async () => {
    await Promise.all(opened.map((store) => store.cleanup()));
  });

  it('round-trips a populated store SQLite -> PostgreSQL -> SQLite with nothing lost', async () => {
    const original = await temp(SQLITE);
    await populate(original.store);
    const before = await contents(original.store);
    expect(before.logos.every((png) => png && png.length > 100)).toBe(true);
    expect(before.audit.length).toBeGreaterThan(8);

    const middle = await temp(POSTGRES);
    const counts = await copyStore(`sqlite:${original.location}`, middle.location);
    expect(counts).toMatchObject({
      brands: 2,
      brand_logos: 2,
      presets: 2,
      users: 2,
      audit_log: before.audit.length,
    });
    const back = await temp(SQLITE);
    await copyStore(middle.location, `sqlite:${back.location}`);

    for (const copy of [middle, back]) {
      const after = await contents(copy.store);
      expect(after).toEqual(before);
      after.logos.forEach((png, index) =>
        expect(png?.equals(before.logos[index] ?? Buffer.alloc(0))).toBe(true),
      );
    }
    // The copy is a working store: the password still signs in, and new audit entries follow on.
    const moved = await middle.store.users.findForSignIn('sam');
    expect(moved?.passwordHash).toBe(before.users[1]?.passwordHash);
    await middle.store.presets.create({ name: 'After the move', sections: [{ id: 'hydration' }] }, AS_ADMIN);
    const [newest] = await middle.store.settings.auditLog(1);
    expect(newest?.seq).toBe((before.audit[0]?.seq ?? 0) + 1);
  });

  it('refuses a target that is not empty, and changes nothing there', async () => {
    const source = await temp(SQLITE);
    await populate(source.store);
    const target = await temp(POSTGRES);
    await target.store.presets.create(ACUTE_PRESET, AS_ADMIN);
    const before = await contents(target.store);
    await expect(copyStore(source.location, target.location)).rejects.toThrow(/not empty/);
    expect(await contents(target.store)).toEqual(before);
  });
});
