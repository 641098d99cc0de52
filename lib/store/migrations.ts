import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/*
 * Append only: a released migration is never edited, a change is a new entry. No column anywhere holds
 * a patient or a clinician: presets keep section choices, profiles keep the clinic's identity.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'clinic profiles and presets',
    sql: `
      CREATE TABLE brands (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        address TEXT,
        phone TEXT NOT NULL,
        website TEXT,
        emergency_number TEXT NOT NULL,
        after_hours_phone TEXT,
        accent_color TEXT NOT NULL,
        is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      -- At most one default; the repository keeps it at exactly one whenever a profile exists.
      CREATE UNIQUE INDEX brands_single_default ON brands (is_default) WHERE is_default = 1;

      CREATE TABLE brand_logos (
        brand_id TEXT PRIMARY KEY REFERENCES brands (id) ON DELETE CASCADE,
        png BLOB NOT NULL,
        sha256 TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE presets (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE,
        locale TEXT NOT NULL,
        paper TEXT NOT NULL,
        units TEXT NOT NULL,
        sections TEXT NOT NULL CHECK (json_valid(sections)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 2,
    name: 'record versions, users, settings and the audit log',
    sql: `
      -- Every write names the version it read (If-Match); a stale one is refused with 409.
      ALTER TABLE brands ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
      -- Set when the admin confirmed an emergency number that is not on the recognised list.
      ALTER TABLE brands ADD COLUMN emergency_confirmed INTEGER NOT NULL DEFAULT 0
        CHECK (emergency_confirmed IN (0, 1));
      ALTER TABLE presets ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL COLLATE NOCASE UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'clinician', 'reviewer')),
        -- scrypt, self-describing (parameters and salt); NULL for users who only sign in through OIDC.
        password_hash TEXT,
        -- "<issuer> <sub>" of an OpenID Connect user.
        oidc_subject TEXT UNIQUE,
        -- Bumped on sign-out, password change or role change: every older session cookie stops working.
        session_epoch INTEGER NOT NULL DEFAULT 0,
        is_disabled INTEGER NOT NULL DEFAULT 0 CHECK (is_disabled IN (0, 1)),
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Never a patient: who changed which clinic record, and the old and new safety values.
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor_id TEXT,
        actor_name TEXT NOT NULL,
        actor_role TEXT NOT NULL,
        action TEXT NOT NULL,
        target_type TEXT NOT NULL,
        target_id TEXT,
        target_name TEXT,
        fields TEXT NOT NULL CHECK (json_valid(fields)),
        changes TEXT NOT NULL CHECK (json_valid(changes)),
        detail TEXT
      ) STRICT;
      CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;
      CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;
    `,
  },
  {
    version: 3,
    name: 'saved handouts keep no per-patient text',
    // The work note and the clinician's medicine text were saved with the sections before they were
    // known to be per-patient (lib/spec/per-patient.ts). Names and the 13 possible entries are written
    // out, not imported, so this released migration never changes when that list does.
    sql: `UPDATE presets SET sections = json_remove(sections, ${Array.from({ length: 13 }, (_, index) => [
      `'$[${index}].params.workNote'`,
      `'$[${index}].params.clinicianText'`,
    ])
      .flat()
      .join(', ')});`,
  },
  {
    version: 4,
    name: 'saved handouts keep the second language',
    sql: 'ALTER TABLE presets ADD COLUMN secondary_locale TEXT;',
  },
  {
    version: 5,
    name: 'translation review: corrections and approvals',
    sql: `
      -- One row per language the clinic touched; its version is the If-Match of every review write.
      CREATE TABLE translation_sets (
        locale TEXT PRIMARY KEY,
        version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL
      ) STRICT;
      -- The clinic's corrections of the shipped handout text; locales/ in the repository never changes.
      CREATE TABLE translation_overrides (
        locale TEXT NOT NULL,
        key TEXT NOT NULL,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (locale, key)
      ) STRICT;
      -- One approval per reviewer and string, with hashes of the English and the translation it saw.
      CREATE TABLE translation_approvals (
        locale TEXT NOT NULL,
        key TEXT NOT NULL,
        reviewer_id TEXT NOT NULL,
        reviewer_name TEXT NOT NULL,
        source_hash TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        approved_at TEXT NOT NULL,
        PRIMARY KEY (locale, key, reviewer_id)
      ) STRICT;
    `,
  },
  {
    version: 6,
    name: 'saved handouts keep the text size',
    sql: "ALTER TABLE presets ADD COLUMN text_size TEXT NOT NULL DEFAULT 'standard';",
  },
];

/**
 * Applies the missing migrations, each in its own IMMEDIATE transaction with its version row, so two
 * processes starting at once cannot both apply one and a crash never leaves half a migration.
 */
export function runMigrations(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const isApplied = db.prepare<[number], { version: number }>(
    'SELECT version FROM schema_migrations WHERE version = ?',
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const apply = db.transaction(() => {
      if (isApplied.get(migration.version)) return;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
      applied.push(migration.version);
    });
    apply.immediate();
  }
  return applied;
}
