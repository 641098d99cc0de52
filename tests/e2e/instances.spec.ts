import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { startPgServer, type TPgServer } from '../helpers/pg-server';

/*
 * Two app instances (scripts/serve.mjs on two ports) against one PostgreSQL, as a clinic group runs
 * them behind a load balancer: what one writes the other reads, the version check catches edits made
 * through both, an import is atomic for readers on the other, and a session works on either.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const PORTS = [Number(process.env.E2E_PORT ?? 3100) + 11, Number(process.env.E2E_PORT ?? 3100) + 12];
const BRAND = { name: 'Harbour Group Physio', phone: '555-0142', emergencyNumber: '911' };

interface TInstance {
  base: string;
  child: ChildProcess;
  logs: string[];
  exited: Promise<number | null>;
}

let pg: TPgServer | undefined;
let skipReason = '';
const instances: TInstance[] = [];

function startInstance(port: number, databaseUrl: string): TInstance {
  const child = spawn('node', ['scripts/serve.mjs'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'info',
      // Two more servers on the test machine: their practice handouts would only take its cores.
      HANDOUT_PRACTICE_RENDERS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  child.stdout?.on('data', (data: Buffer) => logs.push(...data.toString().split('\n').filter(Boolean)));
  child.stderr?.on('data', (data: Buffer) => logs.push(...data.toString().split('\n').filter(Boolean)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { base: `http://127.0.0.1:${port}`, child, logs, exited };
}

async function waitReady(instance: TInstance): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    const answer = await fetch(`${instance.base}/api/ready`).catch(() => undefined);
    if (answer?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`instance ${instance.base} never became ready:\n${instance.logs.slice(-20).join('\n')}`);
}

const call = (
  instance: TInstance,
  method: string,
  url: string,
  cookie: string,
  body?: unknown,
  version?: number,
) =>
  fetch(`${instance.base}${url}`, {
    method,
    headers: {
      cookie,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(version === undefined ? {} : { 'if-match': `"${version}"` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

test.describe('several instances on one PostgreSQL', () => {
  test.describe.configure({ timeout: 240_000 });

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    try {
      pg = await startPgServer();
    } catch (error) {
      skipReason = error instanceof Error ? error.message : String(error);
      console.warn(`! Two-instance test skipped: ${skipReason}`);
      return;
    }
    // Started together: the advisory lock lets one of them migrate, the other waits.
    instances.push(...PORTS.map((port) => startInstance(port, pg?.url ?? '')));
    await Promise.all(instances.map(waitReady));
  });

  test.afterAll(async () => {
    for (const instance of instances) if (instance.child.exitCode === null) instance.child.kill('SIGKILL');
    pg?.stop();
  });

  test('share profiles, versions, imports and sessions; log JSON; shut down cleanly', async () => {
    test.skip(skipReason !== '', `PostgreSQL unavailable: ${skipReason}`);
    const [a, b] = instances as [TInstance, TInstance];

    // The first admin is made on A; the session cookie A sets works on B (the secret is in the store).
    const setup = await call(a, 'POST', '/api/auth/setup', '', {
      username: 'owner',
      displayName: 'Group Admin',
      password: 'a long clinic password',
    });
    expect(setup.status).toBe(201);
    const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect((await call(b, 'GET', '/api/users', cookie)).status).toBe(200);
    expect((await call(b, 'GET', '/api/users', '')).status).toBe(401);

    // Created on A, read on B.
    const created = await call(a, 'POST', '/api/brands', cookie, BRAND);
    expect(created.status).toBe(201);
    const profile = (await created.json()) as { id: string; version: number };
    const onB = (await (await call(b, 'GET', `/api/brands/${profile.id}`, cookie)).json()) as {
      name: string;
    };
    expect(onB.name).toBe(BRAND.name);

    // Two editors read version 1, one through each instance: one change lands, the other gets 409.
    const statuses = await Promise.all([
      call(a, 'PATCH', `/api/brands/${profile.id}`, cookie, { phone: '555-0001' }, profile.version),
      call(b, 'PATCH', `/api/brands/${profile.id}`, cookie, { phone: '555-0002' }, profile.version),
    ]).then((answers) => answers.map((answer) => answer.status).sort());
    expect(statuses).toEqual([200, 409]);

    // An import on A is seen on B whole or not at all.
    const PRESETS = 120;
    const doc = {
      format: 'clinic-handouts/v1',
      brands: [{ name: 'Imported Clinic', phone: '555-0177' }],
      presets: Array.from({ length: PRESETS }, (_, index) => ({
        name: `Imported preset ${index}`,
        sections: [{ id: 'hydration' }],
        // A few in other languages: an instance started later warms these (the last test).
        ...(index === 7 ? { locale: 'es' } : {}),
        ...(index === 8 ? { locale: 'ar', secondaryLocale: 'fr' } : {}),
      })),
    };
    const counts = new Set<number>();
    let isImporting = true;
    const reader = (async () => {
      while (isImporting) {
        const list = (await (await call(b, 'GET', '/api/presets', cookie)).json()) as { presets: unknown[] };
        counts.add(list.presets.length);
      }
    })();
    const imported = await call(a, 'POST', '/api/store/import', cookie, doc);
    isImporting = false;
    await reader;
    expect(imported.status).toBe(200);
    const after = (await (await call(b, 'GET', '/api/presets', cookie)).json()) as { presets: unknown[] };
    counts.add(after.presets.length);
    expect([...counts].every((count) => count === 0 || count === PRESETS)).toBe(true);
    expect(counts.has(PRESETS)).toBe(true);

    // Probes, and one JSON log line per request without its query string.
    expect((await fetch(`${b.base}/api/health`)).status).toBe(200);
    const ready = await fetch(`${b.base}/api/ready?token=should-not-be-logged`);
    // Warm: these instances draw no practice handouts, so the boot warm-up was all they had to do.
    expect(await ready.json()).toEqual({
      status: 'ready',
      checks: { store: 'ok', fonts: 'ok' },
      renderers: 'warm',
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const lines = b.logs
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({
        method: 'GET',
        route: '/api/ready',
        status: 200,
        durationMs: expect.any(Number),
      }),
    );
    expect(lines).toContainEqual(expect.objectContaining({ method: 'PATCH', route: '/api/brands/:id' }));
    // The request path was warmed, through a loopback server of its own, before the server listened.
    const messages = lines.map((line) => line.msg);
    expect(messages.indexOf('warmed the request path')).toBeGreaterThanOrEqual(0);
    expect(messages.indexOf('warmed the request path')).toBeLessThan(messages.indexOf('listening'));
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: 'warmed the request path', status: 200, handout: 200 }),
    );
    expect(b.logs.join('\n')).not.toMatch(/should-not-be-logged|a long clinic password|555-0002/);

    // SIGTERM during a render: the render still answers, then both close the store and exit 0.
    const render = fetch(`${a.base}/api/handouts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        brandId: profile.id,
        sections: [{ id: 'hydration' }, { id: 'staying-active' }],
      }),
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const instance of instances) instance.child.kill('SIGTERM');
    const rendered = await render;
    expect(rendered.status).toBe(200);
    expect(Number(rendered.headers.get('x-handout-pages'))).toBeGreaterThan(0);
    expect(await Promise.all(instances.map((instance) => instance.exited))).toEqual([0, 0]);
    const aLines = a.logs
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(aLines).toContainEqual(
      expect.objectContaining({ route: '/api/handouts', status: 200, pages: expect.any(Number) }),
    );
    expect(aLines).toContainEqual(expect.objectContaining({ msg: 'stopped', store: 'closed' }));
  });

  test('an instance started later warms the languages of the saved handouts before it answers', async () => {
    test.skip(skipReason !== '', `PostgreSQL unavailable: ${skipReason}`);
    const [port = 0] = PORTS;
    const later = startInstance(port, pg?.url ?? '');
    instances.push(later);
    await waitReady(later);
    // English (the builder's default) first, then the imported handouts' languages, first and second;
    // in the clinic's own brand: the profile made on instance a is the group's default.
    expect(later.logs).toContain(
      '[handouts] render workers ready; languages warmed: en, es, ar, fr (in the clinic’s brand)',
    );
    later.child.kill('SIGTERM');
    expect(await later.exited).toBe(0);
  });
});
