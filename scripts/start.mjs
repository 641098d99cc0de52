// `npm start`: install what is missing, build when sources changed, serve on http://localhost:3000.
import { spawn } from 'node:child_process';

import { ensureBuild, ensureDebianPackages, ensureNodeModules, root } from './setup/steps.mjs';

ensureNodeModules();
// Chinese, Japanese and Korean handouts need the CJK fonts; every other script ships in fonts/.
ensureDebianPackages(['fonts-noto-cjk'], 'Chinese, Japanese and Korean handouts');
ensureBuild();

const server = spawn(process.execPath, ['scripts/serve.mjs'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
