// `npm run bench`: the speed goals of issue 10 as ratios to a naive react-pdf render measured in the
// same run (scripts/bench-naive.tsx), all through the built server's API; then every language, then
// the memory soak. Measured, not asserted (see the README). Needs `next build` first.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { ZLocaleSchema } from '@/lib/i18n/locales';

import { pdfText } from '../tests/helpers/pdf';
import { median, post, residentMb, startServer } from './bench-server';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const SOAK = Number(process.env.BENCH_SOAK ?? 5000);
const PORT = Number(process.env.BENCH_PORT ?? 3190);
const load = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const firstVisit = load('examples/first-visit.json');
const everything = load('examples/everything.json');

if (!existsSync(path.join(process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'))) {
  console.error('No build found: run `npx next build` first.');
  process.exit(1);
}

function naiveBaseline(): { coldMs: number; medianMs: number; pages: number } {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'bench-naive.tsx'), String(RUNS)],
    { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as {
    coldMs: number;
    medianMs: number;
    pages: number;
  };
}

async function sequential(url: string, spec: unknown, runs = RUNS): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push((await post(url, spec)).ms);
  return median(times);
}

/** Handouts per second with `concurrency` requests in flight, over `total` renders. */
async function throughput(url: string, spec: unknown, concurrency: number, total: number) {
  let next = 0;
  let refused = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        if ((await post(url, spec)).status !== 200) refused += 1;
      }
    }),
  );
  return { perSecond: (total - refused) / ((performance.now() - start) / 1000), refused };
}

/** Varied renders (spec, language, patient, parameters), two at a time; RSS sampled as it goes. */
async function soak(url: string, pid: number) {
  const specs = [firstVisit, everything, load('examples/one-section.json')];
  const samples: { renders: number; rssMb: number }[] = [{ renders: 0, rssMb: residentMb(pid) }];
  let done = 0;
  let failed = 0;
  const step = Math.max(1, Math.round(SOAK / 20));
  await Promise.all(
    Array.from({ length: 2 }, async () => {
      while (done < SOAK) {
        const index = done;
        done += 1;
        const spec = {
          ...specs[index % specs.length],
          locale: ZLocaleSchema.options[index % ZLocaleSchema.options.length],
          patient: { name: `Patient ${index}`, date: '2026-11-21' },
        };
        if ((await post(url, spec)).status !== 200) failed += 1;
        if (done % step === 0) samples.push({ renders: done, rssMb: residentMb(pid) });
      }
    }),
  );
  const afterWarmUp = samples.filter((sample) => sample.renders >= SOAK / 5).map((sample) => sample.rssMb);
  return { samples, failed, spreadMb: Math.max(...afterWarmUp) - Math.min(...afterWarmUp) };
}

const naive = naiveBaseline();
const server = await startServer(PORT);
const pid = server.process.pid ?? 0;
const first = await post(server.url, firstVisit);
console.log(
  `Naive react-pdf (${naive.pages} pages, one process): cold ${Math.round(naive.coldMs)} ms, ` +
    `warm median ${Math.round(naive.medianMs)} ms. Server ready in ${Math.round(server.readyMs)} ms, ` +
    `RSS ${Math.round(residentMb(pid))} MB.`,
);
const firstVisitMs = await sequential(server.url, firstVisit);
const everythingMs = await sequential(server.url, everything);
const rate = await throughput(server.url, firstVisit, 4, Math.max(40, RUNS * 2));
const naiveRate = 1000 / naive.medianMs;
const ratio = (value: number) => Number((value / naive.medianMs).toFixed(2));
console.table([
  {
    measure: 'first-visit, sequential median',
    ms: Math.round(firstVisitMs),
    ratio: ratio(firstVisitMs),
    goal: '<= 0.5x',
    met: ratio(firstVisitMs) <= 0.5,
  },
  {
    measure: 'everything, sequential median',
    ms: Math.round(everythingMs),
    ratio: ratio(everythingMs),
    goal: '<= 1.25x',
    met: ratio(everythingMs) <= 1.25,
  },
  {
    measure: `handouts/s, concurrency 4 (${rate.refused} refused)`,
    ms: Number(rate.perSecond.toFixed(1)),
    ratio: Number((rate.perSecond / naiveRate).toFixed(2)),
    goal: '>= 3x',
    met: rate.perSecond / naiveRate >= 3,
  },
  {
    measure: 'first handout after the server starts',
    ms: Math.round(first.ms),
    ratio: ratio(first.ms),
    goal: '<= 3x',
    met: ratio(first.ms) <= 3,
  },
]);

const languages = [];
for (const locale of ZLocaleSchema.options) {
  const spec = { ...firstVisit, locale };
  const answer = await post(server.url, spec);
  const warmMs = await sequential(server.url, spec, Math.min(RUNS, 5));
  languages.push({
    locale,
    pages: (await pdfText(answer.bytes)).pages,
    'PDF KB': Math.round(answer.bytes.length / 1024),
    'median ms': Math.round(warmMs),
    ratio: ratio(warmMs),
  });
}
console.log('examples/first-visit.json in every language, through the API:');
console.table(languages);

if (SOAK > 0) {
  const result = await soak(server.url, pid);
  console.log(`Memory over ${SOAK} varied renders (${result.failed} not 200), RSS in MB:`);
  console.log(result.samples.map((sample) => `${sample.renders}: ${Math.round(sample.rssMb)}`).join(', '));
  console.log(
    `After warm-up (the first fifth) RSS moved within ${Math.round(result.spreadMb)} MB ` +
      `(goal: within 50 MB): ${result.spreadMb <= 50 ? 'met' : 'not met'}.`,
  );
}
server.stop();
process.exit(0);
