import { diffRecords } from '../audit';
import { confirmationNote, editableBrand, fieldsToStore, inlineBrand } from '../brand-rules';
import { INVALID_BRAND } from '../brand-statements';
import { checkEmergencyNumber } from '../emergency-check';
import { parseOrThrow } from '../errors';
import type { BrandRepository } from '../repository';
import { type TBrandFields, ZBrandFieldsSchema, ZBrandPatchSchema, ZStoredLogoSchema } from '../schemas';
import { assertVersion } from '../versions';
import { pgAudit } from './audit';
import { pgBrandStatements } from './brand-statements';
import type { TPgDatabase, TSql } from './db';

const THING = 'clinic profile';

/** Clinic profiles in PostgreSQL: lib/store/brands.ts step for step, each write in one locked transaction. */
export function createPgBrands(db: TPgDatabase): BrandRepository {
  const reads = pgBrandStatements(db.sql);

  /** Replaces the editable fields of a stored profile; shared by PUT and PATCH. */
  const write = async (
    sql: TSql,
    id: string,
    next: TBrandFields,
    context: Parameters<BrandRepository['replace']>[2],
  ) => {
    const brands = pgBrandStatements(sql);
    const current = await brands.read(id);
    assertVersion(current, context.expectedVersion, THING);
    const before = editableBrand(current);
    const fields = fieldsToStore(next, before);
    await brands.update(id, fields);
    const after = await brands.read(id);
    await pgAudit(sql).append(context.actor, {
      action: 'profile.update',
      target: { type: 'clinic profile', id, name: after.name },
      ...diffRecords(before, editableBrand(after)),
      detail: confirmationNote(before, fields),
    });
    return after;
  };

  return {
    list: () => reads.list(),
    get: (id) => reads.read(id),
    getDefault: () => reads.readDefault(),
    create: async (input, { actor }) => {
      const fields = parseOrThrow(ZBrandFieldsSchema, input, INVALID_BRAND);
      checkEmergencyNumber(fields, INVALID_BRAND);
      return db.write(async (sql) => {
        const brands = pgBrandStatements(sql);
        const created = await brands.read(await brands.insert(fields));
        await pgAudit(sql).append(actor, {
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
      return db.write((sql) => write(sql, id, fields, context));
    },
    update: async (id, patch, context) => {
      const changes = parseOrThrow(ZBrandPatchSchema, patch, INVALID_BRAND);
      return db.write(async (sql) => {
        const { isDefault: _d, ...current } = editableBrand(await pgBrandStatements(sql).read(id));
        // The merged profile passes the full schema again: a PATCH can never store what a POST could not.
        const merged = parseOrThrow(ZBrandFieldsSchema, { ...current, ...changes }, INVALID_BRAND);
        return write(
          sql,
          id,
          { ...merged, emergencyNumberConfirmed: changes.emergencyNumberConfirmed },
          context,
        );
      });
    },
    remove: (id, { actor, expectedVersion }) =>
      db.write(async (sql) => {
        const brands = pgBrandStatements(sql);
        const current = await brands.read(id);
        assertVersion(current, expectedVersion, THING);
        await brands.remove(id);
        await pgAudit(sql).append(actor, {
          action: 'profile.delete',
          target: { type: 'clinic profile', id, name: current.name },
          ...diffRecords(editableBrand(current), {}),
        });
      }),
    getLogo: async (id) => {
      await reads.read(id);
      return reads.readLogo(id);
    },
    setLogo: async (id, logo, { actor, expectedVersion }) => {
      const checked = ZStoredLogoSchema.parse(logo);
      return db.write(async (sql) => {
        const brands = pgBrandStatements(sql);
        const current = await brands.read(id);
        assertVersion(current, expectedVersion, THING);
        await brands.writeLogo(id, checked);
        await pgAudit(sql).append(actor, {
          action: 'logo.set',
          target: { type: 'clinic profile', id, name: current.name },
          fields: ['logo'],
          changes: { logo: { old: current.logo?.sha256 ?? null, new: checked.sha256 } },
        });
        return brands.read(id);
      });
    },
    removeLogo: (id, { actor, expectedVersion }) =>
      db.write(async (sql) => {
        const brands = pgBrandStatements(sql);
        const current = await brands.read(id);
        assertVersion(current, expectedVersion, THING);
        await brands.writeLogo(id, undefined);
        await pgAudit(sql).append(actor, {
          action: 'logo.remove',
          target: { type: 'clinic profile', id, name: current.name },
          fields: ['logo'],
          changes: { logo: { old: current.logo?.sha256 ?? null, new: null } },
        });
        return brands.read(id);
      }),
    forSpec: async (id) => {
      // One snapshot: the profile and its logo come from the same committed state.
      const [profile, logo] = await db.snapshot(async (sql) => {
        const brands = pgBrandStatements(sql);
        return [await brands.read(id), await brands.readLogo(id)] as const;
      });
      return inlineBrand(profile, logo);
    },
  };
}
