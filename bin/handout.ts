import { text } from 'node:stream/consumers';

import { runCli } from '@/lib/cli/handout-cli';

process.exitCode = await runCli(process.argv.slice(2), {
  readStdin: () => text(process.stdin),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
