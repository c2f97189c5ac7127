import { useEffect, useRef, useState } from 'react';
import { REPORT_JOB_KIND } from '../../../electron/core/model/job-kinds.ts';
import { REPORT_PROGRESS_TOTAL } from '../../../electron/core/model/report-progress.ts';
import { api, onJobEvent } from '../../api/client.ts';

/** The report being generated: its job, and how far it is (per mille). */
export interface ReportJobProgress {
  jobId: string;
  units: number;
}

/**
 * The report's job as the Reports page follows it (core/report/report-job.ts): its progress from
 * the job events while reports.generate waits, and Cancel through jobs.cancel. A report still
 * being made when the page opens again (the user went elsewhere meanwhile) is picked up.
 */
export function useReportJob() {
  const [progress, setProgress] = useState<ReportJobProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const current = useRef<ReportJobProgress | null>(null);

  useEffect(() => {
    let live = true;
    const show = (next: ReportJobProgress | null) => {
      if (!live) return;
      current.current = next;
      setProgress(next);
      if (next === null) setCancelling(false);
    };
    let stop: (() => void) | undefined;
    try {
      stop = onJobEvent((event) => {
        if (event.kind !== REPORT_JOB_KIND) return;
        if (event.type === 'finished') show(null);
        else show({ jobId: event.jobId, units: event.units?.done ?? 0 });
      });
    } catch {
      // No bridge: generating shows the failure.
    }
    void api.jobs
      .active()
      .then((jobs) => {
        const running = jobs.find((job) => job.kind === REPORT_JOB_KIND);
        if (running && !current.current) show({ jobId: running.jobId, units: 0 });
      })
      .catch(() => {});
    return () => {
      live = false;
      stop?.();
    };
  }, []);

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

  return { progress, total: REPORT_PROGRESS_TOTAL, cancelling, cancel };
}
