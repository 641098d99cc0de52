import { afterEach, beforeEach, expect, it } from 'vitest';

import type { TActor, TWriteContext } from '@/lib/auth/roles';
import type { HandoutStore } from '@/lib/store/repository';
import { catalog } from '@/lib/translations/catalog';
import {
  approve,
  correct,
  exportCorrections,
  importCorrections,
  reviewView,
} from '@/lib/translations/service';

import { forEachEngine, type TTempStore } from '../helpers/engines';
import { refusal } from '../helpers/refusal';

const ANA: TActor = { id: '00000000-0000-4000-8000-00000000000a', name: 'Ana Ruiz', role: 'reviewer' };
const BEN: TActor = { id: '00000000-0000-4000-8000-00000000000b', name: 'Ben Ortiz', role: 'admin' };
const as = (actor: TActor, expectedVersion?: number): TWriteContext => ({ actor, expectedVersion });

const TITLE = 'Espasmo en la parte baja de la espalda: su plan en casa';

const statusOf = async (store: HandoutStore, key: string) =>
  (await reviewView(store, 'es')).strings.find((string) => string.key === key)?.status;

forEachEngine('translation review', (engine) => {
  let temp: TTempStore;
  let store: HandoutStore;
  beforeEach(async () => {
    temp = await engine.tempStore();
    store = temp.store;
  });
  afterEach(() => temp.cleanup());

  it('starts with the shipped text, nothing reviewed, at version 1', async () => {
    const view = await reviewView(store, 'es');
    expect(view.version).toBe(1);
    expect(view.summary).toMatchObject({ state: 'draft', reviewed: 0, total: catalog('es').length });
    expect(view.strings.every((string) => string.status === 'open' && !string.isCorrected)).toBe(true);
  });

  it('stores a correction with the corrector’s approval, and the audit log keeps old and new text', async () => {
    const after = await correct(store, 'es', 'doc.title', TITLE, as(ANA, 1));
    expect(after).toMatchObject({ version: 2, overrides: { 'doc.title': TITLE } });
    const view = await reviewView(store, 'es');
    expect(view.strings.find((string) => string.key === 'doc.title')).toMatchObject({
      text: TITLE,
      isCorrected: true,
      status: 'reviewed',
      approvedBy: [{ name: 'Ana Ruiz' }],
    });
    const [entry] = await store.settings.auditLog(5);
    expect(entry).toMatchObject({
      action: 'translation.correct',
      actor: { name: 'Ana Ruiz', role: 'reviewer' },
      target: { type: 'translation', id: 'es', name: 'doc.title' },
      changes: { text: { old: null, new: TITLE } },
    });
    expect((await store.translations.overrides(['es', 'fr'])).es).toEqual({ 'doc.title': TITLE });
  });

  it('refuses a bad correction with a clear message and changes nothing', async () => {
    const missing = await refusal(correct(store, 'es', 'doc.emergency', '¿Emergencia? Llame', as(ANA, 1)));
    expect(missing.code).toBe('invalid_spec');
    expect(missing.issues).toEqual([
      { path: 'doc.emergency.text', message: 'Keep the variables of the English: {{number}} is missing.' },
    ]);
    const same = catalog('es').find((entry) => entry.key === 'doc.title')?.shipped ?? '';
    expect((await refusal(correct(store, 'es', 'doc.title', same, as(ANA, 1)))).message).toMatch(
      /Nothing changed/,
    );
    expect((await refusal(correct(store, 'en', 'doc.title', 'Title', as(ANA, 1)))).code).toBe('invalid_spec');
    expect(await store.translations.get('es')).toEqual({
      locale: 'es',
      version: 1,
      overrides: {},
      approvals: [],
    });
    expect(await store.settings.auditLog(5)).toEqual([]);
  });

  it('refuses a write naming a version that moved on (409) and keeps the other reviewer’s change', async () => {
    await correct(store, 'es', 'doc.title', TITLE, as(ANA, 1));
    const stale = await refusal(approve(store, 'es', 'doc.subject', as(BEN, 1)));
    expect(stale.code).toBe('conflict');
    expect((await store.translations.get('es')).overrides).toEqual({ 'doc.title': TITLE });
  });

  it('needs two different reviewers for a red flag and a safety line', async () => {
    for (const key of ['red-flags.saddle', 'medicine.two', 'heat-cold.dont.lieOn']) {
      let { version } = await approve(store, 'es', key, as(ANA));
      expect(await statusOf(store, key)).toBe('second');
      ({ version } = await approve(store, 'es', key, as(ANA, version)));
      expect(await statusOf(store, key), 'the same reviewer twice counts once').toBe('second');
      await approve(store, 'es', key, as(BEN, version));
      expect(await statusOf(store, key)).toBe('reviewed');
    }
    await approve(store, 'es', 'hydration.plenty', as(ANA));
    expect(await statusOf(store, 'hydration.plenty')).toBe('reviewed');
  });

  it('makes a string "changed since review" when the English it approved is no longer the English', async () => {
    await approve(store, 'es', 'doc.title', as(ANA));
    expect(await statusOf(store, 'doc.title')).toBe('reviewed');
    // An approval given to an earlier English source, as a new content version leaves it.
    await engine.query(temp.location, "UPDATE translation_approvals SET source_hash = '0123456789abcdef'");
    expect(await statusOf(store, 'doc.title')).toBe('changed');
  });

  it('is reviewed when every string is approved, twice where two are needed', async () => {
    let { version } = await store.translations.get('es');
    for (const entry of catalog('es')) {
      ({ version } = await approve(store, 'es', entry.key, as(ANA, version)));
      if (entry.safety) ({ version } = await approve(store, 'es', entry.key, as(BEN, version)));
    }
    const { summary } = await reviewView(store, 'es');
    expect(summary).toMatchObject({ state: 'reviewed', reviewed: summary.total, draftSections: [] });
    expect(summary.reviewedOn).toBe(new Date().toISOString().slice(0, 10));
    await correct(store, 'es', 'doc.title', TITLE, as(ANA, version));
    expect((await reviewView(store, 'es')).summary).toMatchObject({ state: 'reviewed' });
    await correct(store, 'es', 'red-flags.title', 'Cuándo buscar ayuda de inmediato', as(ANA, version + 1));
    expect((await reviewView(store, 'es')).summary).toMatchObject({
      state: 'partly',
      draftSections: ['red-flags'],
    });
  }, 120_000);

  it('exports the corrections in the shape of handout.json and imports them back, all or nothing', async () => {
    await correct(store, 'es', 'doc.title', TITLE, as(ANA, 1));
    await correct(store, 'es', 'units.minute_other', '{{count}} min', as(ANA, 2));
    const file = await exportCorrections(store, 'es');
    expect(file).toEqual({ doc: { title: TITLE }, units: { minute_other: '{{count}} min' } });

    const other = await engine.tempStore();
    try {
      const bad = { ...file, doc: { title: TITLE, emergency: 'Llame ya' } };
      const refused = await refusal(importCorrections(other.store, 'es', bad, as(BEN, 1)));
      expect(refused.issues.map((issue) => issue.path)).toEqual(['doc.emergency.text']);
      expect((await other.store.translations.get('es')).overrides).toEqual({});
      const imported = await importCorrections(other.store, 'es', file, as(BEN, 1));
      expect(imported.overrides).toEqual({ 'doc.title': TITLE, 'units.minute_other': '{{count}} min' });
      // Imported text is not approved: someone reads it in the app.
      expect(imported.approvals).toEqual([]);
      const [entry] = await other.store.settings.auditLog(1);
      expect(entry).toMatchObject({
        action: 'translation.import',
        fields: ['doc.title', 'units.minute_other'],
      });
    } finally {
      await other.cleanup();
    }
  });
});
