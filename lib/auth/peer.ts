import { isIP } from 'node:net';

/*
 * Where a request came from, as only the app's own server can tell: Next.js copies any X-Forwarded-For
 * a client sends, so that header proves nothing. scripts/serve.mjs writes this header from the socket
 * itself, after removing whatever the client sent, together with a token that exists only in this
 * process; without the token the peer counts as unknown (not loopback).
 */
export const PEER_HEADER = 'x-clinic-handouts-peer';

export function peerToken(): string | undefined {
  return process.env.HANDOUTS_PEER_TOKEN || undefined;
}

/** The socket address the server saw, or undefined when the header is missing or forged. */
export function peerAddress(request: Request): string | undefined {
  const token = peerToken();
  const value = request.headers.get(PEER_HEADER);
  if (!token || !value) return undefined;
  const [given, address] = value.split(' ');
  return given === token && address && isIP(address) ? address : undefined;
}

export function isLoopbackAddress(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || (isIP(v4) === 4 && v4.startsWith('127.'));
}

/** True only for a request the server saw arrive from this very machine. */
export function isFromThisMachine(request: Request): boolean {
  const address = peerAddress(request);
  return address !== undefined && isLoopbackAddress(address);
}
