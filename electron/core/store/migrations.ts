import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

type Database = BetterSqlite3.Database;

// The schema, as numbered migrations. A migration is never edited once released: changes are a
// new number. All pending migrations run in one transaction at open, so a database is either
// fully at the new version or untouched; PRAGMA user_version records where it stands.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
      -- The practice profile: one row.
      CREATE TABLE practice (
        id              INTEGER PRIMARY KEY CHECK (id = 1),
        name            TEXT NOT NULL,
        street          TEXT NOT NULL,
        postal_code     TEXT NOT NULL,
        city            TEXT NOT NULL,
        profession      TEXT NOT NULL,
        finess          TEXT,
        email_domain    TEXT,
        referent_name   TEXT NOT NULL,
        referent_email  TEXT,
        referent_phone  TEXT,
        policy          TEXT NOT NULL DEFAULT 'cnil-2022',
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;

      -- Settings that belong to the practice's data (base URLs of the breach services, …), as JSON.
      CREATE TABLE setting (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL
      ) STRICT;

      -- Roster imports, so each imported person can be traced to its file.
      CREATE TABLE import_batch (
        id             TEXT PRIMARY KEY,
        file_name      TEXT NOT NULL,
        encoding       TEXT NOT NULL,
        rows_imported  INTEGER NOT NULL,
        rows_skipped   INTEGER NOT NULL,
        imported_at    TEXT NOT NULL,
        imported_by    TEXT NOT NULL
      ) STRICT;

      -- Staff. Removal is soft (removed_at): results and the audit log keep their subject.
      CREATE TABLE staff (
        id            TEXT PRIMARY KEY,
        first_name    TEXT NOT NULL,
        last_name     TEXT NOT NULL,
        role          TEXT NOT NULL,
        role_label    TEXT,
        import_batch  TEXT REFERENCES import_batch(id),
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        removed_at    TEXT
      ) STRICT;
      CREATE INDEX staff_active ON staff(removed_at, last_name);

      CREATE TABLE staff_email (
        staff_id   TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        email      TEXT NOT NULL,
        email_key  TEXT NOT NULL,
        PRIMARY KEY (staff_id, position)
      ) STRICT;
      CREATE INDEX staff_email_key ON staff_email(email_key);

      -- An account is a person × a service (a mailbox per e-mail, amelipro, FranceConnect, …):
      -- what breach, password and MFA results attach to.
      CREATE TABLE account (
        id          TEXT PRIMARY KEY,
        staff_id    TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        service     TEXT NOT NULL,
        identifier  TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        removed_at  TEXT,
        UNIQUE (staff_id, service, identifier)
      ) STRICT;

      -- Every check's outcome with its source and date. 'not-checked' is a status of its own,
      -- with a reason: it is never stored, counted or shown as clean.
      CREATE TABLE check_result (
        id          INTEGER PRIMARY KEY,
        account_id  TEXT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL CHECK (kind IN ('breach', 'password', 'mfa')),
        status      TEXT NOT NULL,
        reason      TEXT,
        source      TEXT NOT NULL,
        checked_at  TEXT NOT NULL,
        details     TEXT
      ) STRICT;
      CREATE INDEX check_result_account ON check_result(account_id, kind, checked_at);

      -- The guided walkthrough: one answer per person × account × step.
      CREATE TABLE walkthrough_progress (
        staff_id     TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        account_id   TEXT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        step         TEXT NOT NULL,
        answer       TEXT NOT NULL CHECK (answer IN ('done', 'not-possible', 'not-applicable')),
        note         TEXT,
        answered_at  TEXT NOT NULL,
        recorded_by  TEXT NOT NULL,
        PRIMARY KEY (account_id, step)
      ) STRICT;

      -- Reports generated, with the hash that ties a printed PDF to its JSON.
      CREATE TABLE report (
        id            TEXT PRIMARY KEY,
        generated_at  TEXT NOT NULL,
        generated_by  TEXT NOT NULL,
        language      TEXT NOT NULL,
        policy        TEXT NOT NULL,
        score         REAL,
        json_sha256   TEXT,
        files         TEXT NOT NULL DEFAULT '[]'
      ) STRICT;

      -- Who did what, when. Append-only: the triggers refuse any change or deletion.
      CREATE TABLE audit_log (
        id       INTEGER PRIMARY KEY AUTOINCREMENT,
        at       TEXT NOT NULL,
        actor    TEXT NOT NULL,
        action   TEXT NOT NULL,
        subject  TEXT,
        details  TEXT
      ) STRICT;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `,
  },
];

export const SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function schemaVersionOf(db: Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** Run every migration above `from` in one transaction; returns the version reached. */
export function migrate(db: Database, from: number, migrations: readonly Migration[] = MIGRATIONS): number {
  const pending = migrations.filter((migration) => migration.version > from);
  if (pending.length === 0) return from;
  db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
  return pending[pending.length - 1]!.version;
}
