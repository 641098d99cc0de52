import { getStore } from '@/lib/store/open';
import type { TSettings, TUser } from '@/lib/store/user-schemas';

import { isFromThisMachine } from './peer';
import { readSession } from './session';

export interface TPrincipal {
  /** The signed-in user, when the session cookie is valid and the account active. */
  user: TUser | undefined;
  /** The request arrived over the loopback interface of the machine that runs the app. */
  isLocal: boolean;
  hasAdmin: boolean;
  settings: TSettings;
}

/** HANDOUTS_REQUIRE_SIGN_IN=1 forces sign-in for building whatever the stored setting says. */
export function requiresSignInToBuild(settings: TSettings): boolean {
  const forced = process.env.HANDOUTS_REQUIRE_SIGN_IN;
  return forced === '1' || forced === 'true' || settings.requireSignInToBuild;
}

export async function resolvePrincipal(request: Request): Promise<TPrincipal> {
  const store = getStore();
  const [settings, hasAdmin, session] = await Promise.all([
    store.settings.get(),
    store.users.hasAdmin(),
    readSession(request, () => store.settings.sessionSecret()),
  ]);
  let user: TUser | undefined;
  if (session) {
    const found = await store.users.get(session.uid).catch(() => undefined);
    user = found && !found.isDisabled && found.sessionEpoch === session.epoch ? found : undefined;
  }
  return { user, isLocal: isFromThisMachine(request), hasAdmin, settings };
}
