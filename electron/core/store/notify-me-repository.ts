import type { AuditLog } from './audit-log.ts';
import type { SqliteDatabase } from './encrypted-database.ts';

// HIBP's free "Notify me", for personal mailboxes (Gmail, Orange…) no domain search can cover:
// the person subscribes their address on HIBP's site themselves; Hygie records that they said so.

export class NotifyMeRepository {
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

  /** When the owner said they subscribed this mailbox; null if not (or not yet). */
  of(accountId: string): { subscribedAt: string; recordedBy: string } | null {
    const row = this.#db.prepare('SELECT subscribed_at, recorded_by FROM breach_notify_me WHERE account_id = ?').get(accountId) as
      | { subscribed_at: string; recorded_by: string }
      | undefined;
    return row ? { subscribedAt: row.subscribed_at, recordedBy: row.recorded_by } : null;
  }

  set(accountId: string, subscribed: boolean): void {
    if (subscribed) {
      this.#db
        .prepare('INSERT INTO breach_notify_me (account_id, subscribed_at, recorded_by) VALUES (?, ?, ?) ON CONFLICT DO NOTHING')
        .run(accountId, this.#now().toISOString(), this.#actor);
    } else {
      this.#db.prepare('DELETE FROM breach_notify_me WHERE account_id = ?').run(accountId);
    }
    this.#audit.append('breach.notify-me', accountId, { subscribed });
  }
}
