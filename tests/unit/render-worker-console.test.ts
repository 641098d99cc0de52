import { Worker } from 'node:worker_threads';

import { describe, expect, it } from 'vitest';

/*
 * The built server's render worker carries Next.js's console patch (console-exit.js), which needs
 * globalThis.AsyncLocalStorage; without lib/pdf/worker-globals.ts loaded first, the first console.warn
 * in a render threw and the Somali first-visit handout (react-pdf warns about a block taller than a
 * page) came back as a 500. This runs Next's real patch in a fresh thread, as the bundle does.
 */
function warnInThread(withGlobals: boolean): Promise<string> {
  const globals = JSON.stringify(new URL('../../lib/pdf/worker-globals.ts', import.meta.url).href);
  const source = `
    const { parentPort } = require('node:worker_threads');
    import('tsx/esm/api').then(async ({ register }) => {
      register();
      if (${withGlobals}) await import(${globals});
      require('next/dist/server/node-environment-extensions/console-exit.js');
      try {
        console.error('a render warning');
        parentPort.postMessage('logged');
      } catch (error) {
        parentPort.postMessage('threw: ' + error.message);
      }
    });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, stderr: true });
    worker.once('message', (message: string) => void worker.terminate().then(() => resolve(message)));
    worker.once('error', reject);
  });
}

describe('a render worker thread under Next.js', () => {
  it('can log: the worker globals give Next’s console patch its AsyncLocalStorage', async () => {
    expect(await warnInThread(true)).toBe('logged');
  });

  it('(the same thread without them throws on the first log line, the 500 this prevents)', async () => {
    expect(await warnInThread(false)).toMatch(/^threw: Invariant: AsyncLocalStorage/);
  });
});
