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
  {
    version: 2,
    name: 'breach catalogue cache',
    sql: `
      -- HIBP's public catalogue of breaches (/breaches), parsed, per API root, refreshed daily.
      CREATE TABLE breach_catalogue (
        base_url    TEXT PRIMARY KEY,
        fetched_at  TEXT NOT NULL,
        breaches    TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 3,
    name: 'local breach corpora',
    sql: `
      -- Lists of breached addresses the practice imported, each with a name and a breach date.
      CREATE TABLE breach_corpus (
        id           TEXT PRIMARY KEY,
        name         TEXT NOT NULL,
        breach_date  TEXT NOT NULL,
        file_name    TEXT NOT NULL,
        entries      INTEGER NOT NULL,
        rejected     INTEGER NOT NULL,
        forms        TEXT NOT NULL,
        imported_at  TEXT NOT NULL,
        imported_by  TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX breach_corpus_name ON breach_corpus(name COLLATE NOCASE);

      -- Their addresses, hashed only: SHA-256 (32 bytes) of the lower-cased address, or the
      -- SHA-1 (20 bytes) the file held. Never the address itself.
      CREATE TABLE breach_corpus_entry (
        corpus_id  TEXT NOT NULL REFERENCES breach_corpus(id) ON DELETE CASCADE,
        hash       BLOB NOT NULL CHECK (length(hash) IN (20, 32)),
        PRIMARY KEY (corpus_id, hash)
      ) STRICT, WITHOUT ROWID;
    `,
  },
  {
    version: 4,
    name: 'long work as jobs',
    sql: `
      -- Long work (docs/architecture.md, "Long work is a job"). A job stays 'running' until it ends, so one
      -- found 'running' at start-up was interrupted (crash, closed app) and resumes its pending
      -- items. owner: the process working on it ("pid:<n>"), so two processes never share one.
      CREATE TABLE job (
        id           TEXT PRIMARY KEY,
        kind         TEXT NOT NULL,
        state        TEXT NOT NULL CHECK (state IN ('running', 'completed', 'cancelled', 'failed')),
        params       TEXT NOT NULL DEFAULT '{}',
        total        INTEGER NOT NULL,
        owner        TEXT,
        started_at   TEXT NOT NULL,
        started_by   TEXT NOT NULL,
        finished_at  TEXT,
        failure      TEXT
      ) STRICT;
      -- One running job per kind, whatever the processes.
      CREATE UNIQUE INDEX job_running_kind ON job(kind) WHERE state = 'running';
      CREATE INDEX job_kind_started ON job(kind, started_at);

      -- Its items, each marked the moment it finishes (in the same transaction as its results).
      CREATE TABLE job_item (
        job_id       TEXT NOT NULL REFERENCES job(id) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        item_key     TEXT NOT NULL,
        label        TEXT NOT NULL,
        state        TEXT NOT NULL CHECK (state IN ('pending', 'done', 'cancelled')),
        tally        TEXT,
        finished_at  TEXT,
        PRIMARY KEY (job_id, position)
      ) STRICT;
      CREATE INDEX job_item_pending ON job_item(job_id, state);
    `,
  },
  {
    version: 5,
    name: 'walkthrough person steps and chosen providers',
    sql: `
      -- Walkthrough answers about the person rather than one account (recognising phishing).
      CREATE TABLE walkthrough_person_step (
        staff_id     TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        step         TEXT NOT NULL,
        answer       TEXT NOT NULL CHECK (answer IN ('done', 'not-possible', 'not-applicable')),
        note         TEXT,
        answered_at  TEXT NOT NULL,
        recorded_by  TEXT NOT NULL,
        PRIMARY KEY (staff_id, step)
      ) STRICT;

      -- The provider a person said an account is with, when the MX records could not tell (or
      -- told wrong): the walkthrough then gives that provider's instructions.
      CREATE TABLE account_provider (
        account_id  TEXT PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
        provider    TEXT NOT NULL,
        chosen_at   TEXT NOT NULL,
        chosen_by   TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 6,
    name: 'mailbox providers and practice domain checks',
    sql: `
      -- The provider behind each staff e-mail domain, from its MX records. A failed attempt
      -- (checked_at, last_failure) keeps the earlier conclusion (detected_at).
      CREATE TABLE mailbox_provider (
        domain        TEXT PRIMARY KEY,
        provider      TEXT,
        status        TEXT NOT NULL CHECK (status IN ('detected', 'unknown-provider', 'no-mx', 'not-checked')),
        reason        TEXT,
        mx_hosts      TEXT NOT NULL DEFAULT '[]',
        source        TEXT CHECK (source IN ('mx', 'known-domain')),
        detected_at   TEXT,
        checked_at    TEXT NOT NULL,
        last_failure  TEXT
      ) STRICT;

      -- The last SPF / DMARC / DKIM / MTA-STS check of a practice domain, whole, as JSON.
      CREATE TABLE domain_check (
        domain      TEXT PRIMARY KEY,
        checked_at  TEXT NOT NULL,
        result      TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 7,
    name: 'why a job failed',
    sql: `
      -- job.failure holds the error code; its details (e.g. which SQLite code), as JSON, so a page
      -- opened after a restart still says why the job stopped. Only safe values: never a secret.
      ALTER TABLE job ADD COLUMN failure_details TEXT;
    `,
  },
  {
    version: 8,
    name: 'corpus imports under way',
    sql: `
      -- A corpus is imported as a job, its hashes written in chunks: until the last one is in,
      -- importing = 1 and the corpus is seen nowhere; a cancelled, failed or interrupted import is
      -- deleted (core/breach/local-corpus-job.ts). Corpora of earlier versions are complete.
      ALTER TABLE breach_corpus ADD COLUMN importing INTEGER NOT NULL DEFAULT 0 CHECK (importing IN (0, 1));
    `,
  },
  {
    version: 9,
    name: 'score history and anonymised reports',
    sql: `
      -- The security score over time (core/report/score.ts): one row per day, the latest
      -- computation of that day replacing the earlier ones. components: the score's parts, as JSON.
      CREATE TABLE score_history (
        day          TEXT PRIMARY KEY,
        score        INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
        recorded_at  TEXT NOT NULL,
        components   TEXT NOT NULL
      ) STRICT;

      -- Whether a report was generated with names replaced by initials (for an outside auditor).
      ALTER TABLE report ADD COLUMN anonymised INTEGER NOT NULL DEFAULT 0 CHECK (anonymised IN (0, 1));
    `,
  },
  {
    version: 10,
    name: 'finding statuses',
    sql: `
      -- What the practice says about a finding on the Actions page (core/report/findings.ts):
      -- done, later (until a day) or an accepted risk (with a reason). No row: to do. The finding's
      -- id is stable across reports (its kind and what it is about), so a status survives a
      -- restart and a re-check; the evidence itself is never changed by it. Every change is also
      -- in the audit log, with who made it.
      CREATE TABLE finding_status (
        finding_id  TEXT PRIMARY KEY,
        status      TEXT NOT NULL CHECK (status IN ('done', 'later', 'accepted')),
        set_at      TEXT NOT NULL,
        set_by      TEXT NOT NULL,
        until       TEXT CHECK ((status = 'later') = (until IS NOT NULL)),
        reason      TEXT CHECK ((status = 'accepted') = (reason IS NOT NULL AND length(trim(reason)) > 0))
      ) STRICT;
    `,
  },
  {
    version: 11,
    name: 'practice RPPS and SIRET',
    sql: `
      -- FINESS is optional: a GP's practice has none. Its RPPS (the professional's 11-digit number)
      -- or its SIRET (14 digits) names it instead; both optional, checked by model/schemas/practice.ts.
      ALTER TABLE practice ADD COLUMN rpps TEXT;
      ALTER TABLE practice ADD COLUMN siret TEXT;
    `,
  },
  {
    version: 12,
    name: 'domain searches, stealer logs and personal-address alerts',
    sql: `
      -- The latest answer of HIBP's search of each verified domain the practice uses (kind
      -- 'breaches': /breacheddomain; 'stealer-logs': /stealerlogsbyemaildomain), or why none came.
      -- aliases: alias → breach names or website domains (JSON) from the latest search that
      -- answered, kept with its time (answered_at) when a later one fails: a failure never empties it.
      CREATE TABLE domain_search (
        domain       TEXT NOT NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('breaches', 'stealer-logs')),
        checked_at   TEXT NOT NULL,
        status       TEXT NOT NULL CHECK (status IN ('answered', 'not-checked', 'too-large', 'not-in-plan')),
        reason       TEXT,
        details      TEXT,
        aliases      TEXT,
        answered_at  TEXT,
        PRIMARY KEY (domain, kind)
      ) STRICT;

      -- Each website infostealer malware captured an alias's credentials on, as the stealer-log
      -- searches answered it: when Hygie first saw it (a finding runs from there) and last saw it.
      CREATE TABLE stealer_log_site (
        domain         TEXT NOT NULL,
        alias          TEXT NOT NULL,
        website        TEXT NOT NULL,
        first_seen_at  TEXT NOT NULL,
        last_seen_at   TEXT NOT NULL,
        PRIMARY KEY (domain, alias, website)
      ) STRICT, WITHOUT ROWID;

      -- Aliases of a verified domain found by its search but not on the staff list, that the
      -- practice chose to leave aside ("ignore": a known shared box, a former intern's).
      CREATE TABLE domain_alias_ignored (
        domain      TEXT NOT NULL,
        alias       TEXT NOT NULL,
        ignored_at  TEXT NOT NULL,
        ignored_by  TEXT NOT NULL,
        PRIMARY KEY (domain, alias)
      ) STRICT;

      -- Personal mailboxes (Gmail, Orange…) whose owner subscribed the address to HIBP's free
      -- "Notify me" themselves: Hygie only records that they said they did.
      CREATE TABLE breach_notify_me (
        account_id     TEXT PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
        subscribed_at  TEXT NOT NULL,
        recorded_by    TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    // 13: after main's 11 (practice) and 12 (the watch).
    version: 13,
    name: 'walkthrough later answers and shared accounts',
    sql: `
      -- A walkthrough answer may now be "later", with the day it is planned for (pending, not a
      -- failure; shown on the Actions page). SQLite cannot change a CHECK: the two tables are rebuilt.
      CREATE TABLE walkthrough_progress_v13 (
        staff_id     TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        account_id   TEXT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        step         TEXT NOT NULL,
        answer       TEXT NOT NULL CHECK (answer IN ('done', 'not-possible', 'not-applicable', 'later')),
        note         TEXT,
        until        TEXT CHECK ((answer = 'later') = (until IS NOT NULL)),
        answered_at  TEXT NOT NULL,
        recorded_by  TEXT NOT NULL,
        PRIMARY KEY (account_id, step)
      ) STRICT;
      INSERT INTO walkthrough_progress_v13 (staff_id, account_id, step, answer, note, answered_at, recorded_by)
        SELECT staff_id, account_id, step, answer, note, answered_at, recorded_by FROM walkthrough_progress;
      DROP TABLE walkthrough_progress;
      ALTER TABLE walkthrough_progress_v13 RENAME TO walkthrough_progress;

      CREATE TABLE walkthrough_person_step_v13 (
        staff_id     TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        step         TEXT NOT NULL,
        answer       TEXT NOT NULL CHECK (answer IN ('done', 'not-possible', 'not-applicable', 'later')),
        note         TEXT,
        until        TEXT CHECK ((answer = 'later') = (until IS NOT NULL)),
        answered_at  TEXT NOT NULL,
        recorded_by  TEXT NOT NULL,
        PRIMARY KEY (staff_id, step)
      ) STRICT;
      INSERT INTO walkthrough_person_step_v13 (staff_id, step, answer, note, answered_at, recorded_by)
        SELECT staff_id, step, answer, note, answered_at, recorded_by FROM walkthrough_person_step;
      DROP TABLE walkthrough_person_step;
      ALTER TABLE walkthrough_person_step_v13 RENAME TO walkthrough_person_step;

      -- A shared mailbox (accueil@, secretariat@) or a shared account: an account of its owner's
      -- (who answers for it, and whose walkthrough it is in) with a name and the other people who use
      -- it. On a service whose login is personal (amelipro, Pro Santé Connect…) sharing is a finding.
      CREATE TABLE shared_account (
        account_id  TEXT PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
        name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE TABLE shared_account_user (
        account_id  TEXT NOT NULL REFERENCES shared_account(account_id) ON DELETE CASCADE,
        staff_id    TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        PRIMARY KEY (account_id, staff_id)
      ) STRICT;
    `,
  },
  {
    // 14: issue 17 item 5 (i17-pw); 15 and 16 are kept for the other branches of issue 17.
    version: 14,
    name: 'password self-assessment',
    sql: `
      -- The self-assessment of one account's password, for a person who does not type it (a shared
      -- computer): four yes/no answers, nothing typed, nothing checked. "Declared" evidence, which
      -- counts less than a check (docs/score.md). Rows are only added; the latest per account wins,
      -- and it counts only when it is newer than the account's latest password check.
      CREATE TABLE password_declaration (
        id                     INTEGER PRIMARY KEY,
        account_id             TEXT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        min_length             TEXT NOT NULL CHECK (min_length IN ('yes', 'no')),
        unique_to_account      TEXT NOT NULL CHECK (unique_to_account IN ('yes', 'no')),
        in_manager             TEXT NOT NULL CHECK (in_manager IN ('yes', 'no')),
        changed_since_breach   TEXT NOT NULL CHECK (changed_since_breach IN ('yes', 'no')),
        declared_at            TEXT NOT NULL,
        recorded_by            TEXT NOT NULL
      ) STRICT;
      CREATE INDEX password_declaration_account ON password_declaration(account_id, declared_at);
    `,
  },
  {
    // 15: issue 19. The walkthrough's answers are read per person (one query per person for the
    // report, the plan and the Actions page) and deleted with the person; without this index each
    // read scans every answer of the practice, which grows with the square of the staff.
    version: 15,
    name: 'walkthrough answers by person',
    sql: `
      CREATE INDEX walkthrough_progress_staff ON walkthrough_progress(staff_id);
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
