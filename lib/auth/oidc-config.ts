import { z } from 'zod';

import type { TRole } from './roles';

/*
 * Sign-in through a clinic group's identity provider (OpenID Connect), switched on by environment
 * variables. The role comes from one claim: a user whose claim holds the admin value is a clinic admin,
 * the reviewer value makes a translation reviewer, anyone else the provider lets in is a clinician.
 */
const ZOidcEnvSchema = z.object({
  HANDOUTS_OIDC_ISSUER: z.url(),
  HANDOUTS_OIDC_CLIENT_ID: z.string().min(1),
  HANDOUTS_OIDC_CLIENT_SECRET: z.string().min(1),
  /** The app's public address, for the redirect URI: <url>/api/auth/oidc/callback. */
  HANDOUTS_PUBLIC_URL: z.url(),
  HANDOUTS_OIDC_ROLE_CLAIM: z.string().min(1).default('groups'),
  HANDOUTS_OIDC_ADMIN_VALUE: z.string().min(1).default('handouts-admin'),
  HANDOUTS_OIDC_REVIEWER_VALUE: z.string().min(1).default('handouts-reviewer'),
  HANDOUTS_OIDC_LABEL: z.string().min(1).max(60).default('Sign in with your organisation'),
  HANDOUTS_OIDC_SCOPES: z.string().default('openid profile email'),
});

export interface TOidcConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  roleClaim: string;
  adminValue: string;
  reviewerValue: string;
  label: string;
  scope: string;
  /** Plain HTTP only for a provider on this machine (the tests' own provider). */
  allowHttp: boolean;
}

export function oidcConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
): TOidcConfig | undefined {
  if (!env.HANDOUTS_OIDC_ISSUER) return undefined;
  const parsed = ZOidcEnvSchema.parse(env);
  const issuer = new URL(parsed.HANDOUTS_OIDC_ISSUER);
  return {
    issuer,
    clientId: parsed.HANDOUTS_OIDC_CLIENT_ID,
    clientSecret: parsed.HANDOUTS_OIDC_CLIENT_SECRET,
    redirectUri: new URL('/api/auth/oidc/callback', parsed.HANDOUTS_PUBLIC_URL).toString(),
    roleClaim: parsed.HANDOUTS_OIDC_ROLE_CLAIM,
    adminValue: parsed.HANDOUTS_OIDC_ADMIN_VALUE,
    reviewerValue: parsed.HANDOUTS_OIDC_REVIEWER_VALUE,
    label: parsed.HANDOUTS_OIDC_LABEL,
    scope: parsed.HANDOUTS_OIDC_SCOPES,
    allowHttp: issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname),
  };
}

/** The role a provider's claims give: the claim may be a string or a list of strings. */
export function roleFromClaims(claims: Record<string, unknown>, config: TOidcConfig): TRole {
  const value = claims[config.roleClaim];
  const values = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  if (values.includes(config.adminValue)) return 'admin';
  if (values.includes(config.reviewerValue)) return 'reviewer';
  return 'clinician';
}
