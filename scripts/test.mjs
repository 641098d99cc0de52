// `npm test`: everything CI checks, in order of cost. Installs what is missing first (npm packages;
// Debian's Chromium, fonts, poppler and PostgreSQL when root), then stops at the first failing step.
import { ensureBuild, ensureDebianPackages, ensureNodeModules, run } from './setup/steps.mjs';

ensureNodeModules();
const hasSystem = ensureDebianPackages(['chromium', 'fonts-noto-cjk', 'poppler-utils'], 'the browser tests');
if (!hasSystem) process.exit(1);
// Not fatal: without it the PostgreSQL half of the store tests is reported as skipped, with the reason.
ensureDebianPackages(['postgresql'], 'the store tests on PostgreSQL (tests/helpers/pg-server.ts)');

const steps = [
  ['Typecheck', 'npx', ['tsc', '--noEmit']],
  ['Lint and format', 'npm', ['run', '-s', 'lint']],
  ['Unit and render tests', 'npx', ['vitest', 'run']],
];
for (const [name, command, args] of steps) {
  console.log(`\n• ${name}`);
  run(command, args);
}
console.log('\n• Build for the browser tests');
ensureBuild();
console.log('\n• Browser tests');
run('npx', ['playwright', 'test']);
console.log('\n✓ All test steps passed.');
