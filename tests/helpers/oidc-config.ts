/** Where the browser tests' OpenID Connect provider listens, shared by the app's config and the test. */
export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 3199);
export const OIDC_ISSUER = `http://localhost:${OIDC_PORT}`;
export const OIDC_CLIENT = { id: 'clinic-handouts', secret: 'e2e-only-client-secret-0123456789' };
