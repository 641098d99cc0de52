import { randomUUID } from 'node:crypto';

import { hashPassword } from '@/lib/auth/passwords';
import { LOCAL_SETUP_ACTOR, type TRole } from '@/lib/auth/roles';
import { HandoutError } from '@/lib/errors';

import { diffRecords } from '../audit';
import { invalidInput, notFound, parseOrThrow } from '../errors';
import type { UserRepository } from '../repository';
import { type TUser, ZFirstAdminSchema, ZUserInputSchema, ZUserPatchSchema } from '../user-schemas';
import { editableUser as editable, INVALID_USER, USER_COLUMNS, userFromRow } from '../users';
import { assertVersion } from '../versions';
import { pgAudit } from './audit';
import type { TPgDatabase, TSql } from './db';

/** Users in PostgreSQL: lib/store/users.ts step for step. Password hashes leave only for sign-in. */
function pgUserStatements(sql: TSql) {
  const byName = async (username: string) =>
    sql.get(`SELECT ${USER_COLUMNS} FROM users WHERE lower(username) = lower($1)`, [username]);
  const read = async (id: string): Promise<TUser> => {
    const row = await sql.get(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
    if (!row) throw new HandoutError('not_found', 'No user with this id.');
    return userFromRow(row).user;
  };
  const countAdmins = async () =>
    (
      (await sql.get("SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND is_disabled = 0")) as {
        n: number;
      }
    ).n;
  const insert = async (
    values: { username: string; displayName: string; role: TRole },
    passwordHash: string | null,
    oidcSubject: string | null,
  ) => {
    if (await byName(values.username)) {
      throw invalidInput(INVALID_USER, [{ path: 'username', message: 'This user name is taken.' }]);
    }
    const id = randomUUID();
    const now = new Date().toISOString();
    await sql.run(
      `INSERT INTO users (id, username, display_name, role, password_hash, oidc_subject, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
      [id, values.username, values.displayName, values.role, passwordHash, oidcSubject, now],
    );
    return read(id);
  };
  const update = async (
    id: string,
    next: { displayName: string; role: TRole; isDisabled: boolean },
    passwordHash: string | null,
    endsSessions: boolean,
  ) =>
    sql.run(
      `UPDATE users SET display_name = $2, role = $3, is_disabled = $4,
         password_hash = coalesce($5, password_hash), session_epoch = session_epoch + $6,
         version = version + 1, updated_at = $7 WHERE id = $1`,
      [
        id,
        next.displayName,
        next.role,
        next.isDisabled ? 1 : 0,
        passwordHash,
        endsSessions ? 1 : 0,
        new Date().toISOString(),
      ],
    );
  /** The clinic can never lock itself out: the last active admin stays an active admin. */
  const assertKeepsAnAdmin = async (
    before: TUser,
    after: { role: TRole; isDisabled: boolean } | undefined,
  ) => {
    const wasActiveAdmin = before.role === 'admin' && !before.isDisabled;
    const staysActiveAdmin = after?.role === 'admin' && !after.isDisabled;
    if (wasActiveAdmin && !staysActiveAdmin && (await countAdmins()) <= 1) {
      throw invalidInput(INVALID_USER, [
        { path: 'role', message: 'This is the last clinic admin. Make another user an admin first.' },
      ]);
    }
  };
  return { byName, read, countAdmins, insert, update, assertKeepsAnAdmin };
}

export function createPgUsers(db: TPgDatabase): UserRepository {
  const reads = pgUserStatements(db.sql);
  return {
    list: async () =>
      (await db.sql.all(`SELECT ${USER_COLUMNS} FROM users ORDER BY username`)).map(
        (row) => userFromRow(row).user,
      ),
    get: (id) => reads.read(id),
    hasAdmin: async () => (await reads.countAdmins()) > 0,
    findForSignIn: async (username) => {
      const row = await reads.byName(username.trim().toLowerCase());
      return row ? userFromRow(row) : undefined;
    },
    createFirstAdmin: async (input) => {
      const values = parseOrThrow(ZFirstAdminSchema, input, INVALID_USER);
      const passwordHash = await hashPassword(values.password);
      return db.write(async (sql) => {
        const users = pgUserStatements(sql);
        // Checked inside the write lock: two set-up pages submitted at once make one admin, not two.
        if ((await users.countAdmins()) > 0) {
          throw new HandoutError('forbidden', 'A clinic admin already exists. Sign in instead.');
        }
        const user = await users.insert({ ...values, role: 'admin' }, passwordHash, null);
        await pgAudit(sql).append(LOCAL_SETUP_ACTOR, {
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
      return db.write(async (sql) => {
        const user = await pgUserStatements(sql).insert(values, passwordHash, null);
        await pgAudit(sql).append(actor, {
          action: 'user.create',
          target: { type: 'user', id: user.id, name: user.username },
          ...diffRecords({}, editable(user), ['role']),
        });
        return user;
      });
    },
    upsertOidc: (subject, claims, { actor }) =>
      db.write(async (sql) => {
        const users = pgUserStatements(sql);
        const row = await sql.get(`SELECT ${USER_COLUMNS} FROM users WHERE oidc_subject = $1`, [subject]);
        if (!row) {
          const username = claims.username.toLowerCase();
          const free = (await users.byName(username)) ? `${username}-${randomUUID().slice(0, 6)}` : username;
          const user = await users.insert(
            { username: free, displayName: claims.displayName, role: claims.role },
            null,
            subject,
          );
          await pgAudit(sql).append(actor, {
            action: 'user.create-oidc',
            target: { type: 'user', id: user.id, name: user.username },
            ...diffRecords({}, editable(user), ['role']),
          });
          return user;
        }
        const before = userFromRow(row).user;
        if (before.role === claims.role && before.displayName === claims.displayName) return before;
        // The identity provider is the source of truth for an OIDC user's role, on every sign-in.
        await users.update(before.id, { ...editable(before), ...claims }, null, true);
        const after = await users.read(before.id);
        await pgAudit(sql).append(actor, {
          action: 'user.update-oidc',
          target: { type: 'user', id: after.id, name: after.username },
          ...diffRecords(editable(before), editable(after), ['role']),
        });
        return after;
      }),
    update: async (id, patch, { actor, expectedVersion }) => {
      const changes = parseOrThrow(ZUserPatchSchema, patch, INVALID_USER);
      const passwordHash = changes.password === undefined ? null : await hashPassword(changes.password);
      return db.write(async (sql) => {
        const users = pgUserStatements(sql);
        const before = await users.read(id);
        assertVersion(before, expectedVersion, 'user');
        const next = { ...editable(before), ...changes };
        await users.assertKeepsAnAdmin(before, next);
        // A new role, password or a disabled account ends every session the user had.
        const endsSessions = passwordHash !== null || next.role !== before.role || next.isDisabled;
        await users.update(id, next, passwordHash, endsSessions);
        const after = await users.read(id);
        const diff = diffRecords(editable(before), editable(after), ['role', 'isDisabled']);
        await pgAudit(sql).append(actor, {
          action: 'user.update',
          target: { type: 'user', id, name: after.username },
          fields: passwordHash ? [...(diff.fields ?? []), 'password'] : diff.fields,
          changes: diff.changes,
        });
        return after;
      });
    },
    remove: (id, { actor, expectedVersion }) =>
      db.write(async (sql) => {
        const users = pgUserStatements(sql);
        const before = await users.read(id);
        assertVersion(before, expectedVersion, 'user');
        await users.assertKeepsAnAdmin(before, undefined);
        await sql.run('DELETE FROM users WHERE id = $1', [id]);
        await pgAudit(sql).append(actor, {
          action: 'user.delete',
          target: { type: 'user', id, name: before.username },
        });
      }),
    endSessions: async (id) => {
      const changed = await db.sql.run('UPDATE users SET session_epoch = session_epoch + 1 WHERE id = $1', [
        id,
      ]);
      if (changed === 0) throw notFound('user');
    },
  };
}
