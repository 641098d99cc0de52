import { AsyncLocalStorage } from 'node:async_hooks';

/*
 * Imported first by the render worker. Next.js's server bundle patches console.* so that a log line
 * steps out of the request's AsyncLocalStorage (next/dist/server/node-environment-extensions/
 * console-exit.js). Its storages take their class from globalThis.AsyncLocalStorage, which Next sets in
 * the server's main thread only: in a worker thread they fall back to a stub whose exit() throws, so the
 * first console.warn in a render (react-pdf's paginator warns when a block is taller than a page) failed
 * the whole handout with a 500. This thread gets the same global before any of Next's modules load.
 */
const scope = globalThis as { AsyncLocalStorage?: typeof AsyncLocalStorage };
scope.AsyncLocalStorage ??= AsyncLocalStorage;
