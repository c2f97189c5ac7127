import type { SavedAnswer, WalkthroughAnswerValue } from '../model/schemas/walkthrough.ts';
import type { ServiceId } from '../model/schemas/staff.ts';
import type { AuditLog } from './audit-log.ts';
import type { SqliteDatabase } from './encrypted-database.ts';

// The walkthrough's saved state: one answer per account × step (walkthrough_progress, v1), one
// per person × step for steps about the person (walkthrough_person_step, v5), and the provider
// a person picked for an account (account_provider, v5). Every answer is written as it is given,
// so a closed window or the next patient at the desk loses nothing.

export interface WalkthroughAccount {
  accountId: string;
  service: ServiceId;
  /** Mailboxes: the address as written on the roster (falls back to the stored key). */
  identifier: string;
  /** Mailboxes: the lower-cased address (account.identifier). */
  emailKey: string;
  /** Position of the e-mail on the person's record (mailboxes), to keep the roster's order. */
  position: number;
}

export interface BreachOnRecord {
  /** The most recent breach date found (YYYY-MM-DD), or null when no breach carried one. */
  date: string | null;
  titles: string[];
}

interface AnswerRow {
  key: string;
  step: string;
  answer: WalkthroughAnswerValue;
  note: string | null;
  until: string | null;
  answered_at: string;
  recorded_by: string;
}

export class WalkthroughRepository {
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

  /** A person's active accounts (unordered; the plan orders them). */
  accountsOf(staffId: string): WalkthroughAccount[] {
    const rows = this.#db
      .prepare(
        `SELECT a.id, a.service, a.identifier, e.email, e.position FROM account a
         LEFT JOIN staff_email e ON e.staff_id = a.staff_id AND a.service = 'mailbox' AND e.email_key = a.identifier
         WHERE a.staff_id = ? AND a.removed_at IS NULL`,
      )
      .all(staffId) as { id: string; service: ServiceId; identifier: string; email: string | null; position: number | null }[];
    return rows.map((row) => ({
      accountId: row.id,
      service: row.service,
      identifier: row.service === 'mailbox' ? (row.email ?? row.identifier) : '',
      emailKey: row.service === 'mailbox' ? row.identifier : '',
      position: row.position ?? 0,
    }));
  }

  /** Saved answers of a person, keyed "<accountId>:<step>" and "person:<step>". */
  answersOf(staffId: string): Map<string, SavedAnswer> {
    const rows = this.#db
      .prepare(
        `SELECT account_id AS key, step, answer, note, until, answered_at, recorded_by FROM walkthrough_progress WHERE staff_id = ?
         UNION ALL
         SELECT 'person' AS key, step, answer, note, until, answered_at, recorded_by FROM walkthrough_person_step WHERE staff_id = ?`,
      )
      .all(staffId, staffId) as AnswerRow[];
    return new Map(
      rows.map((row) => [
        `${row.key}:${row.step}`,
        { answer: row.answer, note: row.note, until: row.until, answeredAt: row.answered_at, recordedBy: row.recorded_by },
      ]),
    );
  }

  /** The last answer's date per person, for the progress overview. */
  lastAnswerDates(): Map<string, string> {
    const rows = this.#db
      .prepare(
        `SELECT staff_id, max(answered_at) AS at FROM (
           SELECT staff_id, answered_at FROM walkthrough_progress
           UNION ALL SELECT staff_id, answered_at FROM walkthrough_person_step)
         GROUP BY staff_id`,
      )
      .all() as { staff_id: string; at: string }[];
    return new Map(rows.map((row) => [row.staff_id, row.at]));
  }

  /** Save (or replace) one answer. accountId null: a step about the person. */
  saveAnswer(input: {
    staffId: string;
    accountId: string | null;
    service: ServiceId | null;
    step: string;
    answer: WalkthroughAnswerValue;
    note: string | null;
    /** 'later': the planned day; null otherwise. */
    until: string | null;
    mfaStatus?: string | null;
  }): SavedAnswer {
    const answeredAt = this.#now().toISOString();
    const until = input.answer === 'later' ? input.until : null;
    if (input.accountId === null) {
      this.#db
        .prepare(
          `INSERT INTO walkthrough_person_step (staff_id, step, answer, note, until, answered_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (staff_id, step) DO UPDATE SET answer = excluded.answer, note = excluded.note, until = excluded.until,
             answered_at = excluded.answered_at, recorded_by = excluded.recorded_by`,
        )
        .run(input.staffId, input.step, input.answer, input.note, until, answeredAt, this.#actor);
    } else {
      this.#db
        .prepare(
          `INSERT INTO walkthrough_progress (staff_id, account_id, step, answer, note, until, answered_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (account_id, step) DO UPDATE SET answer = excluded.answer, note = excluded.note, until = excluded.until,
             answered_at = excluded.answered_at, recorded_by = excluded.recorded_by`,
        )
        .run(input.staffId, input.accountId, input.step, input.answer, input.note, until, answeredAt, this.#actor);
    }
    // The note stays out of the log: it is free text about the person's accounts.
    this.#audit.append('walkthrough.answer', input.staffId, {
      step: input.step,
      service: input.service,
      answer: input.answer,
      until,
      mfaStatus: input.mfaStatus ?? null,
    });
    return { answer: input.answer, note: input.note, until, answeredAt, recordedBy: this.#actor };
  }

  /** account id → the provider the person picked for it. */
  chosenProviders(staffId: string): Map<string, string> {
    const rows = this.#db
      .prepare(
        `SELECT p.account_id, p.provider FROM account_provider p JOIN account a ON a.id = p.account_id WHERE a.staff_id = ?`,
      )
      .all(staffId) as { account_id: string; provider: string }[];
    return new Map(rows.map((row) => [row.account_id, row.provider]));
  }

  chooseProvider(staffId: string, accountId: string, service: ServiceId, provider: string): void {
    this.#db
      .prepare(
        `INSERT INTO account_provider (account_id, provider, chosen_at, chosen_by) VALUES (?, ?, ?, ?)
         ON CONFLICT (account_id) DO UPDATE SET provider = excluded.provider, chosen_at = excluded.chosen_at, chosen_by = excluded.chosen_by`,
      )
      .run(accountId, provider, this.#now().toISOString(), this.#actor);
    this.#audit.append('walkthrough.provider', staffId, { service, provider });
  }

  /**
   * The latest breach check of each of these accounts that found the address in a breach
   * (check_result kind 'breach', status 'breached', details { breaches: [{ title, breachDate }] }).
   * A later clean or not-checked row does not erase it: the question is whether the password
   * changed since, and only the person can answer that.
   */
  breaches(accountIds: readonly string[]): Map<string, BreachOnRecord> {
    const found = new Map<string, BreachOnRecord>();
    const statement = this.#db.prepare(
      `SELECT details FROM check_result WHERE account_id = ? AND kind = 'breach' AND status = 'breached'
       ORDER BY checked_at DESC, id DESC LIMIT 1`,
    );
    for (const accountId of accountIds) {
      const details = statement.pluck().get(accountId) as string | null | undefined;
      if (details === undefined) continue;
      found.set(accountId, breachOf(details));
    }
    return found;
  }
}

function breachOf(details: string | null): BreachOnRecord {
  let breaches: unknown[] = [];
  try {
    const parsed: unknown = details ? JSON.parse(details) : null;
    if (parsed && typeof parsed === 'object' && Array.isArray((parsed as { breaches?: unknown }).breaches)) {
      breaches = (parsed as { breaches: unknown[] }).breaches;
    }
  } catch {
    breaches = [];
  }
  let date: string | null = null;
  const titles: string[] = [];
  for (const breach of breaches) {
    if (!breach || typeof breach !== 'object') continue;
    const { title, name, breachDate } = breach as { title?: unknown; name?: unknown; breachDate?: unknown };
    const label = typeof title === 'string' && title ? title : typeof name === 'string' ? name : null;
    if (label) titles.push(label);
    if (typeof breachDate === 'string' && /^\d{4}-\d{2}-\d{2}/.test(breachDate)) {
      const day = breachDate.slice(0, 10);
      if (date === null || day > date) date = day;
    }
  }
  return { date, titles };
}
