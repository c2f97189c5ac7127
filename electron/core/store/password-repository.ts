import { StoredPasswordDeclarationSchema, StoredPasswordVerdictSchema, type StoredPasswordDeclaration, type StoredPasswordVerdict } from '../model/schemas/password.ts';
import type { ServiceId, StaffRole } from '../model/schemas/staff.ts';
import { SERVICE_LABELS } from '../model/service-labels.ts';
import type { SqliteDatabase } from './encrypted-database.ts';

// Password verdicts as check_result rows of kind 'password': status = the verdict, reason = why
// the pwned check could not answer, source 'hygie-password-check', details = the rest of
// StoredPasswordVerdict. Never the password, its length, a hash or a part of it: the row is
// built from the schema's fields only. Rows are only added; the latest per account wins.

export const PASSWORD_CHECK_SOURCE = 'hygie-password-check';

/** An account with what the password audit needs of it and of its person. */
export interface PasswordAccount {
  accountId: string;
  staffId: string;
  service: ServiceId;
  /** The e-mail address for a mailbox, else the service's name. */
  label: string;
  firstName: string;
  lastName: string;
  role: StaffRole;
  emails: string[];
}

interface AccountRow {
  account_id: string;
  staff_id: string;
  service: ServiceId;
  identifier: string;
  first_name: string;
  last_name: string;
  role: StaffRole;
}

interface CheckRow {
  account_id: string;
  status: string;
  reason: string | null;
  checked_at: string;
  details: string | null;
}

const ACCOUNTS_SQL = `
  SELECT a.id AS account_id, a.staff_id, a.service, a.identifier, s.first_name, s.last_name, s.role
  FROM account a JOIN staff s ON s.id = a.staff_id
  WHERE s.removed_at IS NULL AND a.removed_at IS NULL`;

// The newest password row of each account; the id breaks ties between rows written the same instant.
const LATEST_SQL = `
  SELECT c.account_id, c.status, c.reason, c.checked_at, c.details FROM check_result c
  WHERE c.kind = 'password' AND c.id = (
    SELECT c2.id FROM check_result c2 WHERE c2.account_id = c.account_id AND c2.kind = 'password'
    ORDER BY c2.checked_at DESC, c2.id DESC LIMIT 1)`;

interface DeclarationRow {
  account_id: string;
  min_length: string;
  unique_to_account: string;
  in_manager: string;
  changed_since_breach: string;
  declared_at: string;
  recorded_by: string;
}

// The newest self-assessment of each account; the id breaks ties between rows written the same instant.
const LATEST_DECLARATION_SQL = `
  SELECT d.account_id, d.min_length, d.unique_to_account, d.in_manager, d.changed_since_breach, d.declared_at, d.recorded_by
  FROM password_declaration d
  WHERE d.id = (SELECT d2.id FROM password_declaration d2 WHERE d2.account_id = d.account_id ORDER BY d2.declared_at DESC, d2.id DESC LIMIT 1)`;

/** A row back to its declaration; one that no longer reads as one counts as none (not fine). */
function toDeclaration(row: DeclarationRow): StoredPasswordDeclaration | null {
  const parsed = StoredPasswordDeclarationSchema.safeParse({
    accountId: row.account_id,
    declaredAt: row.declared_at,
    recordedBy: row.recorded_by,
    answers: { minLength: row.min_length, unique: row.unique_to_account, manager: row.in_manager, changedSinceBreach: row.changed_since_breach },
  });
  return parsed.success ? parsed.data : null;
}

/** Only the schema's own fields go to disk, whatever else the caller's object carries. */
function detailsOf(verdict: StoredPasswordVerdict): string {
  const parsed = StoredPasswordVerdictSchema.parse(verdict);
  const { accountId: _accountId, checkedAt: _checkedAt, verdict: _verdict, reason: _reason, ...rest } = parsed;
  return JSON.stringify(rest);
}

/** A row back to its verdict; a row that no longer reads as one counts as never checked (not fine). */
function toVerdict(row: CheckRow): StoredPasswordVerdict | null {
  let details: unknown;
  try {
    details = row.details ? JSON.parse(row.details) : {};
  } catch {
    return null;
  }
  const parsed = StoredPasswordVerdictSchema.safeParse({
    ...(details as object),
    accountId: row.account_id,
    checkedAt: row.checked_at,
    verdict: row.status,
    reason: row.reason,
  });
  return parsed.success ? parsed.data : null;
}

export class PasswordRepository {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  record(verdict: StoredPasswordVerdict): void {
    this.#db
      .prepare(
        `INSERT INTO check_result (account_id, kind, status, reason, source, checked_at, details)
         VALUES (?, 'password', ?, ?, ?, ?, ?)`,
      )
      .run(verdict.accountId, verdict.verdict, verdict.reason, PASSWORD_CHECK_SOURCE, verdict.checkedAt, detailsOf(verdict));
  }

  latestFor(accountId: string): StoredPasswordVerdict | null {
    const row = this.#db
      .prepare(
        `SELECT account_id, status, reason, checked_at, details FROM check_result
         WHERE account_id = ? AND kind = 'password' ORDER BY checked_at DESC, id DESC LIMIT 1`,
      )
      .get(accountId) as CheckRow | undefined;
    return row ? toVerdict(row) : null;
  }

  /** account id → its latest verdict; accounts never checked are absent. */
  latestByAccount(): Map<string, StoredPasswordVerdict> {
    const latest = new Map<string, StoredPasswordVerdict>();
    for (const row of this.#db.prepare(LATEST_SQL).all() as CheckRow[]) {
      const verdict = toVerdict(row);
      if (verdict) latest.set(row.account_id, verdict);
    }
    return latest;
  }

  /** Records a self-assessment: the four answers, who and when; nothing else is taken from the caller. */
  declare(declaration: StoredPasswordDeclaration): void {
    const { accountId, declaredAt, recordedBy, answers } = StoredPasswordDeclarationSchema.parse(declaration);
    this.#db
      .prepare(
        `INSERT INTO password_declaration (account_id, min_length, unique_to_account, in_manager, changed_since_breach, declared_at, recorded_by)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(accountId, answers.minLength, answers.unique, answers.manager, answers.changedSinceBreach, declaredAt, recordedBy);
  }

  /** account id → its latest self-assessment; accounts never declared are absent. */
  latestDeclarations(): Map<string, StoredPasswordDeclaration> {
    const latest = new Map<string, StoredPasswordDeclaration>();
    for (const row of this.#db.prepare(LATEST_DECLARATION_SQL).all() as DeclarationRow[]) {
      const declaration = toDeclaration(row);
      if (declaration) latest.set(row.account_id, declaration);
    }
    return latest;
  }

  /** One active account of a person on the roster, or null. */
  account(accountId: string): PasswordAccount | null {
    const row = this.#db.prepare(`${ACCOUNTS_SQL} AND a.id = ?`).get(accountId) as AccountRow | undefined;
    return row ? this.#toAccount(row, this.#emailsOf([row.staff_id])) : null;
  }

  /** Every active account of everyone on the roster. */
  accounts(): PasswordAccount[] {
    const rows = this.#db.prepare(ACCOUNTS_SQL).all() as AccountRow[];
    const emails = this.#emailsOf(null);
    return rows.map((row) => this.#toAccount(row, emails));
  }

  /** A person's e-mails in roster order: staff id → addresses (every person when ids is null). */
  #emailsOf(ids: readonly string[] | null): Map<string, { email: string; key: string }[]> {
    const rows = (
      ids === null
        ? this.#db.prepare('SELECT staff_id, email, email_key FROM staff_email ORDER BY staff_id, position').all()
        : this.#db
            .prepare(`SELECT staff_id, email, email_key FROM staff_email WHERE staff_id IN (${ids.map(() => '?').join(',')}) ORDER BY staff_id, position`)
            .all(...ids)
    ) as { staff_id: string; email: string; email_key: string }[];
    const byStaff = new Map<string, { email: string; key: string }[]>();
    for (const row of rows) {
      const list = byStaff.get(row.staff_id) ?? [];
      list.push({ email: row.email, key: row.email_key });
      byStaff.set(row.staff_id, list);
    }
    return byStaff;
  }

  #toAccount(row: AccountRow, emails: Map<string, { email: string; key: string }[]>): PasswordAccount {
    const own = emails.get(row.staff_id) ?? [];
    const label =
      row.service === 'mailbox'
        ? (own.find((entry) => entry.key === row.identifier)?.email ?? row.identifier)
        : (SERVICE_LABELS[row.service]?.fr ?? row.service);
    return {
      accountId: row.account_id,
      staffId: row.staff_id,
      service: row.service,
      label,
      firstName: row.first_name,
      lastName: row.last_name,
      role: row.role,
      emails: own.map((entry) => entry.email),
    };
  }
}
