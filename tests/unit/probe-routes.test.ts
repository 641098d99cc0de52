import { afterAll, beforeAll, expect, it } from 'vitest';

import * as healthRoute from '@/app/api/health/route';
import * as readyRoute from '@/app/api/ready/route';
import type { RenderPool } from '@/lib/pdf/pool';
import { holdPool, releasePool } from '@/lib/pdf/pool-holder';
import { closeStore } from '@/lib/store/open';

import { forEachEngine } from '../helpers/engines';
import { apiRequest } from '../helpers/requests';

forEachEngine('health and readiness probes', (engine) => {
  let restore: () => Promise<void>;
  beforeAll(async () => {
    ({ restore } = await engine.useForApp());
  });
  afterAll(() => restore());

  it('answers 200 for liveness and readiness when the store answers', async () => {
    const health = await healthRoute.GET(apiRequest('GET'));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await readyRoute.GET(apiRequest('GET'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { store: 'ok', fonts: 'ok' } });
  });

  it('says whether the render workers are still warming up, and is ready meanwhile', async () => {
    let isWarm = false;
    const pool = { isWarm: () => isWarm } as RenderPool;
    holdPool(() => pool);
    try {
      const warming = await readyRoute.GET(apiRequest('GET'));
      expect(warming.status).toBe(200);
      expect(await warming.json()).toMatchObject({ status: 'ready', renderers: 'warming' });
      isWarm = true;
      expect(await (await readyRoute.GET(apiRequest('GET'))).json()).toMatchObject({ renderers: 'warm' });
    } finally {
      releasePool();
    }
  });
});

it('answers 503 for readiness, naming no host, when the store does not answer; liveness stays 200', async () => {
  const saved = process.env.DATABASE_URL;
  await closeStore();
  // Port 9 (discard) on loopback: nothing listens there, the connection is refused at once.
  process.env.DATABASE_URL = 'postgres://clinic:secret-password@127.0.0.1:9/handouts';
  try {
    const ready = await readyRoute.GET(apiRequest('GET'));
    expect(ready.status).toBe(503);
    const body = await ready.text();
    expect(JSON.parse(body)).toEqual({ status: 'not ready', checks: { store: 'unavailable', fonts: 'ok' } });
    expect(body).not.toMatch(/127\.0\.0\.1|secret-password|clinic:/);
    expect((await healthRoute.GET(apiRequest('GET'))).status).toBe(200);
  } finally {
    await closeStore();
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  }
});
