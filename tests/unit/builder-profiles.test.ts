import { describe, expect, it } from 'vitest';

import { fieldMap } from '@/lib/builder/fields';
import { defaultFormState, type FormState } from '@/lib/builder/form-state';
import { checkProfile, previewAccent, profileInput, profileValues } from '@/lib/builder/profile-form';
import { builderReducer, type TBuilderAction } from '@/lib/builder/reducer';
import { checkForm } from '@/lib/builder/spec';
import { parseDraft, serializeDraft } from '@/lib/builder/storage';
import { DEFAULT_ACCENT, type TBrand, ZBrandSchema } from '@/lib/spec/brand';
import { describeSections } from '@/lib/spec/describe';

import { goodPng } from '../fixtures/store/images';

const fields = fieldMap(describeSections());
const start = defaultFormState('2026-03-14');
const run = (state: FormState, ...actions: TBuilderAction[]) => actions.reduce(builderReducer, state);
const A = '3f2b8c1e-7d4a-4e5b-9c6d-1a2b3c4d5e6f';
const B = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

async function northside(): Promise<TBrand> {
  const logo = `data:image/png;base64,${(await goodPng(120, 40)).toString('base64')}`;
  return ZBrandSchema.parse({ name: 'Northside Physio', phone: '555-0142', accentColor: '#7A1F5C', logo });
}

describe('choosing a clinic profile in the builder', () => {
  it('settles on the draft’s profile while it exists, else the default, else the typed details', () => {
    const withA = run(start, { type: 'profile', value: { id: A, brand: undefined } });
    expect(run(withA, { type: 'profilesListed', ids: [A, B], defaultId: B }).profile?.id).toBe(A);
    expect(run(withA, { type: 'profilesListed', ids: [B], defaultId: B }).profile).toEqual({
      id: B,
      brand: undefined,
    });
    expect(run(withA, { type: 'profilesListed', ids: [], defaultId: undefined }).profile).toBeUndefined();
    // Nothing to change returns the same state, so listing again does not re-render the page.
    expect(builderReducer(withA, { type: 'profilesListed', ids: [A], defaultId: A })).toBe(withA);
  });

  it('prints the profile inline, logo included, and leaves the typed details alone', async () => {
    const brand = await northside();
    const state = run(
      start,
      { type: 'brand', field: 'name', value: 'Typed Clinic' },
      { type: 'profile', value: { id: A, brand } },
    );
    const check = checkForm(state, fields);
    expect(check.errors.size).toBe(0);
    expect(check.spec?.brand).toEqual(brand);
    expect(check.spec?.brand.logo).toMatch(/^data:image\/png;base64,/);
    expect(state.brand.name).toBe('Typed Clinic');
    expect(checkForm(run(state, { type: 'profile', value: undefined }), fields).spec?.brand.name).toBe(
      'Typed Clinic',
    );
  });

  it('keeps only the profile id in the draft: no logo, no clinic details, no patient', async () => {
    const state = run(
      start,
      { type: 'patient', field: 'name', value: 'Alex Rivera' },
      { type: 'profile', value: { id: A, brand: await northside() } },
    );
    const { spec } = checkForm(state, fields);
    if (!spec) throw new Error('the form should be valid');
    const raw = serializeDraft(spec, A);
    expect(raw).toContain(A);
    expect(raw).not.toContain('base64');
    expect(raw).not.toContain('Northside');
    expect(raw).not.toContain('Alex');
    const restored = parseDraft(raw, '2026-04-01');
    expect(restored?.profile).toEqual({ id: A, brand: undefined });
    expect(restored?.chosen).toEqual(state.chosen);
  });

  it('ignores a draft whose profile id is not an id', () => {
    const { spec } = checkForm(start, fields);
    if (!spec) throw new Error('the default form should be valid');
    const raw = JSON.parse(serializeDraft(spec, A)) as Record<string, unknown>;
    expect(parseDraft(JSON.stringify({ ...raw, profileId: '../../etc' }), '2026-04-01')).toBeUndefined();
  });
});

describe('the settings page’s profile form', () => {
  it('leaves empty optional fields out and checks with the brand schema', () => {
    const values = { ...profileValues(), name: 'Northside Physio', phone: '555-0142' };
    expect(profileInput(values)).toEqual({
      name: 'Northside Physio',
      phone: '555-0142',
      afterHoursPhone: undefined,
      emergencyNumber: '911',
      address: undefined,
      website: undefined,
      accentColor: DEFAULT_ACCENT,
    });
    expect(checkProfile(values).size).toBe(0);
    expect([...checkProfile(profileValues()).keys()]).toEqual(['name', 'phone']);
  });

  it('refuses an accent too light to read on white, and the preview keeps a readable one', () => {
    const light = { ...profileValues(), name: 'N', phone: '1', accentColor: '#ffe680' };
    expect(checkProfile(light).get('accentColor')).toMatch(/too light to read on white/);
    expect(previewAccent(light)).toBe(DEFAULT_ACCENT);
    expect(previewAccent(light, '#7a1f5c')).toBe('#7a1f5c');
    expect(previewAccent({ ...light, accentColor: '#7A1F5C' })).toBe('#7a1f5c');
  });
});
