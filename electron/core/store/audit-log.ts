import type { AuditEntry } from '../model/schemas/audit.ts';
import type { SqliteDatabase } from './encrypted-database.ts';

// The append-only record of who did what, when. Callers pass facts (ids, counts, names of
// fields), never secret values: the log is read by people, exported, and kept for years.

export type AuditDetails = Record<string, string | number | boolean | null>;

interface Row {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  details: string | null;
}

export class AuditLog {
  readonly #db: SqliteDatabase;
  readonly #actor: string;
  readonly #now: () => Date;

  constructor(db: SqliteDatabase, actor: string, now: () => Date) {
    this.#db = db;
    this.#actor = actor;
    this.#now = now;
  }

  append(action: string, subject: string | null = null, details: AuditDetails | null = null): void {
    this.#db
      .prepare('INSERT INTO audit_log (at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)')
      .run(this.#now().toISOString(), this.#actor, action, subject, details ? JSON.stringify(details) : null);
  }

  latest(limit = 100): AuditEntry[] {
    const rows = this.#db
      .prepare('SELECT id, at, actor, action, subject, details FROM audit_log ORDER BY id DESC LIMIT ?')
      .all(limit) as Row[];
    return rows.map((row) => ({ ...row, details: row.details ? (JSON.parse(row.details) as AuditDetails) : null }));
  }
}
