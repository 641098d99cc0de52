import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

import { HandoutError } from '@/lib/errors';

/*
 * Failed sign-ins, counted per user name and per address (rate-limiter-flexible). Only failures count,
 * and a success clears the user name's count. The counters live in this process: with several
 * instances a guesser gets this many tries per instance, which still keeps guessing a 12-character
 * password hopeless.
 */
const perUser = new RateLimiterMemory({ keyPrefix: 'sign-in-user', points: 5, duration: 15 * 60 });
const perAddress = new RateLimiterMemory({ keyPrefix: 'sign-in-address', points: 20, duration: 15 * 60 });

function limited(res: RateLimiterRes): HandoutError {
  const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  return new HandoutError(
    'rate_limited',
    `Too many failed sign-ins. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
    [],
    { details: { retryAfterSeconds: seconds } },
  );
}

/** Throws 429 when either counter is used up, before the password is even checked. */
export async function assertMaySignIn(username: string, address: string): Promise<void> {
  const [user, place] = await Promise.all([perUser.get(username), perAddress.get(address)]);
  for (const res of [user, place]) {
    if (res && res.remainingPoints <= 0 && res.msBeforeNext > 0) throw limited(res);
  }
}

export async function recordFailedSignIn(username: string, address: string): Promise<void> {
  await Promise.all([perUser.penalty(username, 1), perAddress.penalty(address, 1)]);
}

export async function recordSignIn(username: string): Promise<void> {
  await perUser.delete(username);
}
