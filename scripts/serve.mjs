// The app's own HTTP server (`npm start`, `npm run dev`, the browser tests): Next.js's request handler
// behind a plain Node server, so the app can know the real peer of each request. Next copies any
// X-Forwarded-For a client sends, so only this server can say that a request came from this machine,
// which the first-admin set-up depends on (lib/auth/peer.ts).
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';

import { noteRequest } from '../lib/http/request-activity.mjs';
import { logger, logRequest } from './request-log.mjs';

const dev = process.argv.includes('--dev');
process.env.NODE_ENV ??= dev ? 'development' : 'production';
// Known only inside this process: a client cannot forge the peer header without it.
process.env.HANDOUTS_PEER_TOKEN = randomBytes(24).toString('hex');
process.env.NEXT_TELEMETRY_DISABLED = '1';

const { default: next } = await import('next');

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? 'localhost';
const app = next({ dev, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

/*
 * The first dynamic request a Next server answers loads its route runtime and the proxy: about 200 ms
 * here, paid by whoever asks first (static routes such as /api/sections do not load it). Pay it now,
 * through a throwaway loopback server, before the real one listens: the liveness route touches nothing.
 * Then one handout for no one (the default sections, a made-up clinic and patient): the first handout
 * request still cost about 50 ms more than the next (the route's code, its checks and the store's
 * reads, run once on this thread); a tiny first handout took 80-120 ms after a start, and 40-50 ms after
 * this. Where signing in is required to build handouts it is refused (401), which warms less.
 */
async function warmUpRequests() {
  const started = performance.now();
  const probe = http.createServer((request, response) => handle(request, response));
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', () => resolve(undefined)));
  try {
    const address = probe.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const answer = await fetch(`http://127.0.0.1:${port}/api/health`);
    await answer.arrayBuffer();
    const handout = await fetch(`http://127.0.0.1:${port}/api/handouts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // A made-up patient and clinician, as a real handout prints: their checks run once here too.
      body: JSON.stringify({
        brand: { name: 'Clinic', phone: '555-0100' },
        patient: { name: 'Practice Patient', date: '2026-01-01' },
        clinician: { name: 'Practice Clinician', credentials: 'PT' },
      }),
    });
    await handout.arrayBuffer();
    logger.info(
      { status: answer.status, handout: handout.status, ms: Math.round(performance.now() - started) },
      'warmed the request path',
    );
  } catch (error) {
    // Not fatal: the first real request pays the cost instead.
    logger.warn({ err: error }, 'could not warm the request path');
  } finally {
    await new Promise((resolve) => probe.close(() => resolve(undefined)));
  }
}
if (!dev) await warmUpRequests();

const server = http.createServer((request, response) => {
  logRequest(request, response);
  noteRequest(request.url);
  request.headers['x-clinic-handouts-peer'] =
    `${process.env.HANDOUTS_PEER_TOKEN} ${request.socket.remoteAddress ?? ''}`;
  handle(request, response);
});
server.listen(port, hostname, () => {
  logger.info({ port, store: process.env.DATABASE_URL ? 'postgresql' : 'sqlite' }, 'listening');
  console.log(`• Clinic Handouts on http://${hostname}:${port}`);
});

// The store the app opened (lib/store/open.ts keeps it on globalThis under this key).
const STORE = Symbol.for('clinic-handouts.store');
// A render takes seconds; a load balancer usually waits 30 s after SIGTERM before it kills.
const SHUTDOWN_GRACE_MS = 25_000;

// Stop taking requests, let the ones in flight (renders too) finish, close the store, then leave.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.warn('requests still running after the grace period; leaving anyway');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    server.close(async () => {
      try {
        const store = globalThis[STORE];
        await store?.close();
        logger.info({ store: store ? 'closed' : 'never opened' }, 'stopped');
        process.exit(0);
      } catch (error) {
        logger.error({ err: error }, 'the store did not close cleanly');
        process.exit(1);
      }
    });
    server.closeIdleConnections();
  });
}
