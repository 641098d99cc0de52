import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/*
 * A throwaway PostgreSQL for the store tests, from Debian's `postgresql` package: a fresh cluster in a
 * temporary directory on a free port, removed afterwards. initdb and pg_ctl refuse to run as root, so
 * as root they run as the `postgres` system user in a directory that user owns.
 */

export interface TPgServer {
  url: string;
  stop(): void;
}

function serverBin(): string {
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base)
    ? fs.readdirSync(base).filter((name) => fs.existsSync(path.join(base, name, 'bin', 'initdb')))
    : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error(`no PostgreSQL server under ${base} (apt-get install postgresql)`);
  return path.join(base, newest, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

export async function startPgServer(): Promise<TPgServer> {
  const bin = serverBin();
  const isRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handouts-pg-'));
  const data = path.join(dir, 'data');
  if (isRoot) spawnSync('chown', ['postgres:postgres', dir]);
  const asServer = (command: string, args: string[]) => {
    const [file, ...argv] = isRoot
      ? ['runuser', '-u', 'postgres', '--', path.join(bin, command), ...args]
      : [path.join(bin, command), ...args];
    const result = spawnSync(file ?? '', argv, { encoding: 'utf8', cwd: dir });
    if (result.status !== 0) {
      const output = `${result.stderr || result.stdout || result.error?.message || ''}`.trim();
      throw new Error(`${command} failed: ${output.split('\n').slice(-3).join(' ')}`);
    }
  };
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    asServer('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    const port = await freePort();
    // Durability is pointless for a database deleted after the run; these settings make it fast.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    asServer('pg_ctl', ['start', '-w', '-s', '-D', data, '-l', path.join(dir, 'server.log'), '-o', options]);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      stop: () => {
        // The postmaster's pid, first line of postmaster.pid: signalled directly if pg_ctl fails.
        const pid = Number(fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n', 1)[0]);
        try {
          asServer('pg_ctl', ['stop', '-s', '-D', data, '-m', 'immediate']);
        } catch {
          if (pid > 0) process.kill(pid, 'SIGQUIT');
        } finally {
          remove();
        }
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}
