import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';

import { afterEach, beforeEach, expect, it } from 'vitest';

import { AS_ADMIN } from '../helpers/actors';
import { forEachEngine, type TEngine } from '../helpers/engines';

const PRESETS_PER_BATCH = 8;
const BATCHES = 30;
const WRITER = path.resolve(__dirname, '../fixtures/store/write-loop.ts');
const children: ChildProcess[] = [];

/** The writer runs as its own Node process (tsx as a loader), so SIGKILL hits the writer itself. */
function startWriter(file: string, tag: string, batches: number) {
  const child = fork(WRITER, [file, tag, String(batches), String(PRESETS_PER_BATCH)], {
    execArgv: ['--import', 'tsx'],
    stdio: 'pipe',
  });
  children.push(child);
  const committed: number[] = [];
  const commitTimes: number[] = [];
  let stderr = '';
  child.stderr?.on('data', (data: Buffer) => (stderr += data.toString()));
  const ready = new Promise<void>((resolve) =>
    child.on('message', (message: { ready?: boolean; committed?: number }) => {
      if (message.ready) resolve();
      if (message.committed === undefined) return;
      committed.push(message.committed);
      commitTimes.push(performance.now());
    }),
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, committed, commitTimes, ready, exited, stderr: () => stderr };
}

async function inspect(engine: TEngine, location: string) {
  const names = async (sql: string) => (await engine.query(location, sql)).map((row) => String(row.name));
  const integrity =
    engine.name === 'SQLite'
      ? (await engine.query(location, 'PRAGMA integrity_check'))[0]?.integrity_check
      : 'ok';
  return {
    integrity,
    brands: await names('SELECT name FROM brands'),
    defaults: Number(
      (await engine.query(location, 'SELECT count(*) AS n FROM brands WHERE is_default = 1'))[0]?.n,
    ),
    presets: await names('SELECT name FROM presets'),
  };
}

forEachEngine('the store under several writer processes', (engine) => {
  let file: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    const temp = await engine.tempStore();
    // The store is created (migrated) here; the writers open the same file or database.
    await temp.store.presets.list();
    await temp.store.close();
    file = temp.location;
    cleanup = temp.cleanup;
  });
  afterEach(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
    await cleanup();
  });

  const writer = (tag: string, batches: number) => startWriter(file, tag, batches);

  it('loses no committed row when four processes write at once', async () => {
    const writers = ['a', 'b', 'c', 'd'].map((tag) => writer(tag, BATCHES));
    await Promise.all(writers.map((w) => w.ready));
    for (const w of writers) w.child.send('go');
    const results = await Promise.all(writers.map((w) => w.exited));
    writers.forEach((w, index) =>
      expect({ index, ...results[index], stderr: w.stderr() }).toMatchObject({ code: 0 }),
    );

    const { integrity, brands, defaults, presets } = await inspect(engine, file);
    expect(integrity).toBe('ok');
    expect(brands).toHaveLength(4 * BATCHES);
    expect(presets).toHaveLength(4 * BATCHES * PRESETS_PER_BATCH);
    for (const tag of ['a', 'b', 'c', 'd']) {
      for (let batch = 0; batch < BATCHES; batch += 1) expect(brands).toContain(`Clinic ${tag} ${batch}`);
    }
    // The writes really interleaved: in commit order, the writer changes many times. (Not "all started
    // before any finished": on a loaded two-core machine one writer can legitimately run ahead.)
    const order = writers
      .flatMap((w, index) => w.commitTimes.map((time) => ({ time, index })))
      .sort((x, y) => x.time - y.time);
    const switches = order.filter((entry, i) => i > 0 && entry.index !== order[i - 1]?.index).length;
    expect(switches).toBeGreaterThanOrEqual(writers.length);
    // Every writer asked for its profile to be the default; the rule still holds across processes.
    expect(defaults).toBe(1);
  }, 60_000);

  it('keeps every committed batch and no partial one when a writer is killed mid-loop', async () => {
    const w = writer('k', 0);
    await w.ready;
    w.child.send('go');
    await new Promise<void>((resolve) =>
      w.child.on('message', () => {
        if (w.committed.length === 25) resolve();
      }),
    );
    // Let it get into the next transactions, then kill without any chance to clean up.
    await new Promise((resolve) => setTimeout(resolve, 7));
    w.child.kill('SIGKILL');
    expect((await w.exited).signal).toBe('SIGKILL');

    const { integrity, brands, defaults, presets } = await inspect(engine, file);
    expect(integrity).toBe('ok');
    const batches = new Set(brands.map((name) => Number(name.replace('Clinic k ', ''))));
    // Every batch the writer reported as committed is there...
    for (const batch of w.committed) expect(batches.has(batch)).toBe(true);
    // ...and every batch that is there is whole: its profile and all of its presets, never a part.
    expect(presets).toHaveLength(batches.size * PRESETS_PER_BATCH);
    for (const batch of batches) {
      const own = presets.filter((name) => name.startsWith(`k batch ${batch} preset `));
      expect(own).toHaveLength(PRESETS_PER_BATCH);
    }
    expect(defaults).toBe(1);

    // The store still opens (WAL recovered) and accepts writes.
    const reopened = engine.open(file);
    await reopened.presets.create({ name: 'After the crash', sections: [{ id: 'hydration' }] }, AS_ADMIN);
    expect((await reopened.presets.list()).length).toBe(batches.size * PRESETS_PER_BATCH + 1);
    await reopened.close();
  }, 60_000);
});
