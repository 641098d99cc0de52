import type { TActor, TWriteContext } from '@/lib/auth/roles';

/** The admin that store tests write as; the audit log names it. */
export const TEST_ADMIN: TActor = { id: null, name: 'Test admin', role: 'admin' };
export const AS_ADMIN: TWriteContext = { actor: TEST_ADMIN };
