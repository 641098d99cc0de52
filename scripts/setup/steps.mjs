// Set-up steps shared by `npm start` and `npm test`. Plain Node with no dependencies: these run before
// node_modules exists.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..', '..');

// Next.js sends anonymous usage data by default; a clinic's machine must make no outside request.
process.env.NEXT_TELEMETRY_DISABLED = '1';

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

/**
 * npm ci when node_modules is missing or was installed from another package-lock.json or other
 * patches/ (patch-package applies them only on install: a changed patch would otherwise go untested).
 */
export function ensureNodeModules() {
  const lock = path.join(root, 'package-lock.json');
  const stamp = path.join(root, 'node_modules', '.install-stamp');
  const hash = createHash('sha256').update(readFileSync(lock));
  const patches = path.join(root, 'patches');
  for (const name of existsSync(patches) ? readdirSync(patches).sort() : []) {
    hash.update(name).update(readFileSync(path.join(patches, name)));
  }
  const want = hash.digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  console.log('• Installing npm packages (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
  writeFileSync(stamp, want);
}

const isInstalled = (pkg) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes(
    'install ok installed',
  );

/** Debian packages the project needs (a browser, fonts), installed when missing and we are root. */
export function ensureDebianPackages(packages, why) {
  const missing = packages.filter((pkg) => !isInstalled(pkg));
  if (missing.length === 0) return true;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.warn(
      `! Missing Debian packages for ${why}: ${missing.join(' ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`,
    );
    return false;
  }
  console.log(`• Installing ${missing.join(', ')} from Debian (${why})…`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return true;
}

const SOURCES = [
  'app',
  'lib',
  'templates',
  'locales',
  'fonts',
  'next.config.js',
  'package-lock.json',
  'tsconfig.json',
];

function newestMtime(target) {
  const full = path.join(root, target);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(full).reduce(
    (max, name) => Math.max(max, newestMtime(path.join(target, name))),
    stat.mtimeMs,
  );
}

/** next build, unless the last build is newer than every source file. */
export function ensureBuild() {
  const buildId = path.join(root, process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID');
  if (existsSync(buildId) && statSync(buildId).mtimeMs > Math.max(...SOURCES.map(newestMtime))) return;
  console.log('• Building the app (next build)…');
  run('npx', ['next', 'build']);
}
