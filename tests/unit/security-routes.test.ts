import fs from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import * as auditRoute from '@/app/api/audit/route';
import * as setupRoute from '@/app/api/auth/setup/route';
import * as signInRoute from '@/app/api/auth/sign-in/route';
import * as signOutRoute from '@/app/api/auth/sign-out/route';
import * as logoRoute from '@/app/api/brands/[id]/logo/route';
import * as brandRoute from '@/app/api/brands/[id]/route';
import * as brandsRoute from '@/app/api/brands/route';
import * as handoutsRoute from '@/app/api/handouts/route';
import * as duplicateRoute from '@/app/api/presets/[id]/duplicate/route';
import * as presetRoute from '@/app/api/presets/[id]/route';
import * as presetsRoute from '@/app/api/presets/route';
import * as settingsRoute from '@/app/api/settings/route';
import * as exportRoute from '@/app/api/store/export/route';
import * as importRoute from '@/app/api/store/import/route';
import * as translationKeyRoute from '@/app/api/translations/[locale]/[key]/route';
import * as translationImportRoute from '@/app/api/translations/[locale]/import/route';
import * as translationsRoute from '@/app/api/translations/[locale]/route';
import * as userRoute from '@/app/api/users/[id]/route';
import * as usersRoute from '@/app/api/users/route';
import { getStore } from '@/lib/store/open';

import { goodPng } from '../fixtures/store/images';
import { ACUTE_PRESET, NORTHSIDE } from '../fixtures/store/temp-store';
import { AS_ADMIN } from '../helpers/actors';
import { forEachEngine } from '../helpers/engines';
import { apiRequest, type RequestOptions } from '../helpers/requests';

/*
 * Every state-changing route, sent the way an attacker would: from another site's page (a foreign
 * Origin, Sec-Fetch-Site: cross-site) with a content type a browser sends without a preflight, with no
 * session, and with a clinician's session. Each must be refused and change nothing.
 */

let brandId = '';
let presetId = '';
/** The one item a lookup must find; a missing one fails the test with its name. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing: ${what}`);
  return value;
}
// The translation routes read a language and a key; the others an id.
const ctx = (id = '') => ({ params: Promise.resolve({ id, locale: 'es', key: 'doc.title' }) });
type Handler = (request: Request, context: ReturnType<typeof ctx>) => Promise<Response>;

interface WriteRoute {
  name: string;
  handler: Handler;
  method: string;
  id: () => string;
  body: () => Promise<BodyInit | undefined>;
  contentType?: string;
}

const json = (value: unknown) => async () => JSON.stringify(value);
const logoForm = async () => {
  const form = new FormData();
  form.set('logo', new File([new Uint8Array(await goodPng())], 'logo.png', { type: 'image/png' }));
  return form;
};

const WRITES: WriteRoute[] = [
  {
    name: 'POST /api/brands',
    handler: brandsRoute.POST,
    method: 'POST',
    id: () => '',
    body: json({ ...NORTHSIDE, name: 'Evil', phone: '555-6666', isDefault: true }),
  },
  {
    name: 'PUT /api/brands/:id',
    handler: brandRoute.PUT,
    method: 'PUT',
    id: () => brandId,
    body: json({ name: 'Evil', phone: '555-6666' }),
  },
  {
    name: 'PATCH /api/brands/:id',
    handler: brandRoute.PATCH,
    method: 'PATCH',
    id: () => brandId,
    body: json({ emergencyNumber: '555-6666', emergencyNumberConfirmed: true }),
  },
  {
    name: 'DELETE /api/brands/:id',
    handler: brandRoute.DELETE,
    method: 'DELETE',
    id: () => brandId,
    body: async () => undefined,
  },
  {
    name: 'PUT /api/brands/:id/logo',
    handler: logoRoute.PUT,
    method: 'PUT',
    id: () => brandId,
    body: logoForm,
    contentType: 'multipart',
  },
  {
    name: 'DELETE /api/brands/:id/logo',
    handler: logoRoute.DELETE,
    method: 'DELETE',
    id: () => brandId,
    body: async () => undefined,
  },
  {
    name: 'POST /api/presets',
    handler: presetsRoute.POST,
    method: 'POST',
    id: () => '',
    body: json({ ...ACUTE_PRESET, name: 'Evil' }),
  },
  {
    name: 'PUT /api/presets/:id',
    handler: presetRoute.PUT,
    method: 'PUT',
    id: () => presetId,
    body: json({ ...ACUTE_PRESET, name: 'Evil' }),
  },
  {
    name: 'PATCH /api/presets/:id',
    handler: presetRoute.PATCH,
    method: 'PATCH',
    id: () => presetId,
    body: json({ name: 'Evil' }),
  },
  {
    name: 'DELETE /api/presets/:id',
    handler: presetRoute.DELETE,
    method: 'DELETE',
    id: () => presetId,
    body: async () => undefined,
  },
  {
    name: 'POST /api/presets/:id/duplicate',
    handler: duplicateRoute.POST,
    method: 'POST',
    id: () => presetId,
    body: async () => undefined,
  },
  {
    name: 'POST /api/store/import',
    handler: importRoute.POST,
    method: 'POST',
    id: () => '',
    body: json({
      format: 'clinic-handouts/v1',
      brands: [{ name: 'Evil', phone: '555-6666', isDefault: true }],
      presets: [],
    }),
  },
  {
    name: 'POST /api/users',
    handler: usersRoute.POST,
    method: 'POST',
    id: () => '',
    body: json({ username: 'evil', displayName: 'Evil', role: 'admin', password: 'correct horse battery' }),
  },
  {
    name: 'PUT /api/translations/:locale/:key',
    handler: translationKeyRoute.PUT,
    method: 'PUT',
    id: () => '',
    body: json({ text: 'Cuidado de la espalda: Evil' }),
  },
  {
    name: 'POST /api/translations/:locale/import',
    handler: translationImportRoute.POST,
    method: 'POST',
    id: () => '',
    body: json({ doc: { title: 'Cuidado de la espalda: Evil' } }),
  },
  {
    name: 'PATCH /api/settings',
    handler: settingsRoute.PATCH,
    method: 'PATCH',
    id: () => '',
    body: json({ requireSignInToBuild: true }),
  },
];

/** Everything an attack could have changed, read straight from the store. */
async function snapshot() {
  const store = getStore();
  return JSON.stringify({
    brands: await store.brands.list(),
    presets: await store.presets.list(),
    users: await store.users.list(),
    settings: await store.settings.get(),
    translations: await store.translations.get('es'),
  });
}

async function send(route: WriteRoute, options: RequestOptions & { type?: string }) {
  const body = await route.body();
  const { version } =
    route.id() === brandId && route.id() ? await getStore().brands.get(brandId) : { version: 1 };
  const base = apiRequest(route.method, undefined, { version, ...options });
  const request = new Request(base, {
    body,
    headers: {
      ...Object.fromEntries(base.headers),
      ...(options.type ? { 'content-type': options.type } : {}),
      ...(route.contentType !== 'multipart' && body && !options.type
        ? { 'content-type': 'application/json' }
        : {}),
    },
  });
  return route.handler(request, ctx(route.id()));
}

forEachEngine('API security', (engine) => {
  let location: string;
  let restore: () => Promise<void>;
  beforeAll(async () => {
    ({ location, restore } = await engine.useForApp());
    brandId = (await getStore().brands.create(NORTHSIDE, AS_ADMIN)).id;
    presetId = (await getStore().presets.create(ACUTE_PRESET, AS_ADMIN)).id;
  });
  afterAll(() => restore());

  describe('every state-changing API route is covered here', () => {
    it('lists each POST, PUT, PATCH and DELETE export of app/api', () => {
      const found: string[] = [];
      const walk = (folder: string) => {
        for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
          const full = path.join(folder, entry.name);
          if (entry.isDirectory()) walk(full);
          else if (entry.name === 'route.ts') {
            const source = fs.readFileSync(full, 'utf8');
            const route = `/${path.relative('app', path.dirname(full)).replace(/\[(\w+)\]/g, ':$1')}`;
            for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
              if (new RegExp(`export (const|async function) ${method}\\b`).test(source))
                found.push(`${method} ${route}`);
            }
          }
        }
      };
      walk('app/api');
      // Rendering and the sign-in routes change nothing a handout prints; they are tested below.
      const exempt = [
        'POST /api/handouts',
        'POST /api/auth/sign-in',
        'POST /api/auth/sign-out',
        'POST /api/auth/setup',
      ];
      const covered = [
        ...WRITES.map((route) => route.name),
        ...exempt,
        'PATCH /api/users/:id',
        'DELETE /api/users/:id',
      ];
      expect(found.filter((name) => !covered.includes(name))).toEqual([]);
    });
  });

  describe('cross-site requests (no preflight) are refused with 403 and change nothing', () => {
    const simpleTypes = [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ];
    for (const route of WRITES) {
      it(route.name, async () => {
        const before = await snapshot();
        const attempts: (RequestOptions & { type?: string })[] = [
          ...simpleTypes.map((type) => ({ headers: { origin: 'http://evil.example' }, type })),
          { headers: { origin: 'http://localhost:3000.evil.example' } },
          { headers: { origin: 'null' } },
          { headers: { 'sec-fetch-site': 'cross-site' } },
          { headers: { 'sec-fetch-site': 'same-site', origin: 'http://app.localhost:3000' } },
        ];
        for (const attempt of attempts) {
          const response = await send(route, attempt);
          expect(response.status, JSON.stringify(attempt)).toBe(403);
          expect(await response.text()).toMatch(/another site|without an origin/);
        }
        expect(await snapshot()).toBe(before);
      });
    }

    it('the JSON routes refuse a same-origin body that is not application/json (415)', async () => {
      for (const route of WRITES.filter(
        (r) => r.contentType !== 'multipart' && r.method !== 'DELETE' && !r.name.includes('duplicate'),
      )) {
        const before = await snapshot();
        for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
          expect((await send(route, { type })).status, `${route.name} ${type}`).toBe(415);
        }
        expect(await snapshot()).toBe(before);
      }
    });

    it('the logo route refuses anything but multipart/form-data (415)', async () => {
      const route = must(
        WRITES.find((r) => r.name === 'PUT /api/brands/:id/logo'),
        'logo route',
      );
      expect((await send(route, { type: 'text/plain' })).status).toBe(415);
      expect((await send(route, { type: 'image/png' })).status).toBe(415);
    });

    it('a render from another site is refused too (it would cost the server, and nobody there should read it)', async () => {
      const response = await handoutsRoute.POST(
        apiRequest('POST', JSON.stringify({ sections: [{ id: 'hydration' }] }), {
          headers: { origin: 'http://evil.example', 'content-type': 'text/plain' },
        }),
      );
      expect(response.status).toBe(403);
    });
  });

  describe('before the first admin exists', () => {
    it('refuses writes from another machine (403) but lets this machine work', async () => {
      const route = must(
        WRITES.find((r) => r.name === 'PATCH /api/brands/:id'),
        'PATCH /api/brands/:id',
      );
      const before = await snapshot();
      const remote = await send(route, { from: 'remote' });
      expect(remote.status).toBe(403);
      expect(await remote.text()).toMatch(/No clinic admin exists yet/);
      expect(await snapshot()).toBe(before);
      // A forged peer header (no server token) is another machine, not this one.
      const forged = await send(route, {
        from: 'remote',
        headers: { 'x-clinic-handouts-peer': 'guess 127.0.0.1' },
      });
      expect(forged.status).toBe(403);
    });

    it('creates the first admin only from this machine, and only once', async () => {
      const admin = { username: 'owner', displayName: 'Clinic Owner', password: 'a long clinic password' };
      const remote = await setupRoute.POST(apiRequest('POST', admin, { from: 'remote' }));
      expect(remote.status).toBe(403);
      const local = await setupRoute.POST(apiRequest('POST', admin));
      expect(local.status).toBe(201);
      expect(local.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
      const again = await setupRoute.POST(apiRequest('POST', { ...admin, username: 'second' }));
      expect(again.status).toBe(403);
    });
  });

  describe('after an admin exists', () => {
    let adminCookie = '';
    let clinicianCookie = '';
    // Failed sign-ins are counted in this process (lib/auth/rate-limit.ts), across both engines' runs.
    const clinician = `sam-${engine.name.toLowerCase()}`;

    const signIn = async (username: string, password: string) => {
      const response = await signInRoute.POST(apiRequest('POST', { username, password }));
      expect(response.status).toBe(200);
      return must((response.headers.get('set-cookie') ?? '').split(';')[0], 'cookie');
    };

    beforeAll(async () => {
      adminCookie = await signIn('owner', 'a long clinic password');
      const created = await usersRoute.POST(
        apiRequest(
          'POST',
          {
            username: clinician,
            displayName: 'Sam Lee',
            role: 'clinician',
            password: 'clinician password 1',
          },
          { cookie: adminCookie },
        ),
      );
      expect(created.status).toBe(201);
      clinicianCookie = await signIn(clinician, 'clinician password 1');
    });

    it('refuses every write without a session (401), even from this machine, and with a clinician session (403)', async () => {
      for (const route of WRITES) {
        const before = await snapshot();
        expect((await send(route, {})).status, route.name).toBe(401);
        expect((await send(route, { from: 'remote' })).status, route.name).toBe(401);
        expect((await send(route, { cookie: clinicianCookie })).status, route.name).toBe(403);
        expect(await snapshot()).toBe(before);
      }
      expect((await exportRoute.GET(apiRequest('GET', undefined, { cookie: clinicianCookie }))).status).toBe(
        403,
      );
      expect((await auditRoute.GET(apiRequest('GET'))).status).toBe(401);
    });

    it('a clinician still builds handouts and reads profiles and saved handouts', async () => {
      expect((await brandsRoute.GET(apiRequest('GET', undefined, { cookie: clinicianCookie }))).status).toBe(
        200,
      );
      expect((await presetsRoute.GET(apiRequest('GET'))).status).toBe(200);
    });

    it('an admin writes, naming the version read; a stale version gets 409 with the current record', async () => {
      const { version } = await getStore().brands.get(brandId);
      const patch = (v: number | undefined, body: unknown) =>
        brandRoute.PATCH(apiRequest('PATCH', body, { cookie: adminCookie, version: v }), ctx(brandId));
      expect((await patch(undefined, { phone: '555-0111' })).status).toBe(428);
      expect((await patch(version, { phone: '555-0111' })).status).toBe(200);
      const stale = await patch(version, { phone: '555-0122' });
      expect(stale.status).toBe(409);
      expect(await stale.json()).toMatchObject({ current: { phone: '555-0111', version: version + 1 } });
      expect((await getStore().brands.get(brandId)).phone).toBe('555-0111');
    });

    it('refuses an emergency number that is not one, unless the admin confirms it; the audit log keeps both', async () => {
      const send1 = async (body: unknown) => {
        const { version } = await getStore().brands.get(brandId);
        return brandRoute.PATCH(apiRequest('PATCH', body, { cookie: adminCookie, version }), ctx(brandId));
      };
      const refused = await send1({ emergencyNumber: '555-0199' });
      expect(refused.status).toBe(422);
      expect(JSON.stringify(await refused.json())).toMatch(/not an emergency number we recognise/);
      expect((await getStore().brands.get(brandId)).emergencyNumber).toBe('911');
      expect((await send1({ emergencyNumber: '112' })).status).toBe(200);
      expect((await send1({ emergencyNumber: '0800 112 112', emergencyNumberConfirmed: true })).status).toBe(
        200,
      );
      // A later change of number needs its own confirmation.
      expect((await send1({ emergencyNumber: '0800 999 999' })).status).toBe(422);

      const log = (await (
        await auditRoute.GET(apiRequest('GET', undefined, { cookie: adminCookie }))
      ).json()) as {
        entries: {
          action: string;
          actor: { name: string };
          changes: Record<string, { old: unknown; new: unknown }>;
          detail: string | null;
        }[];
      };
      const confirmed = log.entries.find((entry) => entry.changes.emergencyNumber?.new === '0800 112 112');
      expect(confirmed).toMatchObject({
        action: 'profile.update',
        actor: { name: 'Clinic Owner' },
        changes: { emergencyNumber: { old: '112', new: '0800 112 112' } },
        detail: expect.stringMatching(/confirmed by the admin/),
      });
      const phone = log.entries.find((entry) => entry.changes.phone);
      expect(phone?.changes.phone).toEqual({ old: '555-0199', new: '555-0111' });
    });

    it('limits failed sign-ins (429 with Retry-After)', async () => {
      const attempt = () =>
        signInRoute.POST(apiRequest('POST', { username: clinician, password: 'wrong password!!' }));
      for (let i = 0; i < 5; i += 1) expect((await attempt()).status).toBe(401);
      const limited = await attempt();
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    });

    it('sign-out ends the session: the old cookie no longer works anywhere', async () => {
      const cookie = await signIn('owner', 'a long clinic password');
      const asAdmin = () => usersRoute.GET(apiRequest('GET', undefined, { cookie }));
      expect((await asAdmin()).status).toBe(200);
      const out = await signOutRoute.POST(apiRequest('POST', undefined, { cookie }));
      expect(out.status).toBe(204);
      expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
      expect((await asAdmin()).status).toBe(401);
    });

    it('keeps the last admin: demoting or deleting them is refused', async () => {
      const cookie = await signIn('owner', 'a long clinic password');
      const owner = must(
        (await getStore().users.list()).find((user) => user.username === 'owner'),
        'owner',
      );
      const demote = await userRoute.PATCH(
        apiRequest('PATCH', { role: 'clinician' }, { cookie, version: owner.version }),
        ctx(owner.id),
      );
      expect(demote.status).toBe(422);
      expect(await demote.text()).toMatch(/last clinic admin/);
    });

    it('a translation reviewer reviews translations and nothing else', async () => {
      const reviewer = `rosa-${engine.name.toLowerCase()}`;
      // The sign-out test above ended the admin's earlier sessions.
      const owner = await signIn('owner', 'a long clinic password');
      const created = await usersRoute.POST(
        apiRequest(
          'POST',
          { username: reviewer, displayName: 'Rosa Díaz', role: 'reviewer', password: 'reviewer password 1' },
          { cookie: owner },
        ),
      );
      expect(created.status).toBe(201);
      const cookie = await signIn(reviewer, 'reviewer password 1');
      const view = await translationsRoute.GET(apiRequest('GET', undefined, { cookie }), ctx());
      expect(view.status).toBe(200);
      const { version } = (await view.json()) as { version: number };
      const put = (body: unknown, v: number | undefined) =>
        translationKeyRoute.PUT(apiRequest('PUT', body, { cookie, version: v }), ctx());
      expect((await put({ approve: true }, undefined)).status).toBe(428);
      expect((await put({ approve: true }, version)).status).toBe(200);
      expect((await put({ approve: true }, version)).status).toBe(409);
      expect((await put({ text: 'Espasmo lumbar' }, version + 1)).status).toBe(200);
      const bad = await put({ text: 'Espasmo: call us' }, version + 2);
      expect(bad.status).toBe(422);
      expect(await bad.text()).toMatch(/“call” is English/);
      // Nothing a handout prints besides its words, and no users.
      const brand = await brandRoute.PATCH(
        apiRequest('PATCH', { phone: '555-0000' }, { cookie, version: 1 }),
        ctx(brandId),
      );
      expect(brand.status).toBe(403);
      expect(await brand.text()).toMatch(/only a clinic admin can do it/);
      expect((await usersRoute.GET(apiRequest('GET', undefined, { cookie }))).status).toBe(403);
      const clinician = await translationsRoute.GET(
        apiRequest('GET', undefined, { cookie: clinicianCookie }),
        ctx(),
      );
      expect(clinician.status).toBe(403);
      expect(await clinician.text()).toMatch(
        /only a clinic admin or a translation reviewer can review translations/,
      );
    });

    it('a refusal names who may do the thing: a reviewer for translations, an admin for the rest', async () => {
      const review = await translationsRoute.GET(apiRequest('GET'), ctx());
      expect(review.status).toBe(401);
      expect(await review.text()).toMatch(/Sign in as a clinic admin or a translation reviewer/);
      const admin = await auditRoute.GET(apiRequest('GET'));
      expect(admin.status).toBe(401);
      expect(await admin.text()).toMatch(/Sign in as a clinic admin to do this/);
    });

    it('the audit log is append-only, even to SQL run by the app', async () => {
      await expect(
        engine.query(location, "UPDATE audit_log SET actor_name = 'someone else'"),
      ).rejects.toThrow(/append-only/);
      await expect(engine.query(location, 'DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    });
  });
});
