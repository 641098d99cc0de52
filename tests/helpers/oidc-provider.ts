import type { Server } from 'node:http';

import Provider from 'oidc-provider';

/*
 * A real OpenID Connect provider (the certified `oidc-provider` package) on a local port, for the
 * browser tests of "sign in with your organisation". Its development login form takes any login; the
 * account's groups claim comes from ACCOUNTS, so one login is a clinic admin and another a clinician.
 */
import { OIDC_CLIENT, OIDC_ISSUER, OIDC_PORT } from './oidc-config';

const ACCOUNTS: Record<string, { name: string; groups: string[] }> = {
  'dana.admin': { name: 'Dana Admin', groups: ['handouts-admin'] },
  'chris.clinician': { name: 'Chris Clinician', groups: ['physio'] },
};

export async function startOidcProvider(appOrigin: string): Promise<() => Promise<void>> {
  const provider = new Provider(OIDC_ISSUER, {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: [`${appOrigin}/api/auth/oidc/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'groups'] },
    // Claims in the ID token too, so the role is known even without a userinfo call.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({
        sub: id,
        name: ACCOUNTS[id]?.name ?? id,
        preferred_username: id,
        groups: ACCOUNTS[id]?.groups ?? [],
      }),
    }),
  });
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(OIDC_PORT, () => resolve(listening));
  });
  return () => new Promise((resolve) => server.close(() => resolve()));
}
