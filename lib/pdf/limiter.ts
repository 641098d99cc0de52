import { HandoutError } from '@/lib/errors';

export interface LimiterOptions {
  /** Tasks running at once. */
  concurrency: number;
  /** Tasks allowed to wait for a free slot; one more is refused at once. */
  maxQueue: number;
}

interface Waiter {
  start: () => void;
}

export interface Limiter {
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  readonly running: number;
  readonly waiting: number;
}

/** The answer when every slot and every queue place is taken: the API turns it into 503 + Retry-After. */
export function overloaded(): HandoutError {
  return new HandoutError('overloaded', 'The server is busy drawing other handouts. Please try again.');
}

/**
 * Bounded concurrency with a bounded FIFO queue. Beyond the queue a task is refused at once instead of
 * waiting behind hundreds of others (200 requests at once used to hold the last one for 75 s). A
 * waiting task whose caller gave up (an aborted preview) leaves the queue without running.
 */
export function createLimiter({ concurrency, maxQueue }: LimiterOptions): Limiter {
  let running = 0;
  const queue: Waiter[] = [];

  // A finished task hands its slot straight to the next waiter, so no newcomer can slip in between.
  const release = () => {
    const next = queue.shift();
    if (next) next.start();
    else running -= 1;
  };

  async function run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    if (running < concurrency) {
      running += 1;
    } else {
      if (queue.length >= maxQueue) throw overloaded();
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          queue.splice(queue.indexOf(waiter), 1);
          reject(signal?.reason);
        };
        const waiter: Waiter = {
          start: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        queue.push(waiter);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    }
    try {
      return await task();
    } finally {
      release();
    }
  }

  return {
    run,
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}
