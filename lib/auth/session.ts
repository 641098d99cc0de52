import { sealData, unsealData } from 'iron-session';
import { z } from 'zod';

import type { TUser } from '@/lib/store/user-schemas';

/*
 * The session is a cookie sealed by iron-session (encrypted and signed), so no instance keeps session
 * state in memory and any instance of a clinic group can answer. It names the user and the user's
 * session epoch: sign-out, a new password, a new role or a disabled account bump the epoch in the
 * store, and every cookie sealed before stops working at once.
 */
export const SESSION_COOKIE = 'handouts_session';
/** A clinic day and a bit: a clinician signs in once in the morning. */
export const SESSION_SECONDS = 12 * 60 * 60;

const ZSessionSchema = z.object({ uid: z.uuid(), epoch: z.number().int().nonnegative() }).strict();
export type TSession = z.infer<typeof ZSessionSchema>;

function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

export async function readSession(
  request: Request,
  secret: () => Promise<string>,
): Promise<TSession | undefined> {
  const sealed = readCookie(request, SESSION_COOKIE);
  // Most requests (a handout from a clinic without sign-in) carry no session: the store is not asked.
  if (!sealed) return undefined;
  const data = await unsealData<unknown>(decodeURIComponent(sealed), {
    password: await secret(),
    ttl: SESSION_SECONDS,
  }).catch(() => undefined);
  const session = ZSessionSchema.safeParse(data);
  return session.success ? session.data : undefined;
}

/** HTTPS is told by the URL or by a proxy in front; over plain HTTP on localhost the cookie cannot be Secure. */
function isHttps(request: Request): boolean {
  return (
    new URL(request.url).protocol === 'https:' ||
    request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https'
  );
}

function cookie(request: Request, value: string, maxAge: number): string {
  return [
    `${SESSION_COOKIE}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${maxAge}`,
    ...(isHttps(request) ? ['Secure'] : []),
  ].join('; ');
}

export async function sessionCookie(request: Request, user: TUser, secret: string): Promise<string> {
  const session: TSession = { uid: user.id, epoch: user.sessionEpoch };
  const sealed = await sealData(session, { password: secret, ttl: SESSION_SECONDS });
  return cookie(request, encodeURIComponent(sealed), SESSION_SECONDS);
}

export function clearedSessionCookie(request: Request): string {
  return cookie(request, '', 0);
}
