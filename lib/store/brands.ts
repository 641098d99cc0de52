import { auditStatements, diffRecords } from './audit';
import { confirmationNote, editableBrand, fieldsToStore, inlineBrand } from './brand-rules';
import { brandStatements, INVALID_BRAND } from './brand-statements';
import type { TDatabase } from './db';
import { checkEmergencyNumber } from './emergency-check';
import { parseOrThrow } from './errors';
import type { BrandRepository } from './repository';
import { type TBrandFields, ZBrandFieldsSchema, ZBrandPatchSchema, ZStoredLogoSchema } from './schemas';
import { assertVersion } from './versions';

const THING = 'clinic profile';

/**
 * Clinic profiles in SQLite. Every change runs in one IMMEDIATE transaction (write lock taken up front)
 * that also checks the version the writer read and appends the audit entry, so a change is never
 * stored without its record, nor recorded without being stored.
 */
export function createSqliteBrands(db: TDatabase): BrandRepository {
  const sql = brandStatements(db);
  const audit = auditStatements(db);
  const inTransaction = <T>(work: () => T): T => db.transaction(work).immediate();

  /** Replaces the editable fields of a stored profile; shared by PUT and PATCH. */
  const write = (id: string, next: TBrandFields, context: Parameters<BrandRepository['replace']>[2]) => {
    const current = sql.read(id);
    assertVersion(current, context.expectedVersion, THING);
    const before = editableBrand(current);
    const fields = fieldsToStore(next, before);
    sql.update(id, fields);
    const after = sql.read(id);
    audit.append(context.actor, {
      action: 'profile.update',
      target: { type: 'clinic profile', id, name: after.name },
      ...diffRecords(before, editableBrand(after)),
      detail: confirmationNote(before, fields),
    });
    return after;
  };

  return {
    list: async () => sql.list(),
    get: async (id) => sql.read(id),
    getDefault: async () => sql.readDefault(),
    create: async (input, { actor }) => {
      const fields = parseOrThrow(ZBrandFieldsSchema, input, INVALID_BRAND);
      checkEmergencyNumber(fields, INVALID_BRAND);
      return inTransaction(() => {
        const created = sql.read(sql.insert(fields));
        audit.append(actor, {
          action: 'profile.create',
          target: { type: 'clinic profile', id: created.id, name: created.name },
          ...diffRecords({}, editableBrand(created)),
          detail: confirmationNote(undefined, fields),
        });
        return created;
      });
    },
    replace: async (id, input, context) => {
      const fields = parseOrThrow(ZBrandFieldsSchema, input, INVALID_BRAND);
      return inTransaction(() => write(id, fields, context));
    },
    update: async (id, patch, context) => {
      const changes = parseOrThrow(ZBrandPatchSchema, patch, INVALID_BRAND);
      return inTransaction(() => {
        const { isDefault: _d, ...current } = editableBrand(sql.read(id));
        // The merged profile passes the full schema again: a PATCH can never store what a POST could not.
        const merged = parseOrThrow(ZBrandFieldsSchema, { ...current, ...changes }, INVALID_BRAND);
        // Only a confirmation sent with this patch counts; write() keeps one for an unchanged number.
        return write(id, { ...merged, emergencyNumberConfirmed: changes.emergencyNumberConfirmed }, context);
      });
    },
    remove: async (id, { actor, expectedVersion }) =>
      inTransaction(() => {
        const current = sql.read(id);
        assertVersion(current, expectedVersion, THING);
        sql.remove(id);
        audit.append(actor, {
          action: 'profile.delete',
          target: { type: 'clinic profile', id, name: current.name },
          ...diffRecords(editableBrand(current), {}),
        });
      }),
    getLogo: async (id) => {
      sql.read(id);
      return sql.readLogo(id);
    },
    setLogo: async (id, logo, { actor, expectedVersion }) => {
      const checked = ZStoredLogoSchema.parse(logo);
      return inTransaction(() => {
        const current = sql.read(id);
        assertVersion(current, expectedVersion, THING);
        sql.writeLogo(id, checked);
        audit.append(actor, {
          action: 'logo.set',
          target: { type: 'clinic profile', id, name: current.name },
          fields: ['logo'],
          changes: { logo: { old: current.logo?.sha256 ?? null, new: checked.sha256 } },
        });
        return sql.read(id);
      });
    },
    removeLogo: async (id, { actor, expectedVersion }) =>
      inTransaction(() => {
        const current = sql.read(id);
        assertVersion(current, expectedVersion, THING);
        sql.writeLogo(id, undefined);
        audit.append(actor, {
          action: 'logo.remove',
          target: { type: 'clinic profile', id, name: current.name },
          fields: ['logo'],
          changes: { logo: { old: current.logo?.sha256 ?? null, new: null } },
        });
        return sql.read(id);
      }),
    forSpec: async (id) => {
      // One read transaction: the profile and its logo come from the same snapshot.
      const [profile, logo] = db.transaction(() => [sql.read(id), sql.readLogo(id)] as const)();
      return inlineBrand(profile, logo);
    },
  };
}
