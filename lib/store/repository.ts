import path from 'node:path';

import type { TBrand } from '@/lib/spec/brand';

import { createSqliteBrands } from './brands';
import { DATABASE_FILE, dataDirectory, openDatabase } from './db';
import { createSqlitePresets } from './presets';
import type {
  TBrandFieldsInput,
  TBrandPatch,
  TBrandProfile,
  TPreset,
  TPresetInput,
  TPresetPatch,
  TStoredLogo,
} from './schemas';
import { createSqliteTransfer } from './transfer';
import type { TImportResult, TStoreExport, TStoreExportInput } from './transfer-schema';

/*
 * The only way into the store. Methods are async and speak zod-validated objects, never rows, so a
 * PostgreSQL implementation can satisfy the same interface. Inputs are parsed again inside (the store
 * is an edge of its own); missing ids throw HandoutError('not_found'), bad input 'invalid_spec'.
 */

export interface BrandRepository {
  list(): Promise<TBrandProfile[]>;
  get(id: string): Promise<TBrandProfile>;
  getDefault(): Promise<TBrandProfile | undefined>;
  create(input: TBrandFieldsInput): Promise<TBrandProfile>;
  /** PUT: every field replaced; optional fields left out are cleared. */
  replace(id: string, input: TBrandFieldsInput): Promise<TBrandProfile>;
  /** PATCH: only the fields given change. */
  update(id: string, patch: TBrandPatch): Promise<TBrandProfile>;
  /** Deleting the default makes the oldest remaining profile the default. */
  remove(id: string): Promise<void>;
  getLogo(id: string): Promise<TStoredLogo | undefined>;
  /** Takes a logo already normalised by prepareLogo(). */
  setLogo(id: string, logo: TStoredLogo): Promise<TBrandProfile>;
  removeLogo(id: string): Promise<TBrandProfile>;
  /** The profile as the inline brand of a handout spec, logo as a PNG data URL. */
  forSpec(id: string): Promise<TBrand>;
}

export interface PresetRepository {
  list(): Promise<TPreset[]>;
  get(id: string): Promise<TPreset>;
  create(input: TPresetInput): Promise<TPreset>;
  replace(id: string, input: TPresetInput): Promise<TPreset>;
  update(id: string, patch: TPresetPatch): Promise<TPreset>;
  /** A copy named "Name (copy)", "Name (copy 2)", … */
  duplicate(id: string): Promise<TPreset>;
  remove(id: string): Promise<void>;
}

export interface TransferRepository {
  exportAll(): Promise<TStoreExport>;
  /** All or nothing: an invalid file, logo or name throws and nothing is written. */
  importAll(document: TStoreExportInput): Promise<TImportResult>;
}

export interface HandoutStore extends TransferRepository {
  brands: BrandRepository;
  presets: PresetRepository;
  close(): void;
}

/** Opens a store on an SQLite file; tests use this with a temporary path. */
export function openStore(file: string): HandoutStore {
  const db = openDatabase(file);
  return {
    brands: createSqliteBrands(db),
    presets: createSqlitePresets(db),
    ...createSqliteTransfer(db),
    close: () => db.close(),
  };
}

// Kept on globalThis so that Next's dev server, which re-evaluates modules, still holds one connection.
const SHARED = Symbol.for('clinic-handouts.store');
type WithStore = typeof globalThis & { [SHARED]?: HandoutStore };

/** The process's single store, opened on first use under HANDOUTS_DATA_DIR. */
export function getStore(): HandoutStore {
  const holder = globalThis as WithStore;
  holder[SHARED] ??= openStore(path.join(dataDirectory(), DATABASE_FILE));
  return holder[SHARED];
}

/** Closes the shared store (tests, and a clean shutdown); the next getStore() opens it again. */
export function closeStore(): void {
  const holder = globalThis as WithStore;
  holder[SHARED]?.close();
  holder[SHARED] = undefined;
}

/** A saved clinic profile as the inline brand object the PDF spec accepts. */
export function brandForSpec(id: string): Promise<TBrand> {
  return getStore().brands.forSpec(id);
}
