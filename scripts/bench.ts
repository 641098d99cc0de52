// `npm run bench`: render speed of the example specs, measured, not asserted (see the README).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

import { ZLocaleSchema } from '@/lib/i18n/locales';
import { renderHandout } from '@/lib/pdf/render';

import { pdfText } from '../tests/helpers/pdf';

const WARM_RUNS = Number(process.env.BENCH_RUNS ?? 60);
const BURST = Number(process.env.BENCH_BURST ?? 30);
const WORKER = path.join(import.meta.dirname, 'bench-worker.ts');

function child(args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
}

async function lastJson(proc: ReturnType<typeof child>): Promise<Record<string, number>> {
  let last = '';
  for await (const line of createInterface({ input: proc.stdout })) last = line;
  return JSON.parse(last) as Record<string, number>;
}

async function cold(file: string) {
  return (await lastJson(child(['cold', file]))).coldMs ?? NaN;
}

/** Two processes render at once (the machine has two cores): renders per second for the pair. */
async function twoWorkers(file: string): Promise<number> {
  const procs = [child(['burst', file, String(BURST)]), child(['burst', file, String(BURST)])];
  const results = procs.map((proc) => {
    const lines = createInterface({ input: proc.stdout });
    return new Promise<number>((resolve) => {
      lines.on('line', (line) => {
        if (line === 'ready') ready();
        else if (line.startsWith('{')) resolve((JSON.parse(line) as { elapsedMs: number }).elapsedMs);
      });
    });
  });
  let waiting = procs.length;
  function ready() {
    waiting -= 1;
    if (waiting === 0) for (const proc of procs) proc.stdin.end('go\n');
  }
  const elapsed = await Promise.all(results);
  return (BURST * procs.length) / (Math.max(...elapsed) / 1000);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** `npm run bench -- --locales`: the typical handout in every language (pages, size, warm render time). */
async function benchLocales() {
  const spec = JSON.parse(readFileSync('examples/first-visit.json', 'utf8')) as Record<string, unknown>;
  const rows = [];
  for (const locale of ZLocaleSchema.options) {
    const localized = { ...spec, locale };
    const first = await renderHandout(localized);
    const times: number[] = [];
    for (let i = 0; i < Math.min(WARM_RUNS, 20); i += 1) {
      const start = performance.now();
      await renderHandout(localized);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    rows.push({
      locale,
      pages: (await pdfText(first.pdf)).pages,
      'PDF KB': Math.round(first.pdf.length / 1024),
      'warm median ms': Math.round(percentile(times, 50)),
    });
  }
  console.log(`Node ${process.version}, examples/first-visit.json in every language.`);
  console.table(rows);
}

if (process.argv.includes('--locales')) {
  await benchLocales();
  process.exit(0);
}

const rows = [];
for (const name of readdirSync('examples')
  .filter((file) => file.endsWith('.json'))
  .sort()) {
  const file = path.join('examples', name);
  const spec: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const coldMs = await cold(file);
  const first = await renderHandout(spec);
  const times: number[] = [];
  for (let i = 0; i < WARM_RUNS; i += 1) {
    const start = performance.now();
    await renderHandout(spec);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  rows.push({
    spec: name,
    pages: (await pdfText(first.pdf)).pages,
    'cold ms': Math.round(coldMs),
    'warm median ms': Math.round(percentile(times, 50)),
    'warm p95 ms': Math.round(percentile(times, 95)),
    'renders/s (2 workers)': Number((await twoWorkers(file)).toFixed(1)),
    'PDF KB': Math.round(first.pdf.length / 1024),
  });
}
console.log(
  `Node ${process.version}, ${WARM_RUNS} warm renders per spec, ${BURST} per worker for throughput.`,
);
console.table(rows);
