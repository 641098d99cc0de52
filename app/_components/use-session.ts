'use client';

import { useCallback, useEffect, useState } from 'react';
import { z } from 'zod';

import { ZRoleSchema } from '@/lib/auth/roles';

import { storeRequest } from './store-client';

// The answer of GET /api/auth/session, checked like any other input.
export const ZSessionStateSchema = z.object({
  user: z
    .object({ id: z.string(), username: z.string(), displayName: z.string(), role: ZRoleSchema })
    .nullable(),
  hasAdmin: z.boolean(),
  canCreateFirstAdmin: z.boolean(),
  requireSignInToBuild: z.boolean(),
  oidc: z.object({ label: z.string() }).nullable(),
});
export type TSessionState = z.infer<typeof ZSessionStateSchema>;

/** Who is signed in, and what the clinic's set-up allows; `reload` after signing in or out. */
export function useSession() {
  const [state, setState] = useState<TSessionState>();
  const reload = useCallback(async () => {
    const result = await storeRequest<unknown>('/api/auth/session');
    const parsed = result.ok ? ZSessionStateSchema.safeParse(result.data) : undefined;
    if (parsed?.success) setState(parsed.data);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, reload };
}

/** Whether this page may change the clinic's records: an admin, or this computer before any admin. */
export function canAdminister(state: TSessionState | undefined): boolean {
  if (!state) return false;
  return state.hasAdmin ? state.user?.role === 'admin' : state.canCreateFirstAdmin;
}

/** Whether the Translations page is theirs: an admin or a translation reviewer, or this computer on day one. */
export function canReview(state: TSessionState | undefined): boolean {
  if (!state) return false;
  return state.hasAdmin
    ? state.user?.role === 'admin' || state.user?.role === 'reviewer'
    : state.canCreateFirstAdmin;
}
