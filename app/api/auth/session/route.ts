import { route } from '@/lib/auth/guard';
import { oidcConfig } from '@/lib/auth/oidc-config';
import { requiresSignInToBuild } from '@/lib/auth/principal';
import { json } from '@/lib/store/http';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** What the pages need to know to show sign-in, the first-admin form or the signed-in user. */
export const GET = route({ access: 'anyone' }, async (_request, _context, { principal }) => {
  const { user, hasAdmin, isLocal, settings } = principal;
  const oidc = oidcConfig();
  return json({
    user: user
      ? { id: user.id, username: user.username, displayName: user.displayName, role: user.role }
      : null,
    hasAdmin,
    canCreateFirstAdmin: !hasAdmin && isLocal,
    requireSignInToBuild: requiresSignInToBuild(settings),
    oidc: oidc ? { label: oidc.label } : null,
  });
});
