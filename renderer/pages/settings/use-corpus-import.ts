import { useEffect, useRef, useState } from 'react';
import type { JobEvent } from '../../../electron/core/model/job-event.ts';
import { CORPUS_IMPORT_JOB_KIND } from '../../../electron/core/model/job-kinds.ts';
import type { CorpusImportInput, CorpusImportResult } from '../../../electron/core/model/schemas/corpora.ts';
import { api, onJobEvent } from '../../api/client.ts';
import { toFailureText, type FailureText } from '../../api/failure-text.ts';

/** An import under way: lines read out of the file's lines, and the time left when known. */
export interface CorpusImportProgress {
  jobId: string;
  done: number;
  total: number;
  etaSeconds?: number;
}

export type CorpusImportEnd =
  | { outcome: 'completed'; result: CorpusImportResult }
  | { outcome: 'cancelled' }
  | { outcome: 'failed'; failure: FailureText };

function progressOf(event: Extract<JobEvent, { type: 'progress' }>): CorpusImportProgress {
  // Lines when the engine gives them; chunks of the file otherwise (the first event).
  const { done, total } = event.units ?? { done: event.done, total: event.total };
  return { jobId: event.jobId, done, total, ...(event.etaSeconds !== undefined ? { etaSeconds: event.etaSeconds } : {}) };
}

/**
 * The corpus import job as the form sees it: `start` checks the file and starts the job (a
 * refusal — bad date, taken name, ambiguous column — is thrown at once), then progress events,
 * then `onEnd` once with the summary, the cancel or the failure. An import still running when
 * the page opens (the user went elsewhere meanwhile) is picked up.
 */
export function useCorpusImport(onEnd: (end: CorpusImportEnd) => void) {
  const [progress, setProgressState] = useState<CorpusImportProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const current = useRef<CorpusImportProgress | null>(null);
  const ended = useRef(new Set<string>());
  const latestOnEnd = useRef(onEnd);
  latestOnEnd.current = onEnd;

  const setProgress = (next: CorpusImportProgress | null) => {
    current.current = next;
    setProgressState(next);
  };

  useEffect(() => {
    let stop: (() => void) | undefined;
    let live = true;
    const finish = async (event: Extract<JobEvent, { type: 'finished' }>) => {
      ended.current.add(event.jobId);
      let end: CorpusImportEnd;
      if (event.outcome === 'completed') {
        try {
          end = { outcome: 'completed', result: await api.corpora.importResult({ jobId: event.jobId }) };
        } catch (error) {
          end = { outcome: 'failed', failure: toFailureText(error) };
        }
      } else if (event.outcome === 'cancelled') {
        end = { outcome: 'cancelled' };
      } else {
        end = { outcome: 'failed', failure: event.error ?? toFailureText(new Error('job failed without a reason')) };
      }
      if (!live) return;
      setProgress(null);
      setCancelling(false);
      latestOnEnd.current(end);
    };
    try {
      stop = onJobEvent((event) => {
        if (event.kind !== CORPUS_IMPORT_JOB_KIND || ended.current.has(event.jobId)) return;
        if (event.type === 'finished') void finish(event);
        else setProgress(progressOf(event));
      });
    } catch {
      // No bridge: starting an import shows the failure.
    }
    void api.jobs
      .active()
      .then((jobs) => {
        const running = jobs.find((job) => job.kind === CORPUS_IMPORT_JOB_KIND);
        if (live && running && !current.current && !ended.current.has(running.jobId)) {
          setProgress({ jobId: running.jobId, done: running.done, total: running.total });
        }
      })
      .catch(() => {});
    return () => {
      live = false;
      stop?.();
    };
  }, []);

  const start = async (input: CorpusImportInput) => {
    const started = await api.corpora.import(input);
    // The first progress event may already have come; never go back to zero over it.
    if (current.current?.jobId !== started.jobId && !ended.current.has(started.jobId)) {
      setProgress({ jobId: started.jobId, done: 0, total: started.lines });
    }
  };

  const cancel = async () => {
    const jobId = current.current?.jobId;
    if (!jobId) return;
    setCancelling(true);
    try {
      await api.jobs.cancel({ jobId });
    } catch {
      setCancelling(false);
    }
  };

  return { progress, cancelling, start, cancel };
}
