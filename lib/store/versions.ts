import { HandoutError } from '@/lib/errors';

/**
 * Optimistic concurrency: a write names the version it read, and a record that has moved on since is
 * not overwritten. The 409 carries the current record so the editor can show what changed.
 */
export function assertVersion<T extends { version: number }>(
  current: T,
  expected: number | undefined,
  thing: string,
): void {
  if (expected === undefined || current.version === expected) return;
  throw new HandoutError(
    'conflict',
    `Someone else changed this ${thing} after you opened it. Your change was not saved: look at the current version and make your change again.`,
    [],
    { details: { current } },
  );
}
