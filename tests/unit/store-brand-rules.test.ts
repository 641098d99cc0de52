import { afterEach, beforeEach, expect, it } from 'vitest';

import type { HandoutStore } from '@/lib/store/repository';

import { AS_ADMIN } from '../helpers/actors';
import { forEachEngine, type TTempStore } from '../helpers/engines';
import { refusal } from '../helpers/refusal';

/*
 * The emergency number prints under "call ... or go to the emergency room now": a typo there sends a
 * patient nowhere. An unrecognised number needs the admin's confirmation, that confirmation belongs to
 * one number only, and the audit log says who confirmed which number (lib/store/brand-rules.ts).
 */

const UNLISTED = '555-6666';
const OTHER_UNLISTED = '555-7777';
const CLINIC = { name: 'Harbour Physio', phone: '555-0140' };
const noteFor = (number: string) =>
  `Emergency number ${number} confirmed by the admin although it is not on the recognised list.`;

forEachEngine('emergency number rules of a clinic profile', (engine) => {
  let store: HandoutStore;
  let temp: TTempStore;
  beforeEach(async () => {
    temp = await engine.tempStore();
    store = temp.store;
  });
  afterEach(() => temp.cleanup());

  /** The audit note of the newest entry: what a reviewer reads about the last change. */
  const lastNote = async () => (await store.settings.auditLog(1))[0]?.detail;

  it('refuses an unrecognised number without confirmation, naming the field and the number', async () => {
    const refused = await refusal(store.brands.create({ ...CLINIC, emergencyNumber: UNLISTED }, AS_ADMIN));
    expect(refused.code).toBe('invalid_spec');
    expect(refused.message).toBe('The clinic profile is not valid.');
    expect(refused.issues).toEqual([
      {
        path: 'emergencyNumber',
        message: expect.stringMatching(/^555-6666 is not an emergency number we recognise \(such as 911/),
      },
    ]);
    expect(await store.brands.list()).toEqual([]);
  });

  it('stores a confirmed unrecognised number and notes the confirmation; a recognised one needs no note', async () => {
    const confirmed = await store.brands.create(
      { ...CLINIC, emergencyNumber: UNLISTED, emergencyNumberConfirmed: true },
      AS_ADMIN,
    );
    expect(confirmed).toMatchObject({ emergencyNumber: UNLISTED, emergencyNumberConfirmed: true });
    expect(await lastNote()).toBe(noteFor(UNLISTED));

    await store.brands.create({ name: 'Second site', phone: '555-0141', emergencyNumber: '112' }, AS_ADMIN);
    expect(await lastNote()).toBeNull();
    // A confirmation sent with a recognised number (the API takes one) would make the note untrue.
    await store.brands.create(
      { name: 'Third site', phone: '555-0142', emergencyNumber: '999', emergencyNumberConfirmed: true },
      AS_ADMIN,
    );
    expect(await lastNote()).toBeNull();
  });

  it('keeps the confirmation of an unchanged number through a PATCH and a PUT, without a second note', async () => {
    const created = await store.brands.create(
      { ...CLINIC, emergencyNumber: UNLISTED, emergencyNumberConfirmed: true },
      AS_ADMIN,
    );
    const patched = await store.brands.update(created.id, { phone: '555-0150' }, AS_ADMIN);
    expect(patched).toMatchObject({
      phone: '555-0150',
      emergencyNumber: UNLISTED,
      emergencyNumberConfirmed: true,
    });
    expect(await lastNote()).toBeNull();

    const replaced = await store.brands.replace(
      created.id,
      { ...CLINIC, emergencyNumber: UNLISTED, website: 'harbour.example' },
      AS_ADMIN,
    );
    expect(replaced).toMatchObject({ website: 'harbour.example', emergencyNumberConfirmed: true });
    expect(await lastNote()).toBeNull();
  });

  it('asks a new unrecognised number for its own confirmation, never the old one’s', async () => {
    const created = await store.brands.create(
      { ...CLINIC, emergencyNumber: UNLISTED, emergencyNumberConfirmed: true },
      AS_ADMIN,
    );
    const refused = await refusal(
      store.brands.update(created.id, { emergencyNumber: OTHER_UNLISTED }, AS_ADMIN),
    );
    expect(refused.issues).toEqual([
      { path: 'emergencyNumber', message: expect.stringMatching(/^555-7777 is not an emergency number/) },
    ]);
    expect(await store.brands.get(created.id)).toEqual(created);

    const moved = await store.brands.update(
      created.id,
      { emergencyNumber: OTHER_UNLISTED, emergencyNumberConfirmed: true },
      AS_ADMIN,
    );
    expect(moved).toMatchObject({ emergencyNumber: OTHER_UNLISTED, emergencyNumberConfirmed: true });
    expect(await lastNote()).toBe(noteFor(OTHER_UNLISTED));

    // Back to a recognised number: the confirmation goes with the number it was given for.
    const recognised = await store.brands.update(created.id, { emergencyNumber: '911' }, AS_ADMIN);
    expect(recognised.emergencyNumberConfirmed).toBe(false);
    expect(await lastNote()).toBeNull();
    const again = await refusal(store.brands.update(created.id, { emergencyNumber: UNLISTED }, AS_ADMIN));
    expect(again.issues[0]?.path).toBe('emergencyNumber');
  });
});
