import { z } from 'zod';

import { route } from '@/lib/auth/guard';
import { decoyHash, verifyPassword } from '@/lib/auth/passwords';
import { peerAddress } from '@/lib/auth/peer';
import { assertMaySignIn, recordFailedSignIn, recordSignIn } from '@/lib/auth/rate-limit';
import { sessionCookie } from '@/lib/auth/session';
import { HandoutError } from '@/lib/errors';
import { readJsonBody } from '@/lib/http/body';
import { bodyAs, json } from '@/lib/store/http';
import { getStore } from '@/lib/store/open';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const ZSignInSchema = z.object({ username: z.string().max(200), password: z.string().max(200) }).strict();
const WRONG = 'The user name or password is not right.';

export const POST = route({ access: 'anyone', body: 'json' }, async (request) => {
  const { username, password } = bodyAs(ZSignInSchema, await readJsonBody(request), WRONG);
  const name = username.trim().toLowerCase();
  const address = peerAddress(request) ?? 'unknown';
  await assertMaySignIn(name, address);
  const store = getStore();
  const found = await store.users.findForSignIn(name);
  // The same work whether or not the user exists, so the answer's timing tells nothing.
  const isRight = await verifyPassword(password, found?.passwordHash ?? (await decoyHash()));
  if (!found || !found.passwordHash || !isRight || found.user.isDisabled) {
    await recordFailedSignIn(name, address);
    throw new HandoutError('unauthorized', WRONG);
  }
  await recordSignIn(name);
  const { id, displayName, role } = found.user;
  const response = json({ user: { id, username: found.user.username, displayName, role } });
  response.headers.append(
    'Set-Cookie',
    await sessionCookie(request, found.user, await store.settings.sessionSecret()),
  );
  return response;
});
