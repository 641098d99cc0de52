// One benchmark process: `cold SPEC` times the first render in a fresh process; `burst SPEC N` warms
// up, waits for "go" on stdin, renders N times and prints the elapsed milliseconds.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';

import { renderHandout } from '@/lib/pdf/render';

const [mode, file, count] = process.argv.slice(2);
const spec: unknown = JSON.parse(readFileSync(file ?? '', 'utf8'));

if (mode === 'cold') {
  const start = performance.now();
  await renderHandout(spec);
  console.log(JSON.stringify({ coldMs: performance.now() - start }));
} else {
  await renderHandout(spec);
  console.log('ready');
  await once(process.stdin, 'data');
  const start = performance.now();
  for (let i = 0; i < Number(count); i += 1) await renderHandout(spec);
  console.log(JSON.stringify({ elapsedMs: performance.now() - start }));
}
