import { sealData, unsealData } from 'iron-session';
import * as client from 'openid-client';
import { z } from 'zod';

import { HandoutError } from '@/lib/errors';
import { getStore } from '@/lib/store/open';
import type { TUser } from '@/lib/store/user-schemas';

import { oidcConfig, roleFromClaims, type TOidcConfig } from './oidc-config';
import type { TActor } from './roles';

/*
 * OpenID Connect sign-in with openid-client (certified): authorization code flow with PKCE, state and
 * nonce. The three one-time values travel in a short-lived sealed cookie, SameSite=Lax because the
 * provider sends the browser back with a cross-site navigation, which a Strict cookie would not join.
 */
export const OIDC_COOKIE = 'handouts_oidc';
const FLOW_SECONDS = 10 * 60;
const ZFlowSchema = z.object({ verifier: z.string(), state: z.string(), nonce: z.string() }).strict();

// Discovery answers are the provider's published metadata; one lookup per process is enough.
let discovered: { key: string; config: Promise<client.Configuration> } | undefined;

function configuration(settings: TOidcConfig): Promise<client.Configuration> {
  const key = `${settings.issuer.href} ${settings.clientId}`;
  if (discovered?.key !== key) {
    const config = client
      .discovery(settings.issuer, settings.clientId, settings.clientSecret, undefined, {
        execute: settings.allowHttp ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw new HandoutError(
          'unauthorized',
          'The sign-in service cannot be reached. Try again later.',
          [],
          {
            cause: error,
          },
        );
      });
    discovered = { key, config };
  }
  return discovered.config;
}

export function requireOidc(): TOidcConfig {
  const settings = oidcConfig();
  if (!settings) throw new HandoutError('not_found', 'Sign-in through an organisation is not set up here.');
  return settings;
}

/** Where to send the browser, and the cookie that must come back with it. */
export async function startSignIn(secret: string): Promise<{ url: URL; flowCookie: string }> {
  const settings = requireOidc();
  const config = await configuration(settings);
  const flow = {
    verifier: client.randomPKCECodeVerifier(),
    state: client.randomState(),
    nonce: client.randomNonce(),
  };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: settings.redirectUri,
    scope: settings.scope,
    code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: 'S256',
    state: flow.state,
    nonce: flow.nonce,
  });
  const sealed = await sealData(flow, { password: secret, ttl: FLOW_SECONDS });
  const secure = settings.redirectUri.startsWith('https:') ? '; Secure' : '';
  const flowCookie = `${OIDC_COOKIE}=${encodeURIComponent(sealed)}; Path=/api/auth/oidc; HttpOnly; SameSite=Lax; Max-Age=${FLOW_SECONDS}${secure}`;
  return { url, flowCookie };
}

export function clearedFlowCookie(): string {
  return `${OIDC_COOKIE}=; Path=/api/auth/oidc; HttpOnly; SameSite=Lax; Max-Age=0`;
}

/** Checks the provider's answer against the flow cookie and signs the user in as the claims say. */
export async function finishSignIn(
  request: Request,
  sealedFlow: string | undefined,
  secret: string,
): Promise<TUser> {
  const settings = requireOidc();
  const flow = ZFlowSchema.safeParse(
    sealedFlow
      ? await unsealData(decodeURIComponent(sealedFlow), { password: secret, ttl: FLOW_SECONDS })
      : undefined,
  );
  if (!flow.success)
    throw new HandoutError('unauthorized', 'The sign-in took too long or was started elsewhere. Try again.');
  const config = await configuration(settings);
  // The URL the provider redirected to, rebuilt on the public address it was registered with.
  const current = new URL(settings.redirectUri);
  current.search = new URL(request.url).search;
  const tokens = await client
    .authorizationCodeGrant(config, current, {
      pkceCodeVerifier: flow.data.verifier,
      expectedState: flow.data.state,
      expectedNonce: flow.data.nonce,
    })
    .catch((error: unknown) => {
      throw new HandoutError('unauthorized', 'The sign-in was not accepted. Try again.', [], {
        cause: error,
      });
    });
  const idClaims = tokens.claims();
  if (!idClaims) throw new HandoutError('unauthorized', 'The sign-in service sent no identity.');
  const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub).catch(() => ({}));
  const claims: Record<string, unknown> = { ...idClaims, ...info };
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const username = (text(claims.preferred_username) ?? text(claims.email) ?? idClaims.sub)
    .toLowerCase()
    .replace(/[^a-z0-9._@-]/g, '-')
    .slice(0, 60);
  const actor: TActor = { id: null, name: `Sign-in service (${settings.issuer.host})`, role: 'admin' };
  return getStore().users.upsertOidc(
    `${settings.issuer.href} ${idClaims.sub}`,
    {
      username,
      displayName: (text(claims.name) ?? username).slice(0, 80),
      role: roleFromClaims(claims, settings),
    },
    { actor },
  );
}
