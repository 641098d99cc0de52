import { afterEach, describe, expect, it, vi } from 'vitest';

import { resolvePrincipal } from '@/lib/auth/principal';
import { getStore } from '@/lib/store/open';

/* Who a request is (lib/auth/principal.ts): the store's session secret only when a session cookie came. */

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the principal of a request', () => {
  it('asks the store for the session secret only when the request carries a session cookie', async () => {
    const secret = vi.spyOn(getStore().settings, 'sessionSecret');
    const anonymous = await resolvePrincipal(
      new Request('http://localhost/api/handouts', { method: 'POST' }),
    );
    expect(anonymous.user).toBeUndefined();
    expect(secret).not.toHaveBeenCalled();

    const forged = new Request('http://localhost/api/handouts', {
      method: 'POST',
      headers: { cookie: 'other=1; handouts_session=Fe26.2**not-a-sealed-session' },
    });
    expect((await resolvePrincipal(forged)).user).toBeUndefined();
    expect(secret).toHaveBeenCalledTimes(1);
  });

  it('keeps one session secret: read again, not made again', async () => {
    const { settings } = getStore();
    const first = await settings.sessionSecret();
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(await settings.sessionSecret()).toBe(first);
  });
});
