import { route, writer } from '@/lib/auth/guard';
import { readJsonBody } from '@/lib/http/body';
import { bodyAs, type IdContext, json, noContent } from '@/lib/store/http';
import { getStore } from '@/lib/store/open';
import { ZUserPatchSchema } from '@/lib/store/user-schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Role, display name, a new password, or disabling the account; each ends the user's sessions. */
export const PATCH = route(
  { access: 'admin', body: 'json', needsVersion: true },
  async (request, { params }: IdContext, caller) => {
    const patch = bodyAs(ZUserPatchSchema, await readJsonBody(request), 'The user is not valid.');
    const { expectedVersion } = caller;
    return json(
      await getStore().users.update((await params).id, patch, { actor: writer(caller), expectedVersion }),
    );
  },
);

export const DELETE = route(
  { access: 'admin', needsVersion: true },
  async (_request, { params }: IdContext, caller) => {
    const { expectedVersion } = caller;
    await getStore().users.remove((await params).id, { actor: writer(caller), expectedVersion });
    return noContent();
  },
);
