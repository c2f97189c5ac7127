import { useEffect, useRef, useState } from 'react';
import type { JobEvent } from '../../../electron/core/model/job-event.ts';
import { BREACH_JOB_KIND } from '../../../electron/core/model/job-kinds.ts';
import type { JobSnapshot } from '../../../electron/core/model/schemas/jobs.ts';
import { onJobEvent } from '../../api/client.ts';

export type JobOutcome = Extract<JobEvent, { type: 'finished' }>['outcome'];
/** Why a failed job stopped (e.g. the database became unreadable), when the engine said. */
export type JobFailure = Extract<JobEvent, { type: 'finished' }>['error'];

export interface BreachJobHandlers {
  /** Something beyond one address changed (a check starts, or gets to work): read everything again. */
  onChanged: () => void;
  /** The check has just saved the answer for this mailbox account: show it at once. */
  onItemDone: (accountId: string) => void;
  onFinished: (outcome: JobOutcome, failure?: JobFailure) => void;
}

/**
 * The breach job as this page sees it: the snapshot the engine gave on load (a job that kept
 * running while the user was on another page), then its progress events. `onChanged` runs when a
 * job first shows and when it starts working (the service's mode is then known), `onItemDone`
 * each time an address finishes, with its account, `onFinished` once at the end.
 */
export function useBreachJob(initial: JobSnapshot | null | undefined, handlers: BreachJobHandlers): JobSnapshot | null {
  const [job, setJobState] = useState<JobSnapshot | null>(null);
  const jobRef = useRef<JobSnapshot | null>(null);
  const setJob = (next: JobSnapshot | null) => {
    jobRef.current = next;
    setJobState(next);
  };
  const finishedIds = useRef(new Set<string>());
  const latest = useRef(handlers);
  latest.current = handlers;

  // A snapshot from a reload is newer than nothing, never newer than a live event of the same job.
  useEffect(() => {
    if (initial === undefined) return;
    const current = jobRef.current;
    // A reload that started before the job ended must not bring back a finished job.
    if (initial && finishedIds.current.has(initial.jobId)) return;
    // Only a finished event ends a job on screen: a reload asked before it started says nothing of it.
    if (initial === null && current) return;
    // Nor may it take a job back: fewer items done, or getting ready again once at work.
    if (current && initial && current.jobId === initial.jobId && (current.done > initial.done || (current.stage === 'working' && initial.stage === 'preparing'))) return;
    setJob(initial);
  }, [initial]);

  useEffect(() => {
    let stop: (() => void) | undefined;
    try {
      stop = onJobEvent((event) => {
        if (event.kind !== BREACH_JOB_KIND) return;
        if (event.type === 'finished') {
          finishedIds.current.add(event.jobId);
          setJob(null);
          latest.current.onFinished(event.outcome, event.error);
          return;
        }
        const current = jobRef.current;
        const next: JobSnapshot = {
          jobId: event.jobId,
          kind: event.kind,
          startedAt: current?.jobId === event.jobId ? current.startedAt : new Date().toISOString(),
          done: event.done,
          total: event.total,
          counts: event.counts ?? {},
          stage: event.stage ?? 'working',
          ...(event.currentItem !== undefined ? { currentItem: event.currentItem } : {}),
          ...(event.etaSeconds !== undefined ? { etaSeconds: event.etaSeconds } : {}),
        };
        setJob(next);
        if (!current || current.jobId !== event.jobId) {
          latest.current.onChanged();
          return;
        }
        if (current.stage === 'preparing' && next.stage === 'working') latest.current.onChanged();
        if (event.finishedItem) latest.current.onItemDone(event.finishedItem.key);
      });
    } catch {
      // No bridge: the page's own load shows the failure.
    }
    return () => stop?.();
  }, []);

  return job;
}
