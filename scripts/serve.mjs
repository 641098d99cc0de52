// The app's own HTTP server (`npm start`, `npm run dev`, the browser tests): Next.js's request handler
// behind a plain Node server, so the app can know the real peer of each request. Next copies any
// X-Forwarded-For a client sends, so only this server can say that a request came from this machine,
// which the first-admin set-up depends on (lib/auth/peer.ts).
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';

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

const server = http.createServer((request, response) => {
  request.headers['x-clinic-handouts-peer'] =
    `${process.env.HANDOUTS_PEER_TOKEN} ${request.socket.remoteAddress ?? ''}`;
  handle(request, response);
});
server.listen(port, hostname, () => console.log(`• Clinic Handouts on http://${hostname}:${port}`));

// Stop taking requests, let the ones in flight finish, then leave.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
