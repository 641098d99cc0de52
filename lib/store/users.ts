import { randomUUID } from 'node:crypto';

import { z } from 'zod';

import { hashPassword } from '@/lib/auth/passwords';
import { LOCAL_SETUP_ACTOR, type TRole } from '@/lib/auth/roles';
import { HandoutError } from '@/lib/errors';

import { auditStatements, diffRecords } from './audit';
import type { TDatabase } from './db';
import { corruptRow, invalidInput, notFound, parseOrThrow } from './errors';
import type { UserRepository } from './repository';
import {
  type TUser,
  ZFirstAdminSchema,
  ZUserInputSchema,
  ZUserPatchSchema,
  ZUserSchema,
} from './user-schemas';
import { assertVersion } from './versions';

export const INVALID_USER = 'The user is not valid.';
export const USER_COLUMNS = `id, username, display_name, role, password_hash, oidc_subject, session_epoch, is_disabled,
  version, created_at, updated_at`;

const ZUserRowSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    display_name: z.string(),
    role: z.string(),
    password_hash: z.string().nullable(),
    oidc_subject: z.string().nullable(),
    session_epoch: z.number(),
    is_disabled: z.number(),
    version: z.number(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .transform((row) => ({
    user: {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      signsInWith: row.oidc_subject ? 'oidc' : 'password',
      isDisabled: row.is_disabled === 1,
      sessionEpoch: row.session_epoch,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    },
    passwordHash: row.password_hash,
  }));

/** A users row (either engine) as the user and their password hash, checked by ZUserSchema. */
export function userFromRow(row: unknown): { user: TUser; passwordHash: string | null } {
  const shaped = ZUserRowSchema.safeParse(row);
  if (!shaped.success) throw corruptRow('users', shaped.error);
  const user = ZUserSchema.safeParse(shaped.data.user);
  if (!user.success) throw corruptRow('users', user.error);
  return { user: user.data, passwordHash: shaped.data.passwordHash };
}

export const editableUser = ({ displayName, role, isDisabled }: TUser) => ({ displayName, role, isDisabled });

/** Users and their sign-in data. Password hashes never leave this file except to the sign-in check. */
export function createSqliteUsers(db: TDatabase): UserRepository {
  const audit = auditStatements(db);
  const inTransaction = <T>(work: () => T): T => db.transaction(work).immediate();
  const selectAll = db.prepare(`SELECT ${USER_COLUMNS} FROM users ORDER BY username`);
  const selectById = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`);
  const selectByName = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE username = ?`);
  const selectBySubject = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE oidc_subject = ?`);
  const countAdmins = db.prepare<[], { n: number }>(
    "SELECT count(*) AS n FROM users WHERE role = 'admin' AND is_disabled = 0",
  );
  const insert = db.prepare(`INSERT INTO users (id, username, display_name, role, password_hash, oidc_subject,
      created_at, updated_at) VALUES (@id, @username, @displayName, @role, @passwordHash, @oidcSubject, @now, @now)`);
  const update = db.prepare(`UPDATE users SET display_name = @displayName, role = @role,
      is_disabled = @isDisabled, password_hash = coalesce(@passwordHash, password_hash),
      session_epoch = session_epoch + @bump, version = version + 1, updated_at = @now WHERE id = @id`);
  const bump = db.prepare('UPDATE users SET session_epoch = session_epoch + 1 WHERE id = ?');
  const remove = db.prepare('DELETE FROM users WHERE id = ?');

  const read = (id: string) => {
    const row = selectById.get(id);
    if (!row) throw new HandoutError('not_found', 'No user with this id.');
    return userFromRow(row).user;
  };
  const assertUsernameFree = (username: string) => {
    if (selectByName.get(username)) {
      throw invalidInput(INVALID_USER, [{ path: 'username', message: 'This user name is taken.' }]);
    }
  };
  const insertUser = (
    values: { username: string; displayName: string; role: TRole },
    passwordHash: string | null,
    oidcSubject: string | null,
  ) => {
    assertUsernameFree(values.username);
    const id = randomUUID();
    insert.run({ id, ...values, passwordHash, oidcSubject, now: new Date().toISOString() });
    return read(id);
  };
  /** The clinic can never lock itself out: the last active admin stays an active admin. */
  const assertKeepsAnAdmin = (before: TUser, after: { role: TRole; isDisabled: boolean } | undefined) => {
    const wasActiveAdmin = before.role === 'admin' && !before.isDisabled;
    const staysActiveAdmin = after?.role === 'admin' && !after.isDisabled;
    if (wasActiveAdmin && !staysActiveAdmin && (countAdmins.get()?.n ?? 0) <= 1) {
      throw invalidInput(INVALID_USER, [
        { path: 'role', message: 'This is the last clinic admin. Make another user an admin first.' },
      ]);
    }
  };

  return {
    list: async () => selectAll.all().map((row) => userFromRow(row).user),
    get: async (id) => read(id),
    hasAdmin: async () => (countAdmins.get()?.n ?? 0) > 0,
    findForSignIn: async (username) => {
      const row = selectByName.get(username.trim().toLowerCase());
      return row ? userFromRow(row) : undefined;
    },
    createFirstAdmin: async (input) => {
      const values = parseOrThrow(ZFirstAdminSchema, input, INVALID_USER);
      const passwordHash = await hashPassword(values.password);
      return inTransaction(() => {
        // Checked inside the write lock: two set-up pages submitted at once make one admin, not two.
        if ((countAdmins.get()?.n ?? 0) > 0) {
          throw new HandoutError('forbidden', 'A clinic admin already exists. Sign in instead.');
        }
        const user = insertUser({ ...values, role: 'admin' }, passwordHash, null);
        audit.append(LOCAL_SETUP_ACTOR, {
          action: 'user.create-first-admin',
          target: { type: 'user', id: user.id, name: user.username },
          fields: ['username', 'displayName', 'role'],
        });
        return user;
      });
    },
    create: async (input, { actor }) => {
      const values = parseOrThrow(ZUserInputSchema, input, INVALID_USER);
      const passwordHash = await hashPassword(values.password);
      return inTransaction(() => {
        const user = insertUser(values, passwordHash, null);
        audit.append(actor, {
          action: 'user.create',
          target: { type: 'user', id: user.id, name: user.username },
          ...diffRecords({}, editableUser(user), ['role']),
        });
        return user;
      });
    },
    upsertOidc: async (subject, claims, { actor }) =>
      inTransaction(() => {
        const row = selectBySubject.get(subject);
        if (!row) {
          const username = claims.username.toLowerCase();
          const free = selectByName.get(username) ? `${username}-${randomUUID().slice(0, 6)}` : username;
          const user = insertUser(
            { username: free, displayName: claims.displayName, role: claims.role },
            null,
            subject,
          );
          audit.append(actor, {
            action: 'user.create-oidc',
            target: { type: 'user', id: user.id, name: user.username },
            ...diffRecords({}, editableUser(user), ['role']),
          });
          return user;
        }
        const before = userFromRow(row).user;
        if (before.role === claims.role && before.displayName === claims.displayName) return before;
        // The identity provider is the source of truth for an OIDC user's role, on every sign-in.
        update.run({
          id: before.id,
          displayName: claims.displayName,
          role: claims.role,
          isDisabled: before.isDisabled ? 1 : 0,
          passwordHash: null,
          bump: 1,
          now: new Date().toISOString(),
        });
        const after = read(before.id);
        audit.append(actor, {
          action: 'user.update-oidc',
          target: { type: 'user', id: after.id, name: after.username },
          ...diffRecords(editableUser(before), editableUser(after), ['role']),
        });
        return after;
      }),
    update: async (id, patch, { actor, expectedVersion }) => {
      const changes = parseOrThrow(ZUserPatchSchema, patch, INVALID_USER);
      const passwordHash = changes.password === undefined ? null : await hashPassword(changes.password);
      return inTransaction(() => {
        const before = read(id);
        assertVersion(before, expectedVersion, 'user');
        const next = { ...editableUser(before), ...changes };
        assertKeepsAnAdmin(before, next);
        // A new role, password or a disabled account ends every session the user had.
        const endsSessions = passwordHash !== null || next.role !== before.role || next.isDisabled;
        update.run({
          id,
          displayName: next.displayName,
          role: next.role,
          isDisabled: next.isDisabled ? 1 : 0,
          passwordHash,
          bump: endsSessions ? 1 : 0,
          now: new Date().toISOString(),
        });
        const after = read(id);
        const diff = diffRecords(editableUser(before), editableUser(after), ['role', 'isDisabled']);
        audit.append(actor, {
          action: 'user.update',
          target: { type: 'user', id, name: after.username },
          fields: passwordHash ? [...(diff.fields ?? []), 'password'] : diff.fields,
          changes: diff.changes,
        });
        return after;
      });
    },
    remove: async (id, { actor, expectedVersion }) =>
      inTransaction(() => {
        const before = read(id);
        assertVersion(before, expectedVersion, 'user');
        assertKeepsAnAdmin(before, undefined);
        remove.run(id);
        audit.append(actor, { action: 'user.delete', target: { type: 'user', id, name: before.username } });
      }),
    endSessions: async (id) => {
      if (bump.run(id).changes === 0) throw notFound('user');
    },
  };
}
