import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The process listening on `port` on this machine (the server Playwright started), from `ss`. */
export function listeningPid(port: number): number {
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`No process listens on port ${port}.`);
  return Number(pid);
}

/** Resident memory of a process in MB (its threads, render workers included, share it). */
export function residentMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}
