import { ZReviewLocaleSchema } from '@/lib/translations/schema';

import type { TransferRepository } from '../repository';
import { importRecord, prepareImport } from '../transfer';
import { EXPORT_FORMAT, ZImportResultSchema, ZStoreExportSchema } from '../transfer-schema';
import { exportTranslations, planTransfer } from '../transfer-translations';
import { pgAudit } from './audit';
import { pgBrandStatements } from './brand-statements';
import type { TPgDatabase } from './db';
import { pgPresetStatements } from './preset-statements';
import { readPgTranslationSet, runPgTranslationWrite } from './translations';

/** Export (one snapshot) and all-or-nothing import in PostgreSQL: lib/store/transfer.ts step for step. */
export function createPgTransfer(db: TPgDatabase): TransferRepository {
  return {
    exportAll: async () => {
      const doc = await db.snapshot(async (sql) => {
        const brands = pgBrandStatements(sql);
        const exported = [];
        for (const {
          id,
          logo: _i,
          createdAt: _c,
          updatedAt: _u,
          version: _v,
          ...fields
        } of await brands.list()) {
          const logo = await brands.readLogo(id);
          exported.push({ ...fields, logo: logo && `data:image/png;base64,${logo.png.toString('base64')}` });
        }
        const sets = [];
        for (const locale of ZReviewLocaleSchema.options) sets.push(await readPgTranslationSet(sql, locale));
        return {
          format: EXPORT_FORMAT,
          exportedAt: new Date().toISOString(),
          brands: exported,
          presets: (await pgPresetStatements(sql).list()).map(
            ({ id: _id, createdAt: _c, updatedAt: _u, version: _v, ...preset }) => preset,
          ),
          translations: exportTranslations(sets),
        };
      });
      return ZStoreExportSchema.parse(doc);
    },

    importAll: async (input, actor) => {
      const { doc, logos, translations } = await prepareImport(input);
      const result = await db.write(async (sql) => {
        const brands = pgBrandStatements(sql);
        const presets = pgPresetStatements(sql);
        // An imported file never takes the default away from a profile this clinic already uses.
        const hasDefault = (await brands.readDefault()) !== undefined;
        const brandIds: string[] = [];
        for (const [index, { logo: _logo, ...fields }] of doc.brands.entries()) {
          const id = await brands.insert({ ...fields, isDefault: hasDefault ? false : fields.isDefault });
          const logo = logos[index];
          if (logo) await brands.writeLogo(id, logo);
          brandIds.push(id);
        }
        const renamedPresets: { from: string; to: string }[] = [];
        const presetIds: string[] = [];
        for (const preset of doc.presets) {
          const name = (await presets.isNameFree(preset.name))
            ? preset.name
            : await presets.freeName(preset.name, 'imported');
          if (name !== preset.name) renamedPresets.push({ from: preset.name, to: name });
          presetIds.push(await presets.insert({ ...preset, name }));
        }
        await pgAudit(sql).append(actor, importRecord(doc, brandIds, presetIds));
        const outcomes = [];
        for (const incoming of translations) {
          const { write, outcome } = planTransfer(await readPgTranslationSet(sql, incoming.locale), incoming);
          if (write) {
            await runPgTranslationWrite(sql, incoming.locale, write);
            await pgAudit(sql).append(actor, write.audit);
          }
          outcomes.push(outcome);
        }
        return {
          brands: await Promise.all(brandIds.map((id) => brands.read(id))),
          presets: await Promise.all(presetIds.map((id) => presets.read(id))),
          renamedPresets,
          translations: outcomes,
        };
      });
      return ZImportResultSchema.parse(result);
    },
  };
}
