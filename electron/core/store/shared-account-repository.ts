import { HygieError } from '../model/hygie-error.ts';
import { PERSONAL_CREDENTIAL_SERVICES, type SharedAccount, type SharedAccountSaveInput } from '../model/schemas/shared-account.ts';
import { MAX_EMAILS_PER_PERSON, type ServiceId } from '../model/schemas/staff.ts';
import type { AuditLog } from './audit-log.ts';
import type { SqliteDatabase } from './encrypted-database.ts';

// Shared mailboxes and accounts (migration 13): a name and the people who use it, on one of its
// owner's accounts. The owner is the account's person; only active people and accounts count.

interface Row {
  account_id: string;
  name: string;
  service: ServiceId;
  identifier: string;
  email: string | null;
  owner_id: string;
  owner_first: string;
  owner_last: string;
}

const personalServices: readonly string[] = PERSONAL_CREDENTIAL_SERVICES;

const nameOf = (first: string, last: string) => [first, last].filter(Boolean).join(' ');

export class SharedAccountRepository {
  readonly #db: SqliteDatabase;
  readonly #audit: AuditLog;
  readonly #now: () => Date;

  constructor(db: SqliteDatabase, audit: AuditLog, now: () => Date) {
    this.#db = db;
    this.#audit = audit;
    this.#now = now;
  }

  list(): SharedAccount[] {
    const rows = this.#db
      .prepare(
        `SELECT sa.account_id, sa.name, a.service, a.identifier, e.email, s.id AS owner_id, s.first_name AS owner_first, s.last_name AS owner_last
         FROM shared_account sa JOIN account a ON a.id = sa.account_id JOIN staff s ON s.id = a.staff_id
         LEFT JOIN staff_email e ON e.staff_id = s.id AND a.service = 'mailbox' AND e.email_key = a.identifier
         WHERE a.removed_at IS NULL AND s.removed_at IS NULL ORDER BY sa.name`,
      )
      .all() as Row[];
    const users = this.#db.prepare(
      `SELECT s.id, s.first_name, s.last_name FROM shared_account_user u JOIN staff s ON s.id = u.staff_id
       WHERE u.account_id = ? AND s.removed_at IS NULL AND s.id <> ? ORDER BY s.last_name, s.first_name`,
    );
    return rows.map((row) => {
      const others = (users.all(row.account_id, row.owner_id) as { id: string; first_name: string; last_name: string }[]).map((user) => ({
        id: user.id,
        name: nameOf(user.first_name, user.last_name),
      }));
      return {
        accountId: row.account_id,
        name: row.name,
        service: row.service,
        identifier: row.service === 'mailbox' ? (row.email ?? row.identifier) : '',
        owner: { id: row.owner_id, name: nameOf(row.owner_first, row.owner_last) },
        users: others,
        personalCredential: personalServices.includes(row.service) && others.length > 0,
      };
    });
  }

  /** Mark an account as shared (or change its name, its users or its owner). Must run in the caller's transaction. */
  save(input: SharedAccountSaveInput): void {
    const found = this.#db
      .prepare(
        `SELECT a.staff_id, a.service, a.identifier FROM account a JOIN staff s ON s.id = a.staff_id WHERE a.id = ? AND a.removed_at IS NULL AND s.removed_at IS NULL`,
      )
      .get(input.accountId) as { staff_id: string; service: string; identifier: string } | undefined;
    if (!found) throw new HygieError('shared-account-unknown');
    const active = this.#db.prepare('SELECT 1 FROM staff WHERE id = ? AND removed_at IS NULL');
    for (const id of input.userIds) if (!active.get(id)) throw new HygieError('staff-not-found');
    if (input.ownerId !== undefined && input.ownerId !== found.staff_id) {
      if (!active.get(input.ownerId)) throw new HygieError('staff-not-found');
      this.#moveTo(input.accountId, found, input.ownerId);
    }
    const account = { ...found, staff_id: input.ownerId ?? found.staff_id };
    const now = this.#now().toISOString();
    this.#db
      .prepare(
        `INSERT INTO shared_account (account_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (account_id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at`,
      )
      .run(input.accountId, input.name, now, now);
    this.#db.prepare('DELETE FROM shared_account_user WHERE account_id = ?').run(input.accountId);
    const insert = this.#db.prepare('INSERT OR IGNORE INTO shared_account_user (account_id, staff_id) VALUES (?, ?)');
    for (const id of input.userIds) if (id !== account.staff_id) insert.run(input.accountId, id);
    // The name may be an address: only the service and the count go to the log.
    this.#audit.append('shared.save', account.staff_id, { service: account.service, users: input.userIds.length });
  }

  /**
   * Another person answers for the account from now on: the account (its checks, its MFA record
   * and its walkthrough answers come with it) and, for a mailbox, the address move to them, so
   * their walkthrough has it and the former owner's no longer does.
   */
  #moveTo(accountId: string, account: { staff_id: string; service: string; identifier: string }, ownerId: string): void {
    const theirs = this.#db.prepare('SELECT 1 FROM account WHERE staff_id = ? AND service = ? AND identifier = ?').get(ownerId, account.service, account.identifier);
    if (theirs) throw new HygieError('shared-owner-has-account');
    if (account.service === 'mailbox') {
      const emails = this.#db.prepare('SELECT position, email, email_key FROM staff_email WHERE staff_id = ? ORDER BY position').all(account.staff_id) as {
        position: number;
        email: string;
        email_key: string;
      }[];
      const moved = emails.find((email) => email.email_key === account.identifier);
      if (moved && emails.length === 1) throw new HygieError('shared-mailbox-only-address');
      const count = this.#db.prepare('SELECT count(*) FROM staff_email WHERE staff_id = ?').pluck().get(ownerId) as number;
      if (count >= MAX_EMAILS_PER_PERSON) throw new HygieError('shared-owner-too-many-addresses');
      if (moved) {
        this.#db.prepare('DELETE FROM staff_email WHERE staff_id = ? AND position = ?').run(account.staff_id, moved.position);
        const position = this.#db.prepare('SELECT coalesce(max(position), -1) + 1 FROM staff_email WHERE staff_id = ?').pluck().get(ownerId) as number;
        this.#db.prepare('INSERT INTO staff_email (staff_id, position, email, email_key) VALUES (?, ?, ?, ?)').run(ownerId, position, moved.email, moved.email_key);
      }
    }
    this.#db.prepare('UPDATE account SET staff_id = ? WHERE id = ?').run(ownerId, accountId);
    this.#db.prepare('UPDATE walkthrough_progress SET staff_id = ? WHERE account_id = ?').run(ownerId, accountId);
    this.#db.prepare('DELETE FROM shared_account_user WHERE account_id = ? AND staff_id = ?').run(accountId, ownerId);
    const now = this.#now().toISOString();
    this.#db.prepare('UPDATE staff SET updated_at = ? WHERE id IN (?, ?)').run(now, account.staff_id, ownerId);
    this.#audit.append('shared.owner', ownerId, { service: account.service, from: account.staff_id });
  }

  remove(accountId: string): void {
    const removed = this.#db.prepare('DELETE FROM shared_account WHERE account_id = ?').run(accountId);
    if (removed.changes === 0) throw new HygieError('shared-account-unknown');
    this.#audit.append('shared.remove', null, {});
  }
}
