import { PEER_HEADER } from '@/lib/auth/peer';

/*
 * Requests as the route handlers receive them behind scripts/serve.mjs: the peer header carries the
 * server's token (set for vitest in vitest.config.ts) and the socket address it saw.
 */
export const LOCAL_PEER = { [PEER_HEADER]: `${process.env.HANDOUTS_PEER_TOKEN} 127.0.0.1` };
export const REMOTE_PEER = { [PEER_HEADER]: `${process.env.HANDOUTS_PEER_TOKEN} 192.0.2.10` };

export interface RequestOptions {
  headers?: Record<string, string>;
  /** The version the caller read, sent as If-Match. */
  version?: number;
  /** Where the request comes from: this machine (default), another machine, or a cookie holder. */
  from?: 'local' | 'remote';
  cookie?: string;
}

export function apiRequest(method: string, body?: unknown, options: RequestOptions = {}): Request {
  const { headers = {}, version, from = 'local', cookie } = options;
  return new Request('http://localhost:3000/api/test', {
    method,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    headers: {
      host: 'localhost:3000',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(from === 'local' ? LOCAL_PEER : REMOTE_PEER),
      ...(version === undefined ? {} : { 'if-match': `"${version}"` }),
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
  });
}
