// `npm run bench`: the speed goals of issue 10 as ratios to a naive react-pdf render measured in the
// same run (scripts/bench-naive.tsx), all through the built server's API; then every language, then
// the memory soak. Measured, not asserted (see the README). Needs `next build` first.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg as systemLoad } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

import { ZLocaleSchema } from '@/lib/i18n/locales';

import { pdfText } from '../tests/helpers/pdf';
import { measurePreview } from './bench-preview';
import { median, post, residentMb, startServer, waitUntilWarm } from './bench-server';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const SOAK = Number(process.env.BENCH_SOAK ?? 5000);
const PORT = Number(process.env.BENCH_PORT ?? 3190);
const loadavg = () =>
  systemLoad()
    .map((value) => value.toFixed(1))
    .join(' ');
const load = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const firstVisit = load('examples/first-visit.json');
const everything = load('examples/everything.json');

/** First-visit for patient `run`, its heat time moved by one minute each run (10-20 minutes). */
function editedFirstVisit(run: number): unknown {
  const { sections } = firstVisit as { sections: { id: string; params?: Record<string, unknown> }[] };
  return {
    ...firstVisit,
    patient: { name: `Patient ${run}`, date: '2026-11-21' },
    sections: sections.map((section) =>
      section.id === 'heat-cold'
        ? { ...section, params: { ...section.params, heatMinutes: 10 + (run % 11) } }
        : section,
    ),
  };
}

if (!existsSync(path.join(process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'))) {
  console.error('No build found: run `npx next build` first.');
  process.exit(1);
}

/** The naive render in its own process, asked for one warm render at a time. */
async function startNaive() {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'bench-naive.tsx')],
    { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } },
  );
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => String((await lines.next()).value);
  const cold = JSON.parse(await next()) as { coldMs: number; pages: number };
  const render = async () => {
    child.stdin.write('render\n');
    return Number(await next());
  };
  for (let i = 0; i < 5; i += 1) await render();
  return { ...cold, render, stop: () => child.kill() };
}

const naive = await startNaive();
const naiveTimes: number[] = [];

/**
 * Sequential API renders, each followed by a naive render: medians of both, side by side. A render that
 * is not a 200 is counted, not timed (the Somali first-visit 500 of issue 14 must not stop the run).
 */
async function sequential(url: string, spec: unknown, runs = RUNS) {
  const api: number[] = [];
  const own: number[] = [];
  let failed = 0;
  for (let i = 0; i < runs; i += 1) {
    const answer = await post(url, typeof spec === 'function' ? (spec as (run: number) => unknown)(i) : spec);
    if (answer.status === 200) api.push(answer.ms);
    else failed += 1;
    own.push(await naive.render());
  }
  naiveTimes.push(...own);
  return { ms: median(api), ratio: median(api) / median(own), failed };
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
        if (done % step === 0) {
          samples.push({ renders: done, rssMb: residentMb(pid) });
          console.log(`  ${done} renders: RSS ${Math.round(residentMb(pid))} MB`);
        }
      }
    }),
  );
  const afterWarmUp = samples.filter((sample) => sample.renders >= SOAK / 5).map((sample) => sample.rssMb);
  return { samples, failed, spreadMb: Math.max(...afterWarmUp) - Math.min(...afterWarmUp) };
}

/*
 * The first handout after a start, on FRESH_STARTS fresh servers (fresh stores): one start's figure
 * swung from 526 to 1005 ms with what else the machine did, so the median is reported. The last start
 * is the server the rest of the bench uses.
 */
const FRESH_STARTS = Math.max(1, Number(process.env.BENCH_FRESH_STARTS ?? 3));
const firsts: number[] = [];
for (let start = 1; start < FRESH_STARTS; start += 1) {
  const fresh = await startServer(PORT);
  firsts.push((await post(fresh.url, firstVisit)).ms);
  fresh.stop();
  await new Promise((resolve) => fresh.process.once('exit', resolve));
}
const server = await startServer(PORT);
process.on('exit', () => {
  server.stop();
  naive.stop();
});
const pid = server.process.pid ?? 0;
firsts.push((await post(server.url, firstVisit)).ms);
console.log(
  `Naive react-pdf (${naive.pages} pages, one process): cold ${Math.round(naive.coldMs)} ms. ` +
    `Server ready in ${Math.round(server.readyMs)} ms, RSS ${Math.round(residentMb(pid))} MB.`,
);
// Steady state: the workers finish their practice handouts in the background.
await waitUntilWarm(server.url, pid);
const fv = await sequential(server.url, firstVisit);
// The same handout with another patient and another heat time each time, as after an edit in the
// builder: the blocks the edit changes (heat, the plan, the tracker) are laid out again, the rest are
// reused from the block cache (lib/pdf/block-layout-cache.ts), which the repeated handout above hits.
const fvEdited = await sequential(server.url, (run: number) => editedFirstVisit(run));
const all = await sequential(server.url, everything);
// Throughput: the server at concurrency 4, then one naive process rendering back to back. A server
// that has drawn one handout at a time is slower in its first few hundred at four in flight: five
// rounds of 200 here gave 80, 89, 93, 100 and 104 a second, the CPU a handout of all its threads
// falling from 22 to 16.5 ms (the render workers and V8's helper threads most; the same with five times
// the practice at boot, or with a pause between rounds). The rate is measured after WARM_RENDERS at
// that concurrency, over 400 renders (about 4 s; over 60, the first and last handouts in flight were a
// sixth of the window); the warm-up's own rate is shown beside it.
const WARM_RENDERS = Number(process.env.BENCH_THROUGHPUT_WARM ?? 300);
const warmRate = await throughput(server.url, firstVisit, 4, WARM_RENDERS);
const rate = await throughput(server.url, firstVisit, 4, Math.max(400, RUNS * 2));
const naiveBurst: number[] = [];
for (let i = 0; i < 10; i += 1) naiveBurst.push(await naive.render());
const naiveRate = 1000 / median(naiveBurst);
const preview = await measurePreview(server.url, Math.max(5, Math.min(RUNS, 15)));
const round = (value: number) => Number(value.toFixed(2));
console.log(`Naive warm median over the run: ${Math.round(median(naiveTimes))} ms; load ${loadavg()}.`);
console.table([
  {
    measure: `first-visit, sequential median (${fv.failed} failed)`,
    ms: Math.round(fv.ms),
    ratio: round(fv.ratio),
    goal: '<= 0.5x',
    met: fv.ratio <= 0.5,
  },
  {
    measure: `first-visit, another patient and heat time each time (${fvEdited.failed} failed)`,
    ms: Math.round(fvEdited.ms),
    ratio: round(fvEdited.ratio),
    goal: '-',
    met: '-',
  },
  {
    measure: `everything, sequential median (${all.failed} failed)`,
    ms: Math.round(all.ms),
    ratio: round(all.ratio),
    goal: '<= 1.25x',
    met: all.ratio <= 1.25,
  },
  {
    measure: `handouts/s, concurrency 4, its first ${WARM_RENDERS} (${warmRate.refused} refused)`,
    ms: round(warmRate.perSecond),
    ratio: round(warmRate.perSecond / naiveRate),
    goal: '-',
    met: '-',
  },
  {
    measure: `handouts/s, concurrency 4, the next ${Math.max(400, RUNS * 2)} (${rate.refused} refused)`,
    ms: round(rate.perSecond),
    ratio: round(rate.perSecond / naiveRate),
    goal: '>= 3x',
    met: rate.perSecond / naiveRate >= 3,
  },
  {
    measure: `first handout after the server starts (median of ${firsts.length} starts: ${firsts.map(Math.round).join(', ')} ms)`,
    ms: Math.round(median(firsts)),
    ratio: round(median(firsts) / median(naiveTimes)),
    goal: '<= 3x',
    met: median(firsts) / median(naiveTimes) <= 3,
  },
  {
    measure: `preview: keystroke to the page on screen (${preview.pages} pages)`,
    ms: Math.round(preview.onScreenMs),
    ratio: '-',
    goal: '<= 400 ms',
    met: preview.onScreenMs <= 400,
  },
  {
    measure: 'preview: keystroke to the request sent (debounce)',
    ms: Math.round(preview.requestMs),
    ratio: '-',
    goal: '-',
    met: '-',
  },
  {
    measure: 'preview: keystroke to the PDF received',
    ms: Math.round(preview.responseMs),
    ratio: '-',
    goal: '-',
    met: '-',
  },
  {
    measure: 'preview: keystroke to every page drawn',
    ms: Math.round(preview.allPagesMs),
    ratio: '-',
    goal: '-',
    met: '-',
  },
]);

const languages = [];
for (const locale of ZLocaleSchema.options) {
  const spec = { ...firstVisit, locale };
  const answer = await post(server.url, spec);
  const warm = await sequential(server.url, spec, Math.min(RUNS, 5));
  const isPdf = answer.status === 200;
  languages.push({
    locale,
    pages: isPdf ? (await pdfText(answer.bytes)).pages : `HTTP ${answer.status}`,
    'PDF KB': isPdf ? Math.round(answer.bytes.length / 1024) : '-',
    // The language's first handout since the start: a language not in use warms with it.
    'first ms': Math.round(answer.ms),
    'median ms': Math.round(warm.ms),
    ratio: round(warm.ratio),
    failed: warm.failed + (isPdf ? 0 : 1),
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
naive.stop();
process.exit(0);
