// `npm run store:copy -- --from sqlite:./data/handouts.sqlite --to postgres://…` (or the reverse):
// copies every profile, logo, saved handout, user and audit entry into an empty store, all or nothing.
import { parseArgs } from 'node:util';

import { copyStore } from '@/lib/store/copy';

const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
if (!values.from || !values.to) {
  console.error(
    'Usage: npm run store:copy -- --from <sqlite:path | postgres://…> --to <sqlite:path | postgres://…>',
  );
  process.exit(2);
}
// Never echo a URL: it may hold a password.
try {
  const counts = await copyStore(values.from, values.to);
  console.log(
    '✓ Copied:',
    Object.entries(counts)
      .map(([table, n]) => `${table} ${n}`)
      .join(', '),
  );
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
