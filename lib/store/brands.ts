import { ZBrandSchema } from '@/lib/spec/brand';

import { brandStatements, INVALID_BRAND } from './brand-statements';
import type { TDatabase } from './db';
import { parseOrThrow } from './errors';
import type { BrandRepository } from './repository';
import { ZBrandFieldsSchema, ZBrandPatchSchema, ZStoredLogoSchema } from './schemas';

/** Clinic profiles in SQLite. Every change runs in one IMMEDIATE transaction (write lock taken up front). */
export function createSqliteBrands(db: TDatabase): BrandRepository {
  const sql = brandStatements(db);
  const inTransaction = <T>(work: () => T): T => db.transaction(work).immediate();

  return {
    list: async () => sql.list(),
    get: async (id) => sql.read(id),
    getDefault: async () => sql.readDefault(),
    create: async (input) => {
      const fields = parseOrThrow(ZBrandFieldsSchema, input, INVALID_BRAND);
      return inTransaction(() => sql.read(sql.insert(fields)));
    },
    replace: async (id, input) => {
      const fields = parseOrThrow(ZBrandFieldsSchema, input, INVALID_BRAND);
      return inTransaction(() => {
        sql.update(id, fields);
        return sql.read(id);
      });
    },
    update: async (id, patch) => {
      const changes = parseOrThrow(ZBrandPatchSchema, patch, INVALID_BRAND);
      return inTransaction(() => {
        const {
          id: _id,
          logo: _logo,
          createdAt: _c,
          updatedAt: _u,
          isDefault: _d,
          ...current
        } = sql.read(id);
        // The merged profile passes the full schema again: a PATCH can never store what a POST could not.
        sql.update(id, parseOrThrow(ZBrandFieldsSchema, { ...current, ...changes }, INVALID_BRAND));
        return sql.read(id);
      });
    },
    remove: async (id) => inTransaction(() => sql.remove(id)),
    getLogo: async (id) => {
      sql.read(id);
      return sql.readLogo(id);
    },
    setLogo: async (id, logo) => {
      const checked = ZStoredLogoSchema.parse(logo);
      return inTransaction(() => {
        sql.writeLogo(id, checked);
        return sql.read(id);
      });
    },
    removeLogo: async (id) =>
      inTransaction(() => {
        sql.writeLogo(id, undefined);
        return sql.read(id);
      }),
    forSpec: async (id) => {
      // One read transaction: the profile and its logo come from the same snapshot.
      const [profile, logo] = db.transaction(() => [sql.read(id), sql.readLogo(id)] as const)();
      const { name, address, phone, afterHoursPhone, website, emergencyNumber, accentColor } = profile;
      // The inline brand the PDF spec accepts, checked by that very schema.
      return ZBrandSchema.parse({
        name,
        address,
        phone,
        afterHoursPhone,
        website,
        emergencyNumber,
        accentColor,
        logo: logo && `data:image/png;base64,${logo.png.toString('base64')}`,
      });
    },
  };
}
