import { randomUUID } from 'node:crypto';
import { apiError, type ApiError } from '../model/envelope.ts';
import { HygieError } from '../model/hygie-error.ts';
import type { JobEvent, JobProgressEvent } from '../model/job-event.ts';
import type { JobSnapshot } from '../model/schemas/jobs.ts';
import type { JobItemRecord, JobRecord, NewJobItem } from '../store/job-repository.ts';
import { asStoreError } from '../store/sqlite-errors.ts';
import type { StoreHost } from '../store/store-host.ts';
import type { Store } from '../store/store.ts';
import { safeFailureDetails } from './failure-details.ts';
import { runItems, type FinishedItem, type ItemRun, type RunEnd } from './item-loop.ts';
import type { JobKind } from './job-kind.ts';
import { OWNER, ownerIsGone } from './job-owner.ts';

// Runs long work (docs/architecture.md, "Long work is a job"). This file keeps the live jobs: `start`
// records the job and its items and returns at once; cancel, resume after a crash or a restart
// (a job still 'running' in the store that nobody works on), the events, the end. Each run's
// items go through item-loop.ts.

export type JobEnd = 'completed' | 'cancelled' | 'failed' | 'interrupted';

export interface JobRunnerOptions {
  host: StoreHost;
  kinds: readonly JobKind[];
  emit: (event: JobEvent) => void;
  logger?: { error(message: string, error?: unknown): void };
  /** Milliseconds, for the observed-rate ETA. */
  now?: () => number;
}

export interface JobRunner {
  /**
   * Records a job of `kind` over `items` and starts it; returns at once. Throws
   * job-already-running when one of that kind is running (an orphaned one is resumed first).
   */
  start(store: Store, kind: string, params: unknown, items: readonly NewJobItem[]): JobRecord;
  /** Asks a running job to stop; false when it is not running (here or orphaned). */
  cancel(jobId: string): Promise<boolean>;
  /** The jobs running in this process, with their latest progress. */
  active(): JobSnapshot[];
  /** Picks up the interrupted jobs of the open store (or opens it); returns the ids resumed. */
  resumePending(store?: Store): Promise<string[]>;
  /** Resolves when the job ends here (immediately with its stored state if it is not running here). */
  finished(jobId: string): Promise<JobEnd>;
  /** Stops every job without marking anything (they resume next time) and lets go of them. */
  close(): Promise<void>;
}

interface LiveJob extends ItemRun {
  /** Why the job failed, as the user reads it (set with the 'failed' end). */
  failure?: ApiError;
  end: Promise<JobEnd>;
}

/** Jobs live anywhere in this process (several cores in one test process share it). */
const LIVE_IN_PROCESS = new Map<string, Store>();

function liveKey(store: Store, jobId: string): string {
  return `${store.dataDir}\u0000${jobId}`;
}

function countsOf(items: readonly JobItemRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) if (item.state !== 'pending' && item.tally) counts[item.tally] = (counts[item.tally] ?? 0) + 1;
  return counts;
}

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { host, emit } = options;
  const logger = options.logger ?? console;
  const now = options.now ?? (() => Date.now());
  const kinds = new Map(options.kinds.map((kind) => [kind.kind, kind]));
  const live = new Map<string, LiveJob>();

  function progress(job: LiveJob, finished?: FinishedItem): void {
    const { snapshot } = job;
    const event: JobProgressEvent = {
      type: 'progress',
      jobId: snapshot.jobId,
      kind: snapshot.kind,
      done: snapshot.done,
      total: snapshot.total,
      counts: { ...snapshot.counts },
      stage: snapshot.stage,
      ...(snapshot.currentItem !== undefined ? { currentItem: snapshot.currentItem } : {}),
      ...(snapshot.etaSeconds !== undefined ? { etaSeconds: snapshot.etaSeconds } : {}),
      ...(job.units ? { units: job.units() } : {}),
      ...(finished ? { finishedItem: finished } : {}),
    };
    safeEmit(event);
  }

  function safeEmit(event: JobEvent): void {
    try {
      emit(event);
    } catch (error) {
      logger.error('hygie: a job event listener failed', error);
    }
  }

  /** Whether nobody is working on this running job: its process is gone, or it is ours and stopped. */
  function orphaned(store: Store, job: JobRecord): boolean {
    if (live.has(job.id)) return false;
    if (job.owner === OWNER) {
      const holder = LIVE_IN_PROCESS.get(liveKey(store, job.id));
      return !holder || !holder.db.open;
    }
    return ownerIsGone(job.owner);
  }

  function launch(store: Store, job: JobRecord, kind: JobKind): void {
    const items = store.jobs.items(job.id);
    const pending = items.filter((item) => item.state === 'pending');
    let resolveEnd!: (end: JobEnd) => void;
    const entry: LiveJob = {
      snapshot: {
        jobId: job.id,
        kind: job.kind,
        startedAt: job.startedAt,
        done: items.length - pending.length,
        total: items.length,
        counts: countsOf(items),
        stage: 'preparing',
      },
      store,
      params: job.params,
      controller: new AbortController(),
      cancelRequested: false,
      interrupted: false,
      end: new Promise<JobEnd>((resolve) => (resolveEnd = resolve)),
    };
    live.set(job.id, entry);
    LIVE_IN_PROCESS.set(liveKey(store, job.id), store);
    void runItems(entry, kind, pending, { now, logger, progress: (finished) => progress(entry, finished) }).then(
      (run) => finish(entry, ended(entry, run), resolveEnd),
      (error: unknown) => {
        logger.error(`hygie: job ${job.kind} stopped on an unexpected error`, error);
        finish(entry, failJob(entry, error), resolveEnd);
      },
    );
  }

  function ended(entry: LiveJob, run: RunEnd): JobEnd {
    if (run.end !== 'failed') return run.end;
    logger.error(`hygie: job ${entry.snapshot.kind} failed`, run.error);
    return failJob(entry, run.error);
  }

  function finish(entry: LiveJob, end: JobEnd, resolve: (end: JobEnd) => void): void {
    live.delete(entry.snapshot.jobId);
    LIVE_IN_PROCESS.delete(liveKey(entry.store, entry.snapshot.jobId));
    if (end !== 'interrupted') {
      safeEmit({
        type: 'finished',
        jobId: entry.snapshot.jobId,
        kind: entry.snapshot.kind,
        outcome: end,
        ...(end === 'failed' && entry.failure ? { error: entry.failure } : {}),
        done: entry.snapshot.done,
        total: entry.snapshot.total,
        counts: { ...entry.snapshot.counts },
        ...(entry.units ? { units: entry.units() } : {}),
      });
    }
    resolve(end);
  }

  function failJob(entry: LiveJob, error: unknown): JobEnd {
    if (!entry.store.db.open) return 'interrupted';
    // A SQLite failure (corrupt file, a lock held too long, a full disk) is named as the store
    // problem it is, so the page can say what to do rather than "unexpected error".
    const known = asStoreError(error);
    entry.failure = known instanceof HygieError ? apiError(known.code, known.details) : apiError('internal');
    try {
      // Kept with the job, so a page opened later (after a restart) still says why; never a secret.
      const details = safeFailureDetails(entry.failure.details);
      entry.store.jobs.finish(entry.snapshot.jobId, 'failed', { code: entry.failure.code, ...(details ? { details } : {}) });
    } catch {
      if (!entry.store.db.open) return 'interrupted';
      // The store cannot take even that: the job stays 'running' there (the next start resumes
      // it, finished items kept), but this run has failed and the user is told why.
    }
    return 'failed';
  }

  async function resumePending(given?: Store): Promise<string[]> {
    const store = given ?? (await host.open());
    if (!store.db.open) return [];
    const resumed: string[] = [];
    for (const job of store.jobs.running()) {
      if (!orphaned(store, job)) continue;
      const kind = kinds.get(job.kind);
      if (!kind) continue; // another program's kind (e.g. the CLI's): left for it
      if (!store.jobs.claim(job.id, job.owner, OWNER)) continue;
      store.audit.append('job.resume', job.id, { kind: job.kind });
      launch(store, { ...job, owner: OWNER }, kind);
      resumed.push(job.id);
    }
    return resumed;
  }

  async function cancel(jobId: string): Promise<boolean> {
    const entry = live.get(jobId);
    if (entry) {
      if (!entry.cancelRequested) {
        entry.cancelRequested = true;
        entry.store.audit.append('job.cancel', jobId, { kind: entry.snapshot.kind });
        entry.controller.abort();
      }
      return true;
    }
    // Running in the store but nobody works on it: take it over, then cancel it.
    const store = await host.open();
    const job = store.jobs.get(jobId);
    if (!job || job.state !== 'running' || !orphaned(store, job)) return false;
    const kind = kinds.get(job.kind);
    if (!kind || !store.jobs.claim(job.id, job.owner, OWNER)) return false;
    launch(store, { ...job, owner: OWNER }, kind);
    return cancel(jobId);
  }

  host.onOpen((store) => {
    void resumePending(store).catch((error: unknown) => logger.error('hygie: interrupted jobs could not resume', error));
  });

  return {
    start(store, kindName, params, items) {
      const kind = kinds.get(kindName);
      if (!kind) throw new Error(`unknown job kind: ${kindName}`);
      const running = store.jobs.running(kindName)[0];
      if (running) {
        if (orphaned(store, running) && store.jobs.claim(running.id, running.owner, OWNER)) {
          launch(store, { ...running, owner: OWNER }, kind);
        }
        throw new HygieError('job-already-running', { jobId: running.id, kind: kindName });
      }
      const job = store.transaction(() => {
        const created = store.jobs.create({ id: randomUUID(), kind: kindName, params, owner: OWNER }, items);
        store.audit.append('job.start', created.id, { kind: kindName, items: items.length });
        return created;
      });
      launch(store, job, kind);
      return job;
    },

    cancel,

    active() {
      return [...live.values()].map((entry) => ({ ...entry.snapshot, counts: { ...entry.snapshot.counts } }));
    },

    resumePending,

    async finished(jobId) {
      const entry = live.get(jobId);
      if (entry) return entry.end;
      const job = await host.use((store) => store.jobs.get(jobId));
      if (!job) throw new HygieError('job-not-found', { jobId });
      return job.state === 'running' ? 'interrupted' : job.state;
    },

    async close() {
      const entries = [...live.values()];
      for (const entry of entries) {
        entry.interrupted = true;
        entry.controller.abort();
      }
      await Promise.all(entries.map((entry) => entry.end));
      for (const entry of entries) {
        if (entry.store.db.open) entry.store.jobs.release(entry.snapshot.jobId, OWNER);
      }
    },
  };
}
