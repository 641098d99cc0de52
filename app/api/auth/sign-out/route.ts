import { route } from '@/lib/auth/guard';
import { clearedSessionCookie } from '@/lib/auth/session';
import { getStore } from '@/lib/store/open';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Ends every session of the user (the sealed cookie alone could be replayed) and clears this one. */
export const POST = route({ access: 'anyone' }, async (request, _context, { principal }) => {
  if (principal.user) await getStore().users.endSessions(principal.user.id);
  return new Response(null, { status: 204, headers: { 'Set-Cookie': clearedSessionCookie(request) } });
});
