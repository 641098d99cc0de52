import { route } from '@/lib/auth/guard';
import { sessionCookie } from '@/lib/auth/session';
import { HandoutError } from '@/lib/errors';
import { readJsonBody } from '@/lib/http/body';
import { bodyAs, json } from '@/lib/store/http';
import { getStore } from '@/lib/store/open';
import { ZFirstAdminSchema } from '@/lib/store/user-schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * The first clinic admin, made on the machine that runs the app: whoever can sit at it owns the
 * clinic's installation already, and nobody elsewhere on the network can claim it first.
 */
export const POST = route({ access: 'anyone', body: 'json' }, async (request, _context, { principal }) => {
  if (principal.hasAdmin)
    throw new HandoutError('forbidden', 'A clinic admin already exists. Sign in instead.');
  if (!principal.isLocal) {
    throw new HandoutError(
      'forbidden',
      'The first clinic admin can only be created on the computer that runs Clinic Handouts (open http://localhost there).',
    );
  }
  const store = getStore();
  const input = bodyAs(ZFirstAdminSchema, await readJsonBody(request), 'The admin account is not valid.');
  const user = await store.users.createFirstAdmin(input);
  const response = json(
    { user: { id: user.id, username: user.username, displayName: user.displayName, role: user.role } },
    201,
  );
  response.headers.append(
    'Set-Cookie',
    await sessionCookie(request, user, await store.settings.sessionSecret()),
  );
  return response;
});
