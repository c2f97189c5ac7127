import { randomUUID } from 'node:crypto';
import { HygieError } from '../model/hygie-error.ts';
import type { PreviewRow } from '../model/schemas/roster-import.ts';
import { StaffInputSchema, type ServiceId, type StaffInput, type StaffMember } from '../model/schemas/staff.ts';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { AuditLog } from './audit-log.ts';
import type { SqliteDatabase } from './encrypted-database.ts';

// The roster. Each e-mail is also a mailbox account; each service the person uses is an account.
// Accounts are never deleted when a person stops using a service (removed_at), because check
// results and walkthrough answers hang off them.

interface StaffRow {
  id: string;
  first_name: string;
  last_name: string;
  role: string;
  role_label: string | null;
  created_at: string;
  updated_at: string;
}

type Person = Pick<StaffMember, 'firstName' | 'lastName' | 'role' | 'roleLabel' | 'emails' | 'services'>;

export function emailKeyOf(email: string): string {
  return email.trim().toLowerCase();
}

export function displayName(person: { firstName: string; lastName: string }): string {
  return [person.firstName, person.lastName].filter(Boolean).join(' ');
}

export interface ImportBatch {
  fileName: string;
  encoding: string;
  skipped: number;
}

export class StaffRepository {
  readonly #db: SqliteDatabase;
  readonly #audit: AuditLog;
  readonly #now: () => Date;
  readonly #statements = new Map<string, BetterSqlite3.Statement<unknown[]>>();

  constructor(db: SqliteDatabase, audit: AuditLog, now: () => Date) {
    this.#db = db;
    this.#audit = audit;
    this.#now = now;
  }

  /** Prepared once, reused: an import of thousands of rows runs the same few statements. */
  #sql(sql: string): BetterSqlite3.Statement<unknown[]> {
    let statement = this.#statements.get(sql);
    if (!statement) this.#statements.set(sql, (statement = this.#db.prepare(sql)));
    return statement;
  }

  list(): StaffMember[] {
    const people = this.#db
      .prepare(
        `SELECT id, first_name, last_name, role, role_label, created_at, updated_at FROM staff
         WHERE removed_at IS NULL ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id`,
      )
      .all() as StaffRow[];
    const emails = new Map<string, string[]>();
    for (const row of this.#db
      .prepare(
        `SELECT e.staff_id, e.email FROM staff_email e JOIN staff s ON s.id = e.staff_id
         WHERE s.removed_at IS NULL ORDER BY e.staff_id, e.position`,
      )
      .all() as { staff_id: string; email: string }[]) {
      let list = emails.get(row.staff_id);
      if (!list) emails.set(row.staff_id, (list = []));
      list.push(row.email);
    }
    const services = new Map<string, ServiceId[]>();
    for (const row of this.#db
      .prepare(
        `SELECT a.staff_id, a.service FROM account a JOIN staff s ON s.id = a.staff_id
         WHERE s.removed_at IS NULL AND a.removed_at IS NULL AND a.service <> 'mailbox'
         ORDER BY a.staff_id, a.service`,
      )
      .all() as { staff_id: string; service: ServiceId }[]) {
      let list = services.get(row.staff_id);
      if (!list) services.set(row.staff_id, (list = []));
      list.push(row.service);
    }
    return people.map((row) => toMember(row, emails.get(row.id) ?? [], services.get(row.id) ?? []));
  }

  get(id: string): StaffMember | null {
    const row = this.#db
      .prepare('SELECT id, first_name, last_name, role, role_label, created_at, updated_at FROM staff WHERE id = ? AND removed_at IS NULL')
      .get(id) as StaffRow | undefined;
    if (!row) return null;
    const emails = this.#db.prepare('SELECT email FROM staff_email WHERE staff_id = ? ORDER BY position').pluck().all(id) as string[];
    const services = this.#db
      .prepare("SELECT service FROM account WHERE staff_id = ? AND removed_at IS NULL AND service <> 'mailbox' ORDER BY service")
      .pluck()
      .all(id) as ServiceId[];
    return toMember(row, emails, services);
  }

  /** Lower-cased e-mail → name, for everyone on the roster (removed people excluded). */
  emailOwners(): Map<string, string> {
    const rows = this.#db
      .prepare(
        `SELECT e.email_key, s.first_name, s.last_name FROM staff_email e JOIN staff s ON s.id = e.staff_id
         WHERE s.removed_at IS NULL`,
      )
      .all() as { email_key: string; first_name: string; last_name: string }[];
    return new Map(rows.map((row) => [row.email_key, displayName({ firstName: row.first_name, lastName: row.last_name })]));
  }

  create(input: StaffInput): StaffMember {
    const person = normalise(input);
    const id = this.#db.transaction(() => {
      this.#refuseTakenEmails(person.emails, null);
      const created = this.#insert(person, null);
      this.#audit.append('staff.create', created, { name: displayName(person), emails: person.emails.length });
      return created;
    }).immediate();
    return this.get(id)!;
  }

  update(id: string, input: StaffInput): StaffMember {
    const person = normalise(input);
    this.#db.transaction(() => {
      const before = this.get(id);
      if (!before) throw new HygieError('staff-not-found');
      this.#refuseTakenEmails(person.emails, id);
      const now = this.#now().toISOString();
      this.#db
        .prepare('UPDATE staff SET first_name = ?, last_name = ?, role = ?, role_label = ?, updated_at = ? WHERE id = ?')
        .run(person.firstName, person.lastName, person.role, person.roleLabel, now, id);
      this.#db.prepare('DELETE FROM staff_email WHERE staff_id = ?').run(id);
      this.#insertEmails(id, person.emails);
      this.#syncAccounts(id, person, now);
      this.#audit.append('staff.update', id, { name: displayName(person), fields: changedFields(before, person).join(', ') });
    }).immediate();
    return this.get(id)!;
  }

  /** Soft delete: the person leaves the roster; their rows and the audit trail stay. */
  remove(id: string): void {
    this.#db.transaction(() => {
      const before = this.get(id);
      if (!before) throw new HygieError('staff-not-found');
      this.#db.prepare('UPDATE staff SET removed_at = ?, updated_at = ? WHERE id = ?').run(this.#now().toISOString(), this.#now().toISOString(), id);
      this.#audit.append('staff.remove', id, { name: displayName(before) });
    }).immediate();
  }

  /**
   * Insert the ready rows of an import preview. Must run inside the caller's transaction (the
   * one that also built the preview), so the whole import is all rows or none.
   */
  insertImported(
    rows: readonly PreviewRow[],
    batch: ImportBatch,
    onProgress?: (done: number, total: number) => void,
  ): { batchId: string; imported: number; shared: { accountId: string; name: string }[] } {
    if (!this.#db.inTransaction) throw new Error('insertImported must run inside a transaction');
    const batchId = randomUUID();
    const now = this.#now().toISOString();
    const ready = rows.filter((row) => row.status === 'ready');
    this.#db
      .prepare(
        `INSERT INTO import_batch (id, file_name, encoding, rows_imported, rows_skipped, imported_at, imported_by)
         VALUES (?, ?, ?, ?, ?, ?, 'import')`,
      )
      .run(batchId, batch.fileName, batch.encoding, ready.length, batch.skipped, now);
    let done = 0;
    const idsByLine = new Map<number, string>();
    for (const row of ready) {
      if (row.shared) continue;
      idsByLine.set(row.line, this.#insert(normalise(row.person), batchId));
      done += 1;
      if (onProgress && done % 1000 === 0) onProgress(done, ready.length);
    }
    // Shared mailboxes after the people: each becomes a mailbox of its owner's.
    const shared: { accountId: string; name: string }[] = [];
    for (const row of ready) {
      const ownerId = row.shared?.ownerLine ? idsByLine.get(row.shared.ownerLine) : undefined;
      if (!row.shared || !ownerId) continue;
      shared.push({ accountId: this.#addMailbox(ownerId, row.person.emails[0]!.trim(), now), name: row.shared.name });
    }
    this.#audit.append('staff.import', batchId, {
      file: batch.fileName,
      encoding: batch.encoding,
      imported: ready.length,
      skipped: batch.skipped,
    });
    return { batchId, imported: ready.length, shared };
  }

  #refuseTakenEmails(emails: readonly string[], exceptId: string | null): void {
    const owner = this.#db.prepare(
      `SELECT e.staff_id FROM staff_email e JOIN staff s ON s.id = e.staff_id
       WHERE s.removed_at IS NULL AND e.email_key = ? AND s.id IS NOT ?`,
    );
    for (const email of emails) {
      if (owner.get(emailKeyOf(email), exceptId)) throw new HygieError('email-already-on-roster', { email });
    }
  }

  #insert(person: Person, batchId: string | null): string {
    const id = randomUUID();
    const now = this.#now().toISOString();
    this.#sql(
      `INSERT INTO staff (id, first_name, last_name, role, role_label, import_batch, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, person.firstName, person.lastName, person.role, person.roleLabel, batchId, now, now);
    this.#insertEmails(id, person.emails);
    // A new person has no accounts yet: one per e-mail (mailbox) and per service.
    const account = this.#sql('INSERT INTO account (id, staff_id, service, identifier, created_at) VALUES (?, ?, ?, ?, ?)');
    for (const email of person.emails) account.run(randomUUID(), id, 'mailbox', emailKeyOf(email), now);
    for (const service of person.services) if (service !== 'mailbox') account.run(randomUUID(), id, service, '', now);
    return id;
  }

  /** One more address on a person's record, with its mailbox account; returns the account's id. */
  #addMailbox(staffId: string, email: string, now: string): string {
    this.#refuseTakenEmails([email], null);
    const position = this.#db.prepare('SELECT coalesce(max(position), -1) + 1 FROM staff_email WHERE staff_id = ?').pluck().get(staffId) as number;
    this.#sql('INSERT INTO staff_email (staff_id, position, email, email_key) VALUES (?, ?, ?, ?)').run(staffId, position, email, emailKeyOf(email));
    const accountId = randomUUID();
    this.#sql('INSERT INTO account (id, staff_id, service, identifier, created_at) VALUES (?, ?, ?, ?, ?)').run(accountId, staffId, 'mailbox', emailKeyOf(email), now);
    return accountId;
  }

  #insertEmails(id: string, emails: readonly string[]): void {
    const insert = this.#sql('INSERT INTO staff_email (staff_id, position, email, email_key) VALUES (?, ?, ?, ?)');
    emails.forEach((email, position) => insert.run(id, position, email, emailKeyOf(email)));
  }

  /** One active account per e-mail (mailbox) and per service; the others are marked removed. */
  #syncAccounts(id: string, person: Person, now: string): void {
    const wanted = new Set<string>([
      ...person.emails.map((email) => `mailbox\u0000${emailKeyOf(email)}`),
      ...person.services.filter((service) => service !== 'mailbox').map((service) => `${service}\u0000`),
    ]);
    const existing = this.#db.prepare('SELECT id, service, identifier, removed_at FROM account WHERE staff_id = ?').all(id) as {
      id: string;
      service: string;
      identifier: string;
      removed_at: string | null;
    }[];
    const seen = new Set<string>();
    for (const account of existing) {
      const key = `${account.service}\u0000${account.identifier}`;
      seen.add(key);
      if (wanted.has(key) && account.removed_at !== null) {
        this.#db.prepare('UPDATE account SET removed_at = NULL WHERE id = ?').run(account.id);
      } else if (!wanted.has(key) && account.removed_at === null) {
        this.#db.prepare('UPDATE account SET removed_at = ? WHERE id = ?').run(now, account.id);
      }
    }
    const insert = this.#db.prepare('INSERT INTO account (id, staff_id, service, identifier, created_at) VALUES (?, ?, ?, ?, ?)');
    for (const key of wanted) {
      if (seen.has(key)) continue;
      const [service, identifier] = key.split('\u0000') as [string, string];
      insert.run(randomUUID(), id, service, identifier, now);
    }
  }
}

function normalise(input: StaffInput | Person): Person {
  const parsed = StaffInputSchema.parse({
    firstName: input.firstName,
    lastName: input.lastName,
    role: input.role,
    roleLabel: input.roleLabel ?? null,
    emails: input.emails,
    services: input.services,
  });
  const emails: string[] = [];
  const keys = new Set<string>();
  for (const email of parsed.emails) {
    const key = emailKeyOf(email);
    if (keys.has(key)) continue; // the same address twice on one person is one address
    keys.add(key);
    emails.push(email.trim());
  }
  return { ...parsed, emails, services: [...new Set(parsed.services)].sort() };
}

function toMember(row: StaffRow, emails: string[], services: ServiceId[]): StaffMember {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    role: row.role as StaffMember['role'],
    roleLabel: row.role_label,
    emails,
    services,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function changedFields(before: StaffMember, after: Person): string[] {
  const fields: string[] = [];
  if (before.firstName !== after.firstName) fields.push('firstName');
  if (before.lastName !== after.lastName) fields.push('lastName');
  if (before.role !== after.role || before.roleLabel !== after.roleLabel) fields.push('role');
  if (before.emails.join('\n') !== after.emails.join('\n')) fields.push('emails');
  if (before.services.join('\n') !== after.services.join('\n')) fields.push('services');
  return fields;
}
