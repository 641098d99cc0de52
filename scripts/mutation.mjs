// `npm run test:mutation [-- folder ...]`: Stryker (vitest runner) over the code whose slips a patient
// would read, one folder at a time, each with the tests that may kill its mutants and its own
// incremental file, then the score per folder. Not part of `npm test`: it takes CPU time, not seconds.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

// The tests listed per folder are the fast ones that read the words (payload, spec, store rules) without
// drawing a PDF: Stryker imports every listed test file again for each mutant, and a file that loads
// react-pdf costs seconds each time. The rendered-text twins of these checks run in `npm test`.
const FOLDERS = {
  payload: {
    mutate: ['lib/payload/**/*.ts'],
    tests: ['tests/unit/payload.test.ts', 'tests/unit/section-text.test.ts', 'tests/unit/content.test.ts'],
  },
  sections: {
    mutate: ['templates/sections/**/*.ts'],
    tests: [
      'tests/unit/section-*.test.ts',
      'tests/unit/payload.test.ts',
      'tests/unit/content.test.ts',
      'tests/unit/spec-schema.test.ts',
    ],
  },
  'store-validation': {
    mutate: [
      'lib/store/*schemas*.ts',
      'lib/store/brand-rules.ts',
      'lib/store/emergency-check.ts',
      'lib/store/transfer-schema.ts',
    ],
    tests: [
      'tests/unit/store-brands.test.ts',
      'tests/unit/store-brand-rules.test.ts',
      'tests/unit/store-presets.test.ts',
      'tests/unit/store-transfer.test.ts',
      'tests/unit/store-per-patient.test.ts',
    ],
  },
  logo: {
    mutate: [
      'lib/store/logo-limits.ts',
      'lib/store/logo-sniff.ts',
      'lib/store/svg-guard.ts',
      'lib/store/logo-upload.ts',
      'lib/pdf/logo.ts',
    ],
    tests: [
      'tests/unit/store-logo-checks.test.ts',
      'tests/unit/pdf-logo.test.ts',
      'tests/unit/store-logo.test.ts',
      'tests/unit/store-brands.test.ts',
      'tests/unit/store-transfer.test.ts',
    ],
  },
  spec: {
    mutate: ['lib/spec/**/*.ts'],
    tests: [
      'tests/unit/spec-schema.test.ts',
      'tests/unit/spec-rules.test.ts',
      'tests/unit/section-text.test.ts',
      'tests/unit/payload.test.ts',
    ],
  },
};

const incrementalFile = (name) => `reports/mutation/${name}.json`;

/** Stryker's mutation score: detected (killed, timed out) over detected and undetected (survived, not covered). */
function score(name) {
  if (!existsSync(incrementalFile(name))) return undefined;
  const report = JSON.parse(readFileSync(incrementalFile(name), 'utf8'));
  const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
  for (const file of Object.values(report.files))
    for (const mutant of file.mutants) if (mutant.status in counts) counts[mutant.status] += 1;
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  return { ...counts, score: valid === 0 ? 100 : (100 * detected) / valid };
}

const chosen = process.argv.slice(2);
for (const name of chosen)
  if (!(name in FOLDERS)) throw new Error(`Unknown folder "${name}": ${Object.keys(FOLDERS).join(', ')}`);
for (const name of chosen.length > 0 ? chosen : Object.keys(FOLDERS)) {
  const { mutate, tests } = FOLDERS[name];
  console.log(`\n• Mutation testing: ${name}`);
  const result = spawnSync(
    'npx',
    [
      'stryker',
      'run',
      'stryker.config.mjs',
      '--mutate',
      mutate.join(','),
      '--testFiles',
      tests.join(','),
      '--incrementalFile',
      incrementalFile(name),
    ],
    { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

console.log(
  '\n| folder | killed | timed out | survived | no coverage | score |\n| --- | --- | --- | --- | --- | --- |',
);
for (const name of Object.keys(FOLDERS)) {
  const s = score(name);
  console.log(
    s
      ? `| ${name} | ${s.Killed} | ${s.Timeout} | ${s.Survived} | ${s.NoCoverage} | ${s.score.toFixed(1)} % |`
      : `| ${name} | not run yet | | | | |`,
  );
}
