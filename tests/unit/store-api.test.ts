import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import * as brandRoute from '@/app/api/brands/[id]/route';
import * as brandsRoute from '@/app/api/brands/route';
import * as duplicateRoute from '@/app/api/presets/[id]/duplicate/route';
import * as presetRoute from '@/app/api/presets/[id]/route';
import * as presetsRoute from '@/app/api/presets/route';
import * as exportRoute from '@/app/api/store/export/route';
import * as importRoute from '@/app/api/store/import/route';

import { ACUTE_PRESET, NORTHSIDE } from '../fixtures/store/temp-store';
import { forEachEngine } from '../helpers/engines';
import { apiRequest } from '../helpers/requests';

const MISSING = '00000000-0000-4000-8000-000000000000';
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const request = (method: string, body?: unknown, version?: number) => apiRequest(method, body, { version });

interface ErrorBody {
  error: string;
  issues: { path: string; message: string }[];
}
const read = async <T>(response: Response) => (await response.json()) as T;
/** The version a GET answers, as a writer would read it before sending If-Match. */
const versionOf = async (route: { GET: typeof brandRoute.GET }, id: string) =>
  (await read<{ version: number }>(await route.GET(request('GET'), ctx(id)))).version;

forEachEngine('store routes', (engine) => {
  let restore: () => Promise<void>;
  beforeAll(async () => {
    ({ restore } = await engine.useForApp());
  });
  afterAll(() => restore());

  describe('/api/brands', () => {
    let id = '';

    it('creates (201), lists and reads (200)', async () => {
      const created = await brandsRoute.POST(request('POST', NORTHSIDE), ctx(''));
      expect(created.status).toBe(201);
      ({ id } = await read<{ id: string }>(created));
      const list = await read<{ brands: { id: string; isDefault: boolean }[] }>(
        await brandsRoute.GET(request('GET'), ctx('')),
      );
      expect(list.brands).toEqual([expect.objectContaining({ id, isDefault: true })]);
      const one = await brandRoute.GET(request('GET'), ctx(id));
      expect(one.status).toBe(200);
      expect(await read<{ name: string }>(one)).toMatchObject({ name: NORTHSIDE.name });
    });

    it('answers 422 with issue paths for a bad profile, bad JSON or an unknown field', async () => {
      const light = await brandsRoute.POST(
        request('POST', { ...NORTHSIDE, accentColor: '#ffee99' }),
        ctx(''),
      );
      expect(light.status).toBe(422);
      expect((await read<ErrorBody>(light)).issues).toEqual([
        { path: 'accentColor', message: expect.stringMatching(/too light/) },
      ]);
      const json = await brandsRoute.POST(request('POST', '{"name":'), ctx(''));
      expect(json.status).toBe(422);
      const extra = await brandRoute.PATCH(request('PATCH', { logoUrl: 'http://x' }, 1), ctx(id));
      expect(extra.status).toBe(422);
      expect((await read<ErrorBody>(extra)).issues[0]?.message).toMatch(/logoUrl/);
    });

    it('answers 413 for an oversized body', async () => {
      const huge = await brandsRoute.POST(
        request('POST', { ...NORTHSIDE, address: 'x'.repeat(2 * 1024 * 1024) }),
        ctx(''),
      );
      expect(huge.status).toBe(413);
    });

    it('patches one field (200), replaces (200), deletes (204) and then answers 404', async () => {
      const version = await versionOf(brandRoute, id);
      const patched = await brandRoute.PATCH(request('PATCH', { website: 'new.example' }, version), ctx(id));
      expect(patched.status).toBe(200);
      expect(patched.headers.get('etag')).toBe(`"${version + 1}"`);
      expect(await read<object>(patched)).toMatchObject({ website: 'new.example', phone: NORTHSIDE.phone });
      const replaced = await brandRoute.PUT(
        request('PUT', { name: 'Renamed', phone: '555-0100' }, version + 1),
        ctx(id),
      );
      expect(await read<object>(replaced)).toMatchObject({ name: 'Renamed', emergencyNumber: '911' });
      expect((await brandRoute.DELETE(request('DELETE', undefined, version + 2), ctx(id))).status).toBe(204);
      for (const missing of [id, MISSING, 'not-a-uuid']) {
        const response = await brandRoute.GET(request('GET'), ctx(missing));
        expect(response.status).toBe(404);
        expect(await read<ErrorBody>(response)).toMatchObject({
          error: expect.stringMatching(/No clinic profile/),
        });
      }
      expect((await brandRoute.PATCH(request('PATCH', { phone: '1' }, 1), ctx(MISSING))).status).toBe(404);
    });
  });

  describe('/api/presets', () => {
    let id = '';

    it('creates (201), duplicates (201), renames (200), lists and deletes', async () => {
      const created = await presetsRoute.POST(request('POST', ACUTE_PRESET), ctx(''));
      expect(created.status).toBe(201);
      ({ id } = await read<{ id: string }>(created));

      const copy = await duplicateRoute.POST(request('POST'), ctx(id));
      expect(copy.status).toBe(201);
      const copied = await read<{ id: string; name: string }>(copy);
      expect(copied.name).toBe(`${ACUTE_PRESET.name} (copy)`);

      const renamed = await presetRoute.PATCH(request('PATCH', { name: 'Week one' }, 1), ctx(copied.id));
      expect(renamed.status).toBe(200);
      const list = await read<{ presets: { name: string }[] }>(
        await presetsRoute.GET(request('GET'), ctx('')),
      );
      expect(list.presets.map((preset) => preset.name)).toEqual([ACUTE_PRESET.name, 'Week one']);

      const clash = await presetRoute.PATCH(request('PATCH', { name: ACUTE_PRESET.name }, 2), ctx(copied.id));
      expect(clash.status).toBe(422);
      expect((await read<ErrorBody>(clash)).issues[0]?.path).toBe('name');

      expect((await presetRoute.DELETE(request('DELETE', undefined, 2), ctx(copied.id))).status).toBe(204);
      expect((await presetRoute.GET(request('GET'), ctx(copied.id))).status).toBe(404);
      expect((await duplicateRoute.POST(request('POST'), ctx(MISSING))).status).toBe(404);
    });

    it('answers 422 for a preset with patient data or a bad section, and stores nothing', async () => {
      const patient = await presetsRoute.POST(
        request('POST', { ...ACUTE_PRESET, name: 'With patient', patient: { name: 'Jane Doe' } }),
        ctx(''),
      );
      expect(patient.status).toBe(422);
      const body = await read<ErrorBody>(patient);
      expect(body.issues[0]?.message).toMatch(/patient/);
      expect(JSON.stringify(body)).not.toMatch(/Jane/);

      const badSection = await presetRoute.PUT(
        request('PUT', { ...ACUTE_PRESET, sections: [{ id: 'heat-cold', params: { heatMinutes: 90 } }] }, 1),
        ctx(id),
      );
      expect(badSection.status).toBe(422);
      expect((await read<ErrorBody>(badSection)).issues[0]?.path).toBe('sections[0].params.heatMinutes');
      const list = await read<{ presets: { name: string }[] }>(
        await presetsRoute.GET(request('GET'), ctx('')),
      );
      expect(list.presets.map((preset) => preset.name)).toEqual([ACUTE_PRESET.name]);
    });
  });

  describe('/api/store', () => {
    it('exports (200, as a file) and imports (200) the same document', async () => {
      const exported = await exportRoute.GET(request('GET'), ctx(''));
      expect(exported.status).toBe(200);
      expect(exported.headers.get('content-disposition')).toMatch(/attachment; filename="clinic-handouts-/);
      const doc = await read<{ presets: unknown[] }>(exported);
      const imported = await importRoute.POST(request('POST', doc), ctx(''));
      expect(imported.status).toBe(200);
      expect(await read<object>(imported)).toMatchObject({
        renamedPresets: [{ from: ACUTE_PRESET.name, to: `${ACUTE_PRESET.name} (imported)` }],
      });
    });

    it('answers 422 with issue paths for an invalid file and changes nothing', async () => {
      const before = await read<object>(await exportRoute.GET(request('GET'), ctx('')));
      const response = await importRoute.POST(
        request('POST', { format: 'clinic-handouts/v1', brands: [{ name: '', phone: 'abc' }], presets: [] }),
        ctx(''),
      );
      expect(response.status).toBe(422);
      const paths = (await read<ErrorBody>(response)).issues.map((issue) => issue.path);
      expect(paths).toEqual(expect.arrayContaining(['brands[0].name', 'brands[0].phone']));
      const after = await read<object>(await exportRoute.GET(request('GET'), ctx('')));
      expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
    });
  });
});
