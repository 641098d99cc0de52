import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { fieldMap } from '@/lib/builder/fields';
import { defaultFormState, type FormState } from '@/lib/builder/form-state';
import { applyPreset, presetInputOf } from '@/lib/builder/presets';
import { builderReducer, type TBuilderAction } from '@/lib/builder/reducer';
import { toSpecInput } from '@/lib/builder/spec';
import { applyStarter } from '@/lib/builder/starters';
import { HandoutError } from '@/lib/errors';
import { describeSections } from '@/lib/spec/describe';
import {
  CLINIC_SPEC_FIELDS,
  PER_PATIENT_PARAMS,
  PER_PATIENT_SPEC_FIELDS,
  withoutPerPatientParams,
} from '@/lib/spec/per-patient';
import { ZHandoutSpecSchema } from '@/lib/spec/schema';
import type { HandoutStore } from '@/lib/store/repository';
import { ZPresetInputSchema } from '@/lib/store/schemas';

import { ACUTE_PRESET } from '../fixtures/store/temp-store';
import { AS_ADMIN } from '../helpers/actors';
import { forEachEngine, type TTempStore } from '../helpers/engines';

async function issuesOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (error instanceof HandoutError && error.code === 'invalid_spec') return error.issues;
  throw new Error(`expected invalid_spec, got ${String(error)}`);
}

describe('the preset schema', () => {
  it.each([
    ['patient', { name: 'Jane Doe', date: '2026-03-14' }],
    ['clinician', { name: 'Dr Who' }],
    ['note', 'Call Jane on Monday'],
    ['brand', { name: 'Clinic', phone: '1' }],
    ['patientName', 'Jane Doe'],
  ])('rejects a %s field instead of dropping it', (key, value) => {
    const result = ZPresetInputSchema.safeParse({ ...ACUTE_PRESET, [key]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: [key] });
  });

  it('validates sections exactly like a handout spec', () => {
    const duplicate = ZPresetInputSchema.safeParse({
      ...ACUTE_PRESET,
      sections: [{ id: 'hydration' }, { id: 'hydration' }],
    });
    expect(duplicate.error?.issues.map((issue) => issue.path)).toEqual([['sections', 1, 'id']]);
    const badParam = ZPresetInputSchema.safeParse({
      ...ACUTE_PRESET,
      sections: [{ id: 'heat-cold', params: { heatMinutes: 90 } }],
    });
    expect(badParam.error?.issues[0]?.path).toEqual(['sections', 0, 'params', 'heatMinutes']);
    const unknown = ZPresetInputSchema.safeParse({ ...ACUTE_PRESET, sections: [{ id: 'tarot' }] });
    expect(unknown.error?.issues[0]?.message).toMatch(/Unknown section "tarot"/);
  });
});

forEachEngine('presets', (engine) => {
  let store: HandoutStore;
  let temp: TTempStore;
  beforeEach(async () => {
    temp = await engine.tempStore();
    store = temp.store;
  });
  afterEach(() => temp.cleanup());

  it('has no table column that could hold a patient or clinician', async () => {
    await store.presets.list();
    const columns = await engine.query(temp.location, engine.columnsSql);
    expect(columns.map((row) => row.table)).toEqual(
      expect.arrayContaining(['brands', 'brand_logos', 'presets', 'schema_migrations', 'users', 'audit_log']),
    );
    const names = columns.map((row) => String(row.column));
    expect(names.filter((column) => /patient|clinician|note|birth|dob/i.test(column))).toEqual([]);
  });

  it('creates, lists, reads, renames and deletes', async () => {
    const created = await store.presets.create(ACUTE_PRESET, AS_ADMIN);
    expect(created.sections.map((section) => section.id)).toEqual([
      'heat-cold',
      'staying-active',
      'hydration',
    ]);
    expect(created.sections[0]?.params).toMatchObject({ mode: 'cold-then-heat', coldFirstDays: 1 });
    expect(await store.presets.get(created.id)).toEqual(created);

    const renamed = await store.presets.update(created.id, { name: '  Acute, week one ' }, AS_ADMIN);
    expect(renamed).toMatchObject({ name: 'Acute, week one', sections: created.sections, units: 'imperial' });

    const metric = await store.presets.update(created.id, { units: 'metric', paper: 'a4' }, AS_ADMIN);
    expect(metric).toMatchObject({ name: 'Acute, week one', units: 'metric', paper: 'a4' });

    await store.presets.remove(created.id, AS_ADMIN);
    expect(await store.presets.list()).toEqual([]);
  });

  it('starts a valid handout spec from a stored preset', async () => {
    const {
      id: _id,
      name: _name,
      createdAt: _c,
      updatedAt: _u,
      version: _v,
      ...content
    } = await store.presets.create(ACUTE_PRESET, AS_ADMIN);
    const spec = ZHandoutSpecSchema.parse({ ...content, brand: { name: 'Clinic', phone: '555-0100' } });
    expect(spec.sections.map((section) => section.id)).toEqual([
      'heat-cold',
      'staying-active',
      'hydration',
      'red-flags',
    ]);
  });

  it('keeps names unique, case-insensitively, and says so on the name field', async () => {
    const first = await store.presets.create(ACUTE_PRESET, AS_ADMIN);
    expect(
      await issuesOf(
        store.presets.create({ ...ACUTE_PRESET, name: ACUTE_PRESET.name.toUpperCase() }, AS_ADMIN),
      ),
    ).toEqual([{ path: 'name', message: expect.stringMatching(/already exists/) }]);
    const other = await store.presets.create({ ...ACUTE_PRESET, name: 'Other' }, AS_ADMIN);
    expect(await issuesOf(store.presets.update(other.id, { name: first.name }, AS_ADMIN))).toHaveLength(1);
    expect((await store.presets.get(other.id)).name).toBe('Other');
  });

  it('duplicates as "Name (copy)", then "(copy 2)", within the name limit', async () => {
    const created = await store.presets.create(ACUTE_PRESET, AS_ADMIN);
    const copy = await store.presets.duplicate(created.id, AS_ADMIN);
    const copy2 = await store.presets.duplicate(created.id, AS_ADMIN);
    expect([copy.name, copy2.name]).toEqual([`${ACUTE_PRESET.name} (copy)`, `${ACUTE_PRESET.name} (copy 2)`]);
    expect(copy.sections).toEqual(created.sections);
    expect(copy.id).not.toBe(created.id);

    const long = await store.presets.create({ ...ACUTE_PRESET, name: 'x'.repeat(80) }, AS_ADMIN);
    const longCopy = await store.presets.duplicate(long.id, AS_ADMIN);
    expect(longCopy.name).toHaveLength(80);
    expect(longCopy.name.endsWith(' (copy)')).toBe(true);
  });

  it('refuses a preset carrying patient data and stores nothing', async () => {
    const issues = await issuesOf(
      store.presets.create({ ...ACUTE_PRESET, patient: { name: 'Jane Doe' } } as never, AS_ADMIN),
    );
    expect(issues[0]?.message).toMatch(/patient/);
    expect(await store.presets.list()).toEqual([]);
  });

  it('answers not_found for an unknown id', async () => {
    const error = await store.presets
      .get('00000000-0000-4000-8000-000000000000')
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(HandoutError);
    expect((error as HandoutError).code).toBe('not_found');
  });
});

describe('a saved handout keeps every handout choice', () => {
  const NOT_SAVED: readonly string[] = [...PER_PATIENT_SPEC_FIELDS, ...CLINIC_SPEC_FIELDS];

  it('has a field for every spec field that is neither the patient’s nor the clinic’s', () => {
    const presetFields = Object.keys(ZPresetInputSchema.shape);
    const missing = Object.keys(ZHandoutSpecSchema.in.shape).filter(
      (field) => !NOT_SAVED.includes(field) && !presetFields.includes(field),
    );
    expect(missing).toEqual([]);
  });

  it('knows every free-text parameter as per-patient (a new one must be classified)', () => {
    const textParams = describeSections().flatMap((section) => {
      const { properties = {} } = section.params as {
        properties?: Record<string, { type?: string; enum?: unknown }>;
      };
      return Object.entries(properties)
        .filter(([, property]) => property.type === 'string' && !property.enum)
        .map(([name]) => `${section.id}.${name}`);
    });
    const perPatient = Object.entries(PER_PATIENT_PARAMS).flatMap(([id, names]) =>
      (names ?? []).map((name) => `${id}.${name}`),
    );
    expect(textParams.sort()).toEqual(perPatient.sort());
  });
});

forEachEngine('a saved handout, through the store', (engine) => {
  const NOT_SAVED: readonly string[] = [...PER_PATIENT_SPEC_FIELDS, ...CLINIC_SPEC_FIELDS];
  let store: HandoutStore;
  let temp: TTempStore;
  beforeEach(async () => {
    temp = await engine.tempStore();
    store = temp.store;
  });
  afterEach(async () => {
    await temp.cleanup();
  });

  it('brings back every choice that is not about the patient, through the store, into the form', async () => {
    const fields = fieldMap(describeSections());
    const run = (state: FormState, ...actions: TBuilderAction[]) => actions.reduce(builderReducer, state);
    const chosen = run(
      applyStarter(defaultFormState('2026-03-14'), 'everything', '2026-03-14'),
      { type: 'locale', value: 'es' },
      { type: 'secondaryLocale', value: 'en' },
      { type: 'paper', value: 'a4' },
      { type: 'units', value: 'metric' },
      { type: 'textSize', value: 'large' },
      { type: 'param', id: 'heat-cold', name: 'mode', value: 'heat-only' },
      { type: 'param', id: 'leg-lift', name: 'reps', value: 12 },
      { type: 'param', id: 'medicine', name: 'mode', value: 'clinician' },
      { type: 'param', id: 'medicine', name: 'clinicianText', value: 'Naproxen' },
      { type: 'move', id: 'leg-lift', by: -1 },
      { type: 'patient', field: 'name', value: 'Alex Rivera' },
      { type: 'clinician', field: 'name', value: 'Sam Lee' },
    );
    const saved = await store.presets.create(presetInputOf(chosen, fields, 'Every choice'), AS_ADMIN);
    const started = applyPreset(defaultFormState('2026-04-01'), saved, '2026-04-01');
    if (!started) throw new Error('the saved handout should start a handout');

    const choices = (state: FormState) => {
      const spec = toSpecInput(state, fields);
      const kept = Object.entries(spec).filter(([field]) => !NOT_SAVED.includes(field));
      return { ...Object.fromEntries(kept), sections: withoutPerPatientParams(spec.sections ?? []) };
    };
    expect(choices(started)).toEqual(choices(chosen));
    expect(started).toMatchObject({
      locale: 'es',
      secondaryLocale: 'en',
      paper: 'a4',
      units: 'metric',
      textSize: 'large',
    });
    expect(JSON.stringify(saved)).not.toMatch(/Alex|Sam Lee|Naproxen/);
  });
});
