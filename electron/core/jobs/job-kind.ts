import type { Store } from '../store/store.ts';

// What a kind of long work (e.g. "check every staff e-mail for breaches") gives the job runner.
// The runner owns ids, persistence, events, cancel and resume; a kind only knows how to process
// one item and what to save for it.

export interface JobItem {
  position: number;
  /** Stable key of the item within its job (e.g. an account id). */
  key: string;
  /** What the progress bar shows while the item runs (e.g. "Marie Curie — marie@cabinet.fr"). */
  label: string;
}

export interface ItemResult {
  /** Which count this item adds to (e.g. 'breached', 'clean', 'not-checked'); shown in progress events. */
  tally: string;
  /** 'cancelled' when the item ended because the user cancelled; default 'done'. */
  state?: 'done' | 'cancelled';
  /** Writes the item's results; run in the same transaction that marks the item finished. */
  save?: (store: Store) => void;
}

export interface JobWorker {
  /** Must end promptly once `signal` aborts (its result is then saved only if the user cancelled). */
  process(item: JobItem, signal: AbortSignal): Promise<ItemResult>;
  /** Seconds the `remaining` items need, when the worker knows better than the observed rate (a rate limit). */
  estimateSeconds?(remaining: number): number | null;
  /** Finer progress than items when an item is a batch (e.g. lines of a file): shown beside done / total. */
  units?(): { done: number; total: number };
  close?(): Promise<void>;
}

export interface JobKind {
  readonly kind: string;
  /** Items worked on at once (default 1). */
  readonly concurrency?: number;
  /**
   * Builds the worker: when a job starts, and again when an interrupted one resumes. `progressed`
   * sends a progress event now, for a worker whose units move within one long item (the report).
   */
  openWorker(store: Store, params: unknown, signal: AbortSignal, progressed: () => void): Promise<JobWorker>;
  /** An item the user's cancel left unfinished: what to record for it (default: nothing, tally 'cancelled'). */
  cancelled?(store: Store, item: JobItem, params: unknown, at: Date): ItemResult;
}
