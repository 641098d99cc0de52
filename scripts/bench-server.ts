// The built server, started by `npm run bench` on its own port, and the requests the bench sends it.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface BenchServer {
  url: string;
  process: ChildProcess;
  /** From spawn to the first answer of GET /api/sections. */
  readyMs: number;
  stop: () => void;
}

export async function startServer(port: number): Promise<BenchServer> {
  const started = performance.now();
  // The server `npm start` runs (scripts/serve.mjs), so the bench measures what clinics get.
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: {
      ...process.env,
      HOST: 'localhost',
      PORT: String(port),
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      HANDOUTS_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'handouts-bench-')),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://localhost:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error('The server stopped while starting.');
    try {
      if ((await fetch(`${url}/api/sections`)).ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url, process: child, readyMs: performance.now() - started, stop: () => child.kill() };
}

export interface Answer {
  status: number;
  ms: number;
  bytes: Uint8Array;
}

/*
 * The bench's client shares the two cores with the server it measures: node:http with kept-alive
 * connections costs it about a third of the CPU that fetch (undici) did per request (1.7 -> 0.6 ms here),
 * which the server then has for itself, as it would with its clients on other machines.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

function send(url: string, body: string): Promise<{ status: number; bytes: Uint8Array }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/api/handouts`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, bytes: new Uint8Array(Buffer.concat(chunks)) }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

export async function post(url: string, spec: unknown): Promise<Answer> {
  const start = performance.now();
  const body = JSON.stringify(spec);
  // A kept-alive connection that sat idle past the server's keep-alive timeout (while the naive
  // render ran) can be closed just as it is reused: that request is sent again, once.
  // Status 0: no answer at all (the bench counts it as a failed render and goes on).
  try {
    const { status, bytes } = await send(url, body).catch(() => send(url, body));
    return { status, ms: performance.now() - start, bytes };
  } catch {
    return { status: 0, ms: performance.now() - start, bytes: new Uint8Array() };
  }
}

/** Resident memory of the server process (render worker threads included), in MB. */
export function residentMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

/** CPU seconds a process has used so far (user + system), from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Waits until the server's render workers have drawn their warm-up and practice handouts (/api/ready
 * says `renderers: 'warm'`; it serves as soon as the languages in use are warm, and practice only runs
 * while no render comes in, so without this wait the bench would measure workers that never got to
 * practise), then until it is idle.
 */
export async function waitUntilWarm(url: string, pid: number): Promise<void> {
  for (;;) {
    const answer = (await (await fetch(`${url}/api/ready`)).json()) as { renderers?: string };
    if (answer.renderers !== 'warming') break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await waitUntilIdle(pid);
}

/** Waits until the server uses less than a tenth of a core over a second. */
export async function waitUntilIdle(pid: number): Promise<void> {
  for (;;) {
    const before = cpuSeconds(pid);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (cpuSeconds(pid) - before < 0.1) return;
  }
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
