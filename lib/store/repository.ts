import type { TActor, TWriteContext } from '@/lib/auth/roles';
import type { TBrand } from '@/lib/spec/brand';
import type {
  TApprovalInput,
  TCorrection,
  TOverrides,
  TReviewLocale,
  TTranslationSet,
} from '@/lib/translations/schema';

import type { TAuditEntry } from './audit';
import type {
  TBrandFieldsInput,
  TBrandPatch,
  TBrandProfile,
  TPreset,
  TPresetInput,
  TPresetPatch,
  TStoredLogo,
} from './schemas';
import type { TImportResult, TStoreExport, TStoreExportInput } from './transfer-schema';
import type { TFirstAdminInput, TSettings, TUser, TUserInput, TUserPatch } from './user-schemas';

/*
 * The only way into the store: interfaces only, so the engines (SQLite in lib/store, PostgreSQL in
 * lib/store/pg) depend on this file and nothing here depends on them. Methods are async and speak zod-validated
 * objects, never rows. Inputs are parsed again inside (the store is an edge of its own); missing ids
 * throw HandoutError('not_found'), bad input 'invalid_spec', a stale version 'conflict'. Every write
 * names its actor and is recorded in the audit log in the same transaction.
 */

export interface BrandRepository {
  list(): Promise<TBrandProfile[]>;
  get(id: string): Promise<TBrandProfile>;
  getDefault(): Promise<TBrandProfile | undefined>;
  create(input: TBrandFieldsInput, context: TWriteContext): Promise<TBrandProfile>;
  /** PUT: every field replaced; optional fields left out are cleared. */
  replace(id: string, input: TBrandFieldsInput, context: TWriteContext): Promise<TBrandProfile>;
  /** PATCH: only the fields given change. */
  update(id: string, patch: TBrandPatch, context: TWriteContext): Promise<TBrandProfile>;
  /** Deleting the default makes the oldest remaining profile the default. */
  remove(id: string, context: TWriteContext): Promise<void>;
  getLogo(id: string): Promise<TStoredLogo | undefined>;
  /** Takes a logo already normalised by prepareLogo(). */
  setLogo(id: string, logo: TStoredLogo, context: TWriteContext): Promise<TBrandProfile>;
  removeLogo(id: string, context: TWriteContext): Promise<TBrandProfile>;
  /** The profile as the inline brand of a handout spec, logo as a PNG data URL. */
  forSpec(id: string): Promise<TBrand>;
}

export interface PresetRepository {
  list(): Promise<TPreset[]>;
  get(id: string): Promise<TPreset>;
  create(input: TPresetInput, context: TWriteContext): Promise<TPreset>;
  replace(id: string, input: TPresetInput, context: TWriteContext): Promise<TPreset>;
  update(id: string, patch: TPresetPatch, context: TWriteContext): Promise<TPreset>;
  /** A copy named "Name (copy)", "Name (copy 2)", … */
  duplicate(id: string, context: TWriteContext): Promise<TPreset>;
  remove(id: string, context: TWriteContext): Promise<void>;
}

export interface UserRepository {
  list(): Promise<TUser[]>;
  get(id: string): Promise<TUser>;
  hasAdmin(): Promise<boolean>;
  /** The user and their password hash, for the sign-in check only. */
  findForSignIn(username: string): Promise<{ user: TUser; passwordHash: string | null } | undefined>;
  /** Only while no admin exists; the route allows it only from this machine. */
  createFirstAdmin(input: TFirstAdminInput): Promise<TUser>;
  create(input: TUserInput, context: TWriteContext): Promise<TUser>;
  /** An OpenID Connect user, created or brought up to date with the role the provider's claims give. */
  upsertOidc(
    subject: string,
    claims: { username: string; displayName: string; role: TUser['role'] },
    context: TWriteContext,
  ): Promise<TUser>;
  update(id: string, patch: TUserPatch, context: TWriteContext): Promise<TUser>;
  remove(id: string, context: TWriteContext): Promise<void>;
  /** Sign-out: every session cookie issued to this user before now stops working. */
  endSessions(id: string): Promise<void>;
}

export interface SettingsRepository {
  get(): Promise<TSettings>;
  update(patch: Partial<TSettings>, context: TWriteContext): Promise<TSettings>;
  /** The key that seals session cookies, made once and shared by every instance on this store. */
  sessionSecret(): Promise<string>;
  /** Newest first, `limit` entries older than the entry numbered `before`. */
  auditLog(limit: number, before?: number): Promise<TAuditEntry[]>;
}

export interface TransferRepository {
  exportAll(): Promise<TStoreExport>;
  /** All or nothing: an invalid file, logo or name throws and nothing is written. */
  importAll(document: TStoreExportInput, actor: TActor): Promise<TImportResult>;
}

/**
 * A clinic's review of the shipped translations (issue 16): its corrections, kept here and never in
 * locales/, and who approved which string. The checks a correction passes first live in
 * lib/translations; a locale is any handout language but English ('invalid_spec' otherwise).
 */
export interface TranslationRepository {
  get(locale: string): Promise<TTranslationSet>;
  /** The corrections of these languages, for a render. */
  overrides(locales: readonly TReviewLocale[]): Promise<TOverrides>;
  /** Stores the text (or drops the override when it is the shipped text again) and the corrector's approval. */
  correct(
    locale: string,
    correction: TCorrection & { isShipped: boolean },
    context: TWriteContext,
  ): Promise<TTranslationSet>;
  approve(locale: string, approval: TApprovalInput, context: TWriteContext): Promise<TTranslationSet>;
  /** Every correction of a file in one transaction; nothing is approved by an import. */
  importCorrections(
    locale: string,
    corrections: readonly (TCorrection & { isShipped: boolean })[],
    context: TWriteContext,
  ): Promise<TTranslationSet>;
}

export interface HandoutStore extends TransferRepository {
  brands: BrandRepository;
  presets: PresetRepository;
  users: UserRepository;
  settings: SettingsRepository;
  translations: TranslationRepository;
  /** Ends the connection (SQLite) or the pool (PostgreSQL) once the calls in flight have answered. */
  close(): Promise<void>;
}
