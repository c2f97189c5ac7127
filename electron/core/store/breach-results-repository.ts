import { z } from 'zod';
import {
  BreachFoundSchema,
  NotCheckedReasonSchema,
  type BreachSource,
  type EmailBreachOutcome,
} from '../model/schemas/breach.ts';
import type { SqliteDatabase } from './encrypted-database.ts';

// Breach results as check_result rows (kind 'breach'): one row per e-mail × source × check, all
// rows of one check sharing its checked_at. Rows are only ever added, so the history stays; readers
// take the latest per source. A 'not-checked' row keeps its reason: it is never read as clean.

/** One active mailbox account of an active member of staff: what the breach job checks. */
export interface MailboxAccount {
  accountId: string;
  staffId: string;
  firstName: string;
  lastName: string;
  role: string;
  roleLabel: string | null;
  email: string;
}

export interface StoredBreachOutcome {
  accountId: string;
  checkedAt: string;
  outcome: EmailBreachOutcome;
}

const DetailsSchema = z.object({
  breaches: z.array(BreachFoundSchema).optional(),
  rayId: z.string().optional(),
  httpStatus: z.number().int().optional(),
  retryAt: z.iso.datetime().optional(),
});

interface ResultRow {
  account_id: string;
  status: string;
  reason: string | null;
  source: string;
  checked_at: string;
  details: string | null;
}

/** A row back to its outcome; a row that no longer reads as one is unknown, never clean. */
function toOutcome(row: ResultRow): EmailBreachOutcome {
  const source = row.source as BreachSource;
  let details: z.infer<typeof DetailsSchema> = {};
  try {
    const parsed = DetailsSchema.safeParse(row.details ? JSON.parse(row.details) : {});
    if (parsed.success) details = parsed.data;
  } catch {
    // kept empty: handled below
  }
  if (row.status === 'breached' && details.breaches && details.breaches.length > 0) {
    return { status: 'breached', source, breaches: details.breaches };
  }
  if (row.status === 'clean') return { status: 'clean', source };
  const reason = NotCheckedReasonSchema.safeParse(row.reason);
  return {
    status: 'not-checked',
    source,
    reason: reason.success ? reason.data : 'malformed',
    ...(details.rayId ? { rayId: details.rayId } : {}),
    ...(details.httpStatus !== undefined ? { httpStatus: details.httpStatus } : {}),
    ...(details.retryAt ? { retryAt: details.retryAt } : {}),
  };
}

/** check_result rows of every account (@staff null) or of one person's accounts (@staff their staff id). */
const OF_PERSON = '(@staff IS NULL OR account_id IN (SELECT id FROM account WHERE staff_id = @staff))';

export class BreachResultsRepository {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  /** Every active mailbox account of every active person (or of one: `staffId`), roster order, one per e-mail. */
  mailboxAccounts(staffId?: string): MailboxAccount[] {
    const rows = this.#db
      .prepare(
        `SELECT a.id AS account_id, s.id AS staff_id, s.first_name, s.last_name, s.role, s.role_label, e.email
         FROM account a
         JOIN staff s ON s.id = a.staff_id AND s.removed_at IS NULL
         JOIN staff_email e ON e.staff_id = a.staff_id AND e.email_key = a.identifier
         WHERE a.service = 'mailbox' AND a.removed_at IS NULL AND (@staff IS NULL OR s.id = @staff)
         ORDER BY s.last_name COLLATE NOCASE, s.first_name COLLATE NOCASE, s.id, e.position`,
      )
      .all({ staff: staffId ?? null }) as {
      account_id: string;
      staff_id: string;
      first_name: string;
      last_name: string;
      role: string;
      role_label: string | null;
      email: string;
    }[];
    return rows.map((row) => ({
      accountId: row.account_id,
      staffId: row.staff_id,
      firstName: row.first_name,
      lastName: row.last_name,
      role: row.role,
      roleLabel: row.role_label,
      email: row.email,
    }));
  }

  /** The outcomes of one check of one e-mail, one row per source, all with the same time. */
  record(accountId: string, checkedAt: string, outcomes: readonly EmailBreachOutcome[]): void {
    const insert = this.#db.prepare(
      `INSERT INTO check_result (account_id, kind, status, reason, source, checked_at, details)
       VALUES (?, 'breach', ?, ?, ?, ?, ?)`,
    );
    for (const outcome of outcomes) {
      const details =
        outcome.status === 'breached'
          ? { breaches: outcome.breaches }
          : outcome.status === 'not-checked'
            ? {
                ...(outcome.rayId ? { rayId: outcome.rayId } : {}),
                ...(outcome.httpStatus !== undefined ? { httpStatus: outcome.httpStatus } : {}),
                ...(outcome.retryAt ? { retryAt: outcome.retryAt } : {}),
              }
            : null;
      insert.run(
        accountId,
        outcome.status,
        outcome.status === 'not-checked' ? outcome.reason : null,
        outcome.source,
        checkedAt,
        details ? JSON.stringify(details) : null,
      );
    }
  }

  /** The person a mailbox account belongs to (removed or not); null for an unknown account. */
  staffOf(accountId: string): string | null {
    const row = this.#db.prepare(`SELECT staff_id FROM account WHERE id = ? AND service = 'mailbox'`).get(accountId) as
      | { staff_id: string }
      | undefined;
    return row?.staff_id ?? null;
  }

  /**
   * The latest outcome per account and source (accounts of removed people included; callers
   * filter), of every account or of one person's (`staffId`).
   */
  latestPerSource(staffId?: string): StoredBreachOutcome[] {
    const rows = this.#db
      .prepare(
        `SELECT account_id, status, reason, source, checked_at, details FROM (
           SELECT *, ROW_NUMBER() OVER (PARTITION BY account_id, source ORDER BY checked_at DESC, id DESC) AS rank
           FROM check_result WHERE kind = 'breach' AND ${OF_PERSON}
         ) WHERE rank = 1 ORDER BY account_id, source`,
      )
      .all({ staff: staffId ?? null }) as ResultRow[];
    return rows.map((row) => ({ accountId: row.account_id, checkedAt: row.checked_at, outcome: toOutcome(row) }));
  }

  /** The latest 'breached' answer per account and source: what a later failed check must not hide. */
  latestBreachedPerSource(staffId?: string): StoredBreachOutcome[] {
    const rows = this.#db
      .prepare(
        `SELECT account_id, status, reason, source, checked_at, details FROM (
           SELECT *, ROW_NUMBER() OVER (PARTITION BY account_id, source ORDER BY checked_at DESC, id DESC) AS rank
           FROM check_result WHERE kind = 'breach' AND status = 'breached' AND ${OF_PERSON}
         ) WHERE rank = 1`,
      )
      .all({ staff: staffId ?? null }) as ResultRow[];
    return rows.map((row) => ({ accountId: row.account_id, checkedAt: row.checked_at, outcome: toOutcome(row) }));
  }
  /**
   * The breaches found at or after `since` that no earlier answer had found for the same address:
   * what a re-check tells people about (account → breach names).
   */
  newBreachesSince(since: string): Map<string, string[]> {
    const rows = this.#db
      .prepare(`SELECT account_id, checked_at, details FROM check_result WHERE kind = 'breach' AND status = 'breached' ORDER BY checked_at, id`)
      .all() as { account_id: string; checked_at: string; details: string | null }[];
    const before = new Map<string, Set<string>>();
    const found = new Map<string, string[]>();
    for (const row of rows) {
      const outcome = toOutcome({ ...row, status: 'breached', reason: null, source: 'hibp' });
      if (outcome.status !== 'breached') continue;
      const known = before.get(row.account_id) ?? new Set<string>();
      before.set(row.account_id, known);
      for (const breach of outcome.breaches) {
        if (known.has(breach.name)) continue;
        known.add(breach.name);
        if (row.checked_at >= since) found.set(row.account_id, [...(found.get(row.account_id) ?? []), breach.name]);
      }
    }
    return found;
  }
}
