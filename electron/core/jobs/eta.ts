// Seconds left for a job: the worker's own estimate (a rate limit it knows) or the rate observed
// since this run started, whichever is longer; nothing until there is something to go on.

export function estimateEta(options: {
  remaining: number;
  doneThisRun: number;
  elapsedMs: number;
  workerSeconds: number | null | undefined;
}): number | undefined {
  const { remaining, doneThisRun, elapsedMs, workerSeconds } = options;
  if (remaining <= 0) return 0;
  const observed = doneThisRun > 0 ? Math.ceil(((elapsedMs / doneThisRun) * remaining) / 1000) : undefined;
  const fromWorker = typeof workerSeconds === 'number' && Number.isFinite(workerSeconds) && workerSeconds >= 0 ? workerSeconds : undefined;
  if (observed === undefined) return fromWorker;
  if (fromWorker === undefined) return observed;
  return Math.max(observed, fromWorker);
}
