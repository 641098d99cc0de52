import { HandoutError } from '@/lib/errors';
import { errorResponse } from '@/lib/http/errors';

import { contentTypeProblem, type TBodyKind } from './content-type';
import { requiresSignInToBuild, resolvePrincipal, type TPrincipal } from './principal';
import { LOCAL_SETUP_ACTOR, type TActor, type TRole } from './roles';
import { crossSiteReason, isStateChanging } from './same-origin';

/**
 * Who may call a route:
 * - anyone: no sign-in (the section list, the sign-in and set-up routes themselves);
 * - build: clinicians' work (render, read profiles and saved handouts); open unless the clinic
 *   requires sign-in to build;
 * - review: translation review (admins and translation reviewers);
 * - admin: what prints on every handout, users, settings, import and export. Before the first admin
 *   exists, only this machine may do it, so a clinic keeps working on day one and nobody on the
 *   network can take it over.
 */
export type TAccess = 'anyone' | 'build' | 'review' | 'admin';

export interface RoutePolicy {
  access: TAccess;
  /** What the body must be; a state-changing route always names it. */
  body?: TBodyKind;
  /** The write changes a stored record: it must name the version it read (If-Match). */
  needsVersion?: boolean;
  /**
   * A health probe: answered as nobody, without reading the session or the store, so that a store
   * that is down shows as the probe's own answer (503), not as a failed sign-in check (500).
   */
  probe?: boolean;
}

const PROBE_PRINCIPAL: TPrincipal = {
  user: undefined,
  isLocal: false,
  hasAdmin: false,
  settings: { requireSignInToBuild: false },
};

export interface RouteCaller {
  principal: TPrincipal;
  /** Who the audit log names for a write; undefined for an anonymous clinician. */
  actor: TActor | undefined;
  expectedVersion: number | undefined;
}

const ROLES_FOR: Record<Exclude<TAccess, 'anyone' | 'build'>, readonly TRole[]> = {
  review: ['admin', 'reviewer'],
  admin: ['admin'],
};

/*
 * What a refusal says names who may do the thing: a translation reviewer signs in too, and must not
 * be told that only an admin may review translations.
 */
const SIGN_IN_AS: Record<keyof typeof ROLES_FOR, string> = {
  review: 'Sign in as a clinic admin or a translation reviewer to review translations.',
  admin: 'Sign in as a clinic admin to do this.',
};
const ONLY: Record<keyof typeof ROLES_FOR, string> = {
  review:
    'Your role does not allow this: only a clinic admin or a translation reviewer can review translations.',
  admin: 'Your role does not allow this: only a clinic admin can do it. Ask a clinic admin.',
};

const actorOf = (principal: TPrincipal): TActor | undefined =>
  principal.user && { id: principal.user.id, name: principal.user.displayName, role: principal.user.role };

function authorize(access: TAccess, principal: TPrincipal): TActor | undefined {
  if (access === 'anyone') return actorOf(principal);
  if (access === 'build') {
    if (requiresSignInToBuild(principal.settings) && !principal.user) {
      throw new HandoutError('unauthorized', 'Sign in to build handouts.');
    }
    return actorOf(principal);
  }
  if (!principal.hasAdmin) {
    if (principal.isLocal) return LOCAL_SETUP_ACTOR;
    throw new HandoutError(
      'forbidden',
      'No clinic admin exists yet. Create one on the Settings page of the computer that runs Clinic Handouts.',
    );
  }
  if (!principal.user) throw new HandoutError('unauthorized', SIGN_IN_AS[access]);
  if (!ROLES_FOR[access].includes(principal.user.role)) throw new HandoutError('forbidden', ONLY[access]);
  return actorOf(principal);
}

/** `If-Match: "3"` (or W/"3") as the version the writer read. */
function expectedVersion(request: Request, needsVersion: boolean | undefined): number | undefined {
  const header = request.headers.get('if-match');
  const match = header?.trim().match(/^(?:W\/)?"(\d+)"$/);
  if (match?.[1]) return Number(match[1]);
  if (header) throw new HandoutError('invalid_spec', 'If-Match must be the version you read, such as "3".');
  if (needsVersion) {
    throw new HandoutError(
      'precondition_required',
      'Send the version you read (If-Match: "<version>"), so a change made by someone else since is not overwritten.',
    );
  }
  return undefined;
}

/**
 * The one guard at the edge of every API route: cross-site and content-type checks for writes, the
 * caller's role, and the version a write expects. Anything it or the handler throws becomes the
 * engine's JSON error response, so a refused request changes nothing.
 */
export function route<C>(
  policy: RoutePolicy,
  handler: (request: Request, context: C, caller: RouteCaller) => Promise<Response>,
) {
  // Next always passes the context; a route without dynamic segments may be called without one.
  return async (request: Request, context: C = {} as C): Promise<Response> => {
    try {
      if (isStateChanging(request.method)) {
        const crossSite = crossSiteReason(request);
        if (crossSite) throw new HandoutError('forbidden', `${crossSite} Nothing was changed.`);
        const badType = contentTypeProblem(request, policy.body ?? 'none');
        if (badType) throw new HandoutError('unsupported_media_type', badType);
      }
      const principal = policy.probe ? PROBE_PRINCIPAL : await resolvePrincipal(request);
      const actor = authorize(policy.access, principal);
      const version = isStateChanging(request.method)
        ? expectedVersion(request, policy.needsVersion)
        : undefined;
      return await handler(request, context, { principal, actor, expectedVersion: version });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** The actor of a write that needs one: admin and review routes always have it. */
export function writer(caller: RouteCaller): TActor {
  if (!caller.actor) throw new HandoutError('unauthorized', 'Sign in to do this.');
  return caller.actor;
}
