import type { JobEvent } from '../../electron/core/model/job-event.ts';
import type { CorpusImportInput, CorpusImportResult, CorpusImportStarted } from '../../electron/core/model/schemas/corpora.ts';
import type { Core } from './core.ts';

// A corpus import as the window runs it: start the job, follow its events, read the summary.

export interface ImportRun {
  started: CorpusImportStarted;
  events: JobEvent[];
  finished: Extract<JobEvent, { type: 'finished' }>;
}

/** Starts an import and waits for its job to end; a refusal at start throws as the call does. */
export async function runCorpusImport(core: Core, input: CorpusImportInput, whileRunning?: (started: CorpusImportStarted, events: JobEvent[]) => Promise<void> | void): Promise<ImportRun> {
  const events: JobEvent[] = [];
  const stop = core.router.onJobEvent((event) => {
    if (event.kind === 'corpus-import') events.push(event);
  });
  try {
    const started = await core.call<CorpusImportStarted>('corpora.import', input);
    await whileRunning?.(started, events);
    await core.jobs.finished(started.jobId);
    const finished = events.find((event): event is ImportRun['finished'] => event.type === 'finished' && event.jobId === started.jobId);
    if (!finished) throw new Error('the import job ended without a finished event');
    return { started, events: events.filter((event) => event.jobId === started.jobId), finished };
  } finally {
    stop();
  }
}

/** Imports and returns the summary; a failed job throws with its error code, as a refused call does. */
export async function importCorpus(core: Core, input: CorpusImportInput): Promise<CorpusImportResult> {
  const { started, finished } = await runCorpusImport(core, input);
  if (finished.outcome !== 'completed') {
    throw Object.assign(new Error(finished.error?.code ?? finished.outcome), { code: finished.error?.code ?? finished.outcome, details: finished.error?.details });
  }
  return core.call<CorpusImportResult>('corpora.importResult', { jobId: started.jobId });
}
