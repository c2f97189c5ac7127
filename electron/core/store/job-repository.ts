import type { SqliteDatabase } from './encrypted-database.ts';

// Jobs and their items (migration 4): what lets long work survive a crash. The runner
// (core/jobs) writes here; each item is marked done in the same transaction as its results.

export type JobState = 'running' | 'completed' | 'cancelled' | 'failed';
export type JobItemState = 'pending' | 'done' | 'cancelled';

export interface JobRecord {
  id: string;
  kind: string;
  state: JobState;
  params: unknown;
  total: number;
  owner: string | null;
  startedAt: string;
  startedBy: string;
  finishedAt: string | null;
  /** Why a failed job stopped: an error code (core/model/error-messages.ts). */
  failure: string | null;
  /** That error's details, already filtered of anything secret (see jobs/failure-details.ts). */
  failureDetails: FailureDetails | null;
}

export type FailureDetails = Record<string, string | number | boolean>;

export interface JobItemRecord {
  position: number;
  key: string;
  label: string;
  state: JobItemState;
  tally: string | null;
}

export interface NewJobItem {
  key: string;
  label: string;
}

interface JobRow {
  id: string;
  kind: string;
  state: JobState;
  params: string;
  total: number;
  owner: string | null;
  started_at: string;
  started_by: string;
  finished_at: string | null;
  failure: string | null;
  failure_details: string | null;
}

function parseDetails(text: string | null): FailureDetails | null {
  if (text === null) return null;
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as FailureDetails) : null;
  } catch {
    return null;
  }
}

function toJob(row: JobRow): JobRecord {
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    params: JSON.parse(row.params) as unknown,
    total: row.total,
    owner: row.owner,
    startedAt: row.started_at,
    startedBy: row.started_by,
    finishedAt: row.finished_at,
    failure: row.failure,
    failureDetails: parseDetails(row.failure_details),
  };
}

export class JobRepository {
  readonly #db: SqliteDatabase;
  readonly #actor: string;
  readonly #now: () => Date;

  constructor(db: SqliteDatabase, actor: string, now: () => Date) {
    this.#db = db;
    this.#actor = actor;
    this.#now = now;
  }

  /** Inserts the job and all its items; the caller wraps it in a transaction with its own checks. */
  create(job: { id: string; kind: string; params: unknown; owner: string }, items: readonly NewJobItem[]): JobRecord {
    const now = this.#now().toISOString();
    this.#db
      .prepare(
        `INSERT INTO job (id, kind, state, params, total, owner, started_at, started_by)
         VALUES (?, ?, 'running', ?, ?, ?, ?, ?)`,
      )
      .run(job.id, job.kind, JSON.stringify(job.params ?? {}), items.length, job.owner, now, this.#actor);
    const insert = this.#db.prepare(
      "INSERT INTO job_item (job_id, position, item_key, label, state) VALUES (?, ?, ?, ?, 'pending')",
    );
    items.forEach((item, position) => insert.run(job.id, position, item.key, item.label));
    return this.get(job.id)!;
  }

  get(id: string): JobRecord | null {
    const row = this.#db.prepare('SELECT * FROM job WHERE id = ?').get(id) as JobRow | undefined;
    return row ? toJob(row) : null;
  }

  running(kind?: string): JobRecord[] {
    const rows = (
      kind === undefined
        ? this.#db.prepare("SELECT * FROM job WHERE state = 'running' ORDER BY started_at").all()
        : this.#db.prepare("SELECT * FROM job WHERE state = 'running' AND kind = ?").all(kind)
    ) as JobRow[];
    return rows.map(toJob);
  }

  /** The most recent job of a kind, whatever its state. */
  latest(kind: string): JobRecord | null {
    const row = this.#db
      .prepare('SELECT * FROM job WHERE kind = ? ORDER BY started_at DESC, rowid DESC LIMIT 1')
      .get(kind) as JobRow | undefined;
    return row ? toJob(row) : null;
  }

  items(jobId: string): JobItemRecord[] {
    return (
      this.#db
        .prepare('SELECT position, item_key, label, state, tally FROM job_item WHERE job_id = ? ORDER BY position')
        .all(jobId) as { position: number; item_key: string; label: string; state: JobItemState; tally: string | null }[]
    ).map((row) => ({ position: row.position, key: row.item_key, label: row.label, state: row.state, tally: row.tally }));
  }

  /** Claims a running job for `owner` if `expectedOwner` still holds it (compare-and-set). */
  claim(jobId: string, expectedOwner: string | null, owner: string): boolean {
    const result = this.#db
      .prepare("UPDATE job SET owner = ? WHERE id = ? AND state = 'running' AND owner IS ?")
      .run(owner, jobId, expectedOwner);
    return result.changes === 1;
  }

  /** Lets go of a running job (a clean shutdown): the next process may resume it at once. */
  release(jobId: string, owner: string): void {
    this.#db.prepare("UPDATE job SET owner = NULL WHERE id = ? AND state = 'running' AND owner = ?").run(jobId, owner);
  }

  finishItem(jobId: string, position: number, state: Exclude<JobItemState, 'pending'>, tally: string): void {
    this.#db
      .prepare("UPDATE job_item SET state = ?, tally = ?, finished_at = ? WHERE job_id = ? AND position = ? AND state = 'pending'")
      .run(state, tally, this.#now().toISOString(), jobId, position);
  }

  finish(jobId: string, state: Exclude<JobState, 'running'>, failure: { code: string; details?: FailureDetails } | null = null): void {
    const details = failure?.details && Object.keys(failure.details).length > 0 ? JSON.stringify(failure.details) : null;
    this.#db
      .prepare("UPDATE job SET state = ?, finished_at = ?, failure = ?, failure_details = ?, owner = NULL WHERE id = ? AND state = 'running'")
      .run(state, this.#now().toISOString(), failure?.code ?? null, details, jobId);
  }
}
