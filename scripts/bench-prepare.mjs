// `npm run bench` from a clean clone, as `npm test` does: npm packages, Debian's Chromium (the preview
// measure drives the builder in it), the CJK fonts (the per-language table) and a build newer than
// every source file, each only when missing.
import { ensureBuild, ensureDebianPackages, ensureNodeModules } from './setup/steps.mjs';

ensureNodeModules();
const packages = ['chromium', 'fonts-noto-cjk'];
if (!ensureDebianPackages(packages, 'the preview and Chinese, Japanese, Korean measures of `npm run bench`'))
  process.exit(1);
ensureBuild();
