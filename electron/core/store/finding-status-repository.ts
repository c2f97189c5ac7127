import type { FindingStatusValue } from '../model/schemas/report.ts';
import type { AuditDetails, AuditLog } from './audit-log.ts';
import type { SqliteDatabase } from './encrypted-database.ts';

// What the practice said about each finding (migration 10): done, later or accepted; no row is
// "to do". Keyed by the finding's stable id, so it survives a restart and a re-check. Each change
// is written with its audit-log entry in one transaction: no status without its trace.

/** A status as stored: when, by whom, until (later) and why (accepted). */
export interface StoredFindingStatus {
  findingId: string;
  status: Exclude<FindingStatusValue, 'todo'>;
  setAt: string;
  setBy: string;
  until: string | null;
  reason: string | null;
}

export interface FindingStatusChange {
  findingId: string;
  status: FindingStatusValue;
  until?: string | null;
  reason?: string | null;
  /** Facts for the audit log beside the status (the finding's title and owner, so a reader knows what it was). */
  about?: AuditDetails;
}

interface Row {
  finding_id: string;
  status: StoredFindingStatus['status'];
  set_at: string;
  set_by: string;
  until: string | null;
  reason: string | null;
}

export class FindingStatusRepository {
  readonly #db: SqliteDatabase;
  readonly #audit: AuditLog;
  readonly #actor: string;
  readonly #now: () => Date;

  constructor(db: SqliteDatabase, audit: AuditLog, actor: string, now: () => Date) {
    this.#db = db;
    this.#audit = audit;
    this.#actor = actor;
    this.#now = now;
  }

  list(): StoredFindingStatus[] {
    const rows = this.#db.prepare('SELECT finding_id, status, set_at, set_by, until, reason FROM finding_status ORDER BY finding_id').all() as Row[];
    return rows.map((row) => ({ findingId: row.finding_id, status: row.status, setAt: row.set_at, setBy: row.set_by, until: row.until, reason: row.reason }));
  }

  /** Set (or, for 'todo', clear) a finding's status, and say so in the audit log. */
  set(change: FindingStatusChange): void {
    const at = this.#now().toISOString();
    const until = change.status === 'later' ? (change.until ?? null) : null;
    const reason = change.status === 'accepted' ? (change.reason?.trim() ?? null) : null;
    this.#db.transaction(() => {
      if (change.status === 'todo') {
        this.#db.prepare('DELETE FROM finding_status WHERE finding_id = ?').run(change.findingId);
      } else {
        this.#db
          .prepare(
            `INSERT INTO finding_status (finding_id, status, set_at, set_by, until, reason) VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT (finding_id) DO UPDATE SET status = excluded.status, set_at = excluded.set_at,
               set_by = excluded.set_by, until = excluded.until, reason = excluded.reason`,
          )
          .run(change.findingId, change.status, at, this.#actor, until, reason);
      }
      // The reason is the practice's own sentence about a risk it accepts: what the log is for.
      this.#audit.append('finding.status', change.findingId, { ...change.about, findingStatus: change.status, until, reason });
    })();
  }
}
