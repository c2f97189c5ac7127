import { HygieError } from '../model/hygie-error.ts';
import { MFA_EVIDENCE, MFA_STATUSES, PROTECTED_MFA_STATUSES, type MfaEvidence, type MfaStatus } from '../model/schemas/mfa.ts';
import type { MfaCell, MfaCoverage, MfaMatrix, MfaMatrixRow, MfaRecord } from '../model/schemas/mfa-matrix.ts';
import type { ServiceId, StaffRole } from '../model/schemas/staff.ts';
import type { AuditLog } from './audit-log.ts';
import type { SqliteDatabase } from './encrypted-database.ts';
import { CRITICAL_SERVICES, serviceRank } from '../model/service-risk-order.ts';

// MFA statuses per account, kept as check_result rows of kind 'mfa' (the convention every writer
// follows: status from MFA_STATUSES, source from MFA_EVIDENCE, details JSON { recordedBy,
// provider?, methods?, note? }). Rows are never updated: the latest per account wins, the older
// ones stay as history. An account without a row is 'unknown'.

export interface MfaRecordInput {
  accountId: string;
  status: MfaStatus;
  evidence: MfaEvidence;
  /** Who entered or imported it: the app's actor ("app:jdupont") or an import ("import:microsoft-graph"). */
  recordedBy: string;
  /** Catalogue entry id of the provider, when known. */
  provider?: string | null;
  /** Methods seen or declared (catalogue method kinds, or the directory's own names). */
  methods?: readonly string[];
  note?: string | null;
  at?: Date;
}

export interface MfaRecordOptions {
  /** false when the caller writes one audit entry for a whole batch (directory imports). */
  audit?: boolean;
}

interface CheckRow {
  account_id: string;
  status: string;
  source: string;
  checked_at: string;
  details: string | null;
}

interface AccountRow {
  account_id: string;
  staff_id: string;
  service: ServiceId;
  identifier: string;
  email: string | null;
  first_name: string;
  last_name: string;
  role: StaffRole;
  role_label: string | null;
}

// The newest mfa row of each account; the id breaks ties between rows written the same instant.
const LATEST_SQL = `
  SELECT c.account_id, c.status, c.source, c.checked_at, c.details FROM check_result c
  WHERE c.kind = 'mfa' AND c.id = (
    SELECT c2.id FROM check_result c2 WHERE c2.account_id = c.account_id AND c2.kind = 'mfa'
    ORDER BY c2.checked_at DESC, c2.id DESC LIMIT 1)`;

export class MfaStatusRepository {
  readonly #db: SqliteDatabase;
  readonly #audit: AuditLog;
  readonly #now: () => Date;

  constructor(db: SqliteDatabase, audit: AuditLog, now: () => Date) {
    this.#db = db;
    this.#audit = audit;
    this.#now = now;
  }

  record(input: MfaRecordInput, options: MfaRecordOptions = {}): MfaRecord {
    if (!(MFA_STATUSES as readonly string[]).includes(input.status)) throw new Error(`unknown MFA status ${input.status}`);
    if (!(MFA_EVIDENCE as readonly string[]).includes(input.evidence)) throw new Error(`unknown MFA evidence ${input.evidence}`);
    const account = this.#db.prepare('SELECT service FROM account WHERE id = ?').get(input.accountId) as { service: string } | undefined;
    if (!account) throw new HygieError('mfa-account-not-found', { accountId: input.accountId });
    const checkedAt = (input.at ?? this.#now()).toISOString();
    const details = {
      recordedBy: input.recordedBy,
      ...(input.provider ? { provider: input.provider } : {}),
      ...(input.methods && input.methods.length > 0 ? { methods: [...input.methods] } : {}),
      ...(input.note ? { note: input.note } : {}),
    };
    this.#db
      .prepare(
        `INSERT INTO check_result (account_id, kind, status, reason, source, checked_at, details)
         VALUES (?, 'mfa', ?, NULL, ?, ?, ?)`,
      )
      .run(input.accountId, input.status, input.evidence, checkedAt, JSON.stringify(details));
    if (options.audit !== false) {
      this.#audit.append('mfa.record', input.accountId, {
        service: account.service,
        status: input.status,
        evidence: input.evidence,
        provider: input.provider ?? null,
      });
    }
    return toRecord({ account_id: input.accountId, status: input.status, source: input.evidence, checked_at: checkedAt, details: JSON.stringify(details) });
  }

  /** account id → its latest MFA record; accounts never recorded are absent (they are 'unknown'). */
  latestByAccount(): Map<string, MfaRecord> {
    const rows = this.#db.prepare(LATEST_SQL).all() as CheckRow[];
    return new Map(rows.map((row) => [row.account_id, toRecord(row)]));
  }

  latestFor(accountId: string): MfaRecord | null {
    const row = this.#db
      .prepare(
        `SELECT account_id, status, source, checked_at, details FROM check_result
         WHERE account_id = ? AND kind = 'mfa' ORDER BY checked_at DESC, id DESC LIMIT 1`,
      )
      .get(accountId) as CheckRow | undefined;
    return row ? toRecord(row) : null;
  }

  /** Every record of one account, newest first. */
  history(accountId: string): MfaRecord[] {
    const rows = this.#db
      .prepare(
        `SELECT account_id, status, source, checked_at, details FROM check_result
         WHERE account_id = ? AND kind = 'mfa' ORDER BY checked_at DESC, id DESC`,
      )
      .all(accountId) as CheckRow[];
    return rows.map(toRecord);
  }

  /** Everyone on the roster × their active accounts, gaps first, with coverage per service. */
  matrix(): MfaMatrix {
    const accounts = this.#db
      .prepare(
        `SELECT a.id AS account_id, a.staff_id, a.service, a.identifier, e.email,
                s.first_name, s.last_name, s.role, s.role_label
         FROM account a
         JOIN staff s ON s.id = a.staff_id
         LEFT JOIN staff_email e ON e.staff_id = a.staff_id AND a.service = 'mailbox' AND e.email_key = a.identifier
         WHERE s.removed_at IS NULL AND a.removed_at IS NULL`,
      )
      .all() as AccountRow[];
    const latest = this.latestByAccount();
    const rows = new Map<string, MfaMatrixRow>();
    const emailPosition = new Map<string, number>();
    for (const account of accounts) {
      let row = rows.get(account.staff_id);
      if (!row) {
        row = {
          staffId: account.staff_id,
          firstName: account.first_name,
          lastName: account.last_name,
          role: account.role,
          roleLabel: account.role_label,
          cells: [],
          criticalGap: false,
          gaps: 0,
        };
        rows.set(account.staff_id, row);
      }
      const record = latest.get(account.account_id) ?? null;
      row.cells.push({
        accountId: account.account_id,
        service: account.service,
        identifier: account.service === 'mailbox' ? (account.email ?? account.identifier) : '',
        status: record?.status ?? 'unknown',
        record,
      });
    }
    for (const [index, key] of (
      this.#db.prepare('SELECT staff_id, email_key FROM staff_email ORDER BY staff_id, position').all() as { staff_id: string; email_key: string }[]
    ).entries()) {
      emailPosition.set(`${key.staff_id}\u0000${key.email_key}`, index);
    }
    for (const row of rows.values()) {
      row.cells.sort(
        (a, b) =>
          serviceRank(a.service) - serviceRank(b.service) ||
          (emailPosition.get(`${row.staffId}\u0000${a.identifier.toLowerCase()}`) ?? 0) -
            (emailPosition.get(`${row.staffId}\u0000${b.identifier.toLowerCase()}`) ?? 0),
      );
      const open = row.cells.filter((cell) => !isProtected(cell.status));
      row.gaps = open.length;
      row.criticalGap = open.some((cell) => CRITICAL_SERVICES.includes(cell.service));
    }
    const ordered = [...rows.values()].sort(
      (a, b) =>
        Number(b.criticalGap) - Number(a.criticalGap) ||
        b.gaps - a.gaps ||
        a.lastName.localeCompare(b.lastName, 'fr', { sensitivity: 'base' }) ||
        a.firstName.localeCompare(b.firstName, 'fr', { sensitivity: 'base' }) ||
        a.staffId.localeCompare(b.staffId),
    );
    return { rows: ordered, coverage: coverageOf(ordered) };
  }
}

export function isProtected(status: MfaStatus): boolean {
  return PROTECTED_MFA_STATUSES.includes(status);
}

function coverageOf(rows: readonly MfaMatrixRow[]): MfaCoverage[] {
  const byService = new Map<ServiceId, MfaCoverage>();
  for (const cell of rows.flatMap((row) => row.cells)) {
    let coverage = byService.get(cell.service);
    if (!coverage) {
      coverage = { service: cell.service, accounts: 0, protected: 0, phishingResistant: 0, none: 0, unknown: 0 };
      byService.set(cell.service, coverage);
    }
    coverage.accounts += 1;
    if (isProtected(cell.status)) coverage.protected += 1;
    if (cell.status === 'phishing-resistant') coverage.phishingResistant += 1;
    if (cell.status === 'none') coverage.none += 1;
    if (cell.status === 'unknown') coverage.unknown += 1;
  }
  return [...byService.values()].sort((a, b) => serviceRank(a.service) - serviceRank(b.service));
}

function toRecord(row: CheckRow): MfaRecord {
  const details = parseDetails(row.details);
  const status = (MFA_STATUSES as readonly string[]).includes(row.status) ? (row.status as MfaStatus) : 'unknown';
  const evidence = (MFA_EVIDENCE as readonly string[]).includes(row.source) ? (row.source as MfaEvidence) : 'declared';
  return {
    accountId: row.account_id,
    status,
    evidence,
    checkedAt: row.checked_at,
    recordedBy: typeof details.recordedBy === 'string' ? details.recordedBy : '',
    provider: typeof details.provider === 'string' ? details.provider : null,
    methods: Array.isArray(details.methods) ? details.methods.filter((method): method is string => typeof method === 'string') : [],
    note: typeof details.note === 'string' ? details.note : null,
  };
}

function parseDetails(details: string | null): Record<string, unknown> {
  if (!details) return {};
  try {
    const parsed: unknown = JSON.parse(details);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
