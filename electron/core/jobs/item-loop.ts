import type { JobSnapshot } from '../model/schemas/jobs.ts';
import type { JobItemRecord } from '../store/job-repository.ts';
import type { Store } from '../store/store.ts';
import { estimateEta } from './eta.ts';
import type { ItemResult, JobItem, JobKind, JobWorker } from './job-kind.ts';

// One run of a job, from its worker's opening to its end (the live jobs themselves — start,
// cancel, resume, events — are job-runner.ts's). Items are taken `concurrency` at a time; each
// finished item is marked in the same transaction as its results, so a crash loses at most the
// items under way. A cancel records the untouched items as the kind says. If the store closes
// under the job (the app quits), nothing more is written and the job stays 'running' there.

/** What a run shares with the live job it belongs to. */
export interface ItemRun {
  readonly store: Store;
  readonly params: unknown;
  readonly controller: AbortController;
  /** Kept current by the run: stage, done, counts, the item under way, the ETA. */
  readonly snapshot: JobSnapshot;
  /** The user asked to stop: what is left is recorded as cancelled. */
  cancelRequested: boolean;
  /** Stop without writing anything more (the app quits, the store closed under the job). */
  interrupted: boolean;
  /** The worker's finer progress (JobWorker.units), once it is open. */
  units?: () => { done: number; total: number };
}

/** The item a progress event reports as just finished, so a page can refresh that one alone. */
export interface FinishedItem {
  key: string;
  state: 'done' | 'cancelled';
  tally: string;
}

export type RunEnd = { end: 'completed' | 'cancelled' | 'interrupted' } | { end: 'failed'; error: unknown };

export interface ItemLoopOptions {
  /** Milliseconds, for the observed-rate ETA. */
  now: () => number;
  /** The snapshot changed; `finished` names the item whose result has just been saved. */
  progress(finished?: FinishedItem): void;
  logger: { error(message: string, error?: unknown): void };
}

/** What the kind records for an item the user's cancel left unfinished. */
function cancelledResult(run: ItemRun, kind: JobKind, item: JobItem, at: Date): ItemResult {
  return kind.cancelled?.(run.store, item, run.params, at) ?? { tally: 'cancelled', state: 'cancelled' };
}

function count(snapshot: JobSnapshot, tally: string): void {
  snapshot.counts[tally] = (snapshot.counts[tally] ?? 0) + 1;
}

/**
 * Runs the `pending` items of a job through a worker of `kind`. Throws only when the worker
 * cannot be opened (and the user did not cancel): the caller records that failure.
 */
export async function runItems(run: ItemRun, kind: JobKind, pending: readonly JobItemRecord[], options: ItemLoopOptions): Promise<RunEnd> {
  const { store, controller, snapshot } = run;
  const jobId = snapshot.jobId;
  options.progress();
  let worker: JobWorker | undefined;
  try {
    worker = await kind.openWorker(store, run.params, controller.signal, () => options.progress());
  } catch (error) {
    if (run.interrupted || !store.db.open) return { end: 'interrupted' };
    if (!run.cancelRequested) throw error;
  }
  snapshot.stage = 'working';
  if (worker?.units) run.units = worker.units.bind(worker);
  const queue: JobItem[] = pending.map((item) => ({ position: item.position, key: item.key, label: item.label }));
  const startedAt = options.now();
  let doneThisRun = 0;
  let failure: unknown;

  /** false: the store is gone (the app quits), nothing was written. */
  const persist = (item: JobItem, result: ItemResult): boolean => {
    if (run.interrupted || !store.db.open) return false;
    try {
      store.transaction(() => {
        result.save?.(store);
        store.jobs.finishItem(jobId, item.position, result.state ?? 'done', result.tally);
      });
    } catch (error) {
      if (!store.db.open) return false;
      throw error;
    }
    return true;
  };

  const finished = (open: JobWorker, item: JobItem, result: ItemResult): void => {
    snapshot.done += 1;
    doneThisRun += 1;
    count(snapshot, result.tally);
    const remaining = snapshot.total - snapshot.done;
    const eta = estimateEta({ remaining, doneThisRun, elapsedMs: options.now() - startedAt, workerSeconds: open.estimateSeconds?.(remaining) });
    if (eta === undefined) delete snapshot.etaSeconds;
    else snapshot.etaSeconds = eta;
    options.progress({ key: item.key, state: result.state ?? 'done', tally: result.tally });
  };

  const loop = async (open: JobWorker): Promise<void> => {
    while (queue.length > 0 && !controller.signal.aborted && failure === undefined) {
      const item = queue.shift()!;
      snapshot.currentItem = item.label;
      options.progress();
      let result: ItemResult;
      try {
        result = await open.process(item, controller.signal);
      } catch (error) {
        if (!controller.signal.aborted) {
          failure = error;
          return;
        }
        result = cancelledResult(run, kind, item, new Date());
      }
      let persisted: boolean;
      try {
        persisted = persist(item, result);
      } catch (error) {
        // The store refused this item (locked, corrupt, full): stop every worker loop here,
        // before more work is done that could not be kept. Items already written stay.
        failure ??= error;
        return;
      }
      if (!persisted) {
        run.interrupted = true;
        controller.abort();
        return;
      }
      finished(open, item, result);
    }
  };

  try {
    if (worker) {
      const open = worker;
      const etaAtStart = open.estimateSeconds?.(queue.length);
      if (typeof etaAtStart === 'number') snapshot.etaSeconds = etaAtStart;
      await Promise.all(Array.from({ length: Math.max(1, kind.concurrency ?? 1) }, () => loop(open)));
    }
  } finally {
    await worker?.close?.().catch((error: unknown) => options.logger.error('hygie: a job worker did not close cleanly', error));
  }
  delete snapshot.currentItem;

  if (run.interrupted || !store.db.open) return { end: 'interrupted' };
  if (failure !== undefined) return { end: 'failed', error: failure };
  if (run.cancelRequested) {
    const at = new Date();
    store.transaction(() => {
      for (const item of queue) {
        const result = cancelledResult(run, kind, item, at);
        result.save?.(store);
        store.jobs.finishItem(jobId, item.position, 'cancelled', result.tally);
        count(snapshot, result.tally);
      }
      store.jobs.finish(jobId, 'cancelled');
    });
    return { end: 'cancelled' };
  }
  store.jobs.finish(jobId, 'completed');
  return { end: 'completed' };
}
