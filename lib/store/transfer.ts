import type { TActor } from '@/lib/auth/roles';
import { decodeLogoDataUrl } from '@/lib/spec/logo';
import { ZReviewLocaleSchema } from '@/lib/translations/schema';

import { auditStatements, type TAuditRecord } from './audit';
import { brandStatements } from './brand-statements';
import type { TDatabase } from './db';
import { checkEmergencyNumber } from './emergency-check';
import { parseOrThrow } from './errors';
import { prepareLogo } from './logo-upload';
import { presetStatements } from './preset-statements';
import type { TransferRepository } from './repository';
import type { TStoredLogo } from './schemas';
import {
  EXPORT_FORMAT,
  type TStoreExport,
  type TStoreExportInput,
  ZImportResultSchema,
  ZStoreExportSchema,
} from './transfer-schema';
import { exportTranslations, planTransfer, prepareTranslations } from './transfer-translations';
import { readTranslationSet, runTranslationWrite } from './translations';

const INVALID_IMPORT = 'The import file is not valid. Nothing was changed.';

/** Parses an import file and normalises its logos, before any transaction starts (either engine). */
export async function prepareImport(input: TStoreExportInput) {
  const doc = parseOrThrow(ZStoreExportSchema, input, INVALID_IMPORT);
  doc.brands.forEach((brand, index) =>
    checkEmergencyNumber(brand, INVALID_IMPORT, `brands[${index}].emergencyNumber`),
  );
  // Logos are untrusted like any upload: decoded and normalised again before the transaction.
  const logos: (TStoredLogo | undefined)[] = [];
  for (const [index, brand] of doc.brands.entries()) {
    const decoded = brand.logo === undefined ? undefined : decodeLogoDataUrl(brand.logo);
    logos.push(
      decoded && (await prepareLogo(decoded.bytes, { type: decoded.mime }, `brands[${index}].logo`)),
    );
  }
  const translations = prepareTranslations(doc.translations, INVALID_IMPORT);
  return { doc, logos, translations };
}

/** The audit entry of an import: which profiles came in, with the safety values they print. */
export function importRecord(doc: TStoreExport, brandIds: string[], presetIds: string[]): TAuditRecord {
  return {
    action: 'store.import',
    target: { type: 'store' },
    fields: [...doc.brands.map((b) => `profile: ${b.name}`), ...presetIds.map(() => 'saved handout')],
    changes: Object.fromEntries(
      doc.brands.map((b) => [
        `profile ${b.name}`,
        {
          old: null,
          new: {
            phone: b.phone,
            afterHoursPhone: b.afterHoursPhone ?? null,
            emergencyNumber: b.emergencyNumber,
          },
        },
      ]),
    ),
    detail: `Imported ${brandIds.length} clinic profile(s) and ${presetIds.length} saved handout(s).`,
  };
}

/** Export and all-or-nothing import of profiles, presets and translation corrections. */
export function createSqliteTransfer(db: TDatabase): TransferRepository {
  const brands = brandStatements(db);
  const presets = presetStatements(db);
  const audit = auditStatements(db);

  return {
    exportAll: async () => {
      const doc = db.transaction(() => ({
        format: EXPORT_FORMAT,
        exportedAt: new Date().toISOString(),
        brands: brands
          .list()
          .map(({ id, logo: _i, createdAt: _c, updatedAt: _u, version: _v, ...fields }) => {
            const logo = brands.readLogo(id);
            return { ...fields, logo: logo && `data:image/png;base64,${logo.png.toString('base64')}` };
          }),
        presets: presets
          .list()
          .map(({ id: _id, createdAt: _c, updatedAt: _u, version: _v, ...preset }) => preset),
        translations: exportTranslations(
          ZReviewLocaleSchema.options.map((locale) => readTranslationSet(db, locale)),
        ),
      }))();
      return ZStoreExportSchema.parse(doc);
    },

    importAll: async (input, actor: TActor) => {
      const { doc, logos, translations } = await prepareImport(input);
      const result = db
        .transaction(() => {
          // An imported file never takes the default away from a profile this clinic already uses.
          const hasDefault = brands.readDefault() !== undefined;
          const brandIds = doc.brands.map(({ logo: _logo, ...fields }, index) => {
            const id = brands.insert({ ...fields, isDefault: hasDefault ? false : fields.isDefault });
            const logo = logos[index];
            if (logo) brands.writeLogo(id, logo);
            return id;
          });
          const renamedPresets: { from: string; to: string }[] = [];
          const presetIds = doc.presets.map((preset) => {
            const name = presets.isNameFree(preset.name)
              ? preset.name
              : presets.freeName(preset.name, 'imported');
            if (name !== preset.name) renamedPresets.push({ from: preset.name, to: name });
            return presets.insert({ ...preset, name });
          });
          audit.append(actor, importRecord(doc, brandIds, presetIds));
          const outcomes = translations.map((incoming) => {
            const { write, outcome } = planTransfer(readTranslationSet(db, incoming.locale), incoming);
            if (write) {
              runTranslationWrite(db, incoming.locale, write);
              audit.append(actor, write.audit);
            }
            return outcome;
          });
          return {
            brands: brandIds.map(brands.read),
            presets: presetIds.map(presets.read),
            renamedPresets,
            translations: outcomes,
          };
        })
        .immediate();
      return ZImportResultSchema.parse(result);
    },
  };
}
