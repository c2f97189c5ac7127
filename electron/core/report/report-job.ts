import { mkdirSync, rmSync } from 'node:fs';
import type { JobKind, JobWorker } from '../jobs/job-kind.ts';
import { HygieError } from '../model/hygie-error.ts';
import { REPORT_JOB_KIND } from '../model/job-kinds.ts';
import { REPORT_PROGRESS_TOTAL, reportProgressUnits } from '../model/report-progress.ts';
import { REPORT_FILE_FORMATS, type ReportLanguage } from '../model/schemas/report.ts';
import type { ReportSigners } from './report-input.ts';
import type { CsvDelimiter } from '../roster/csv-delimiter.ts';
import type { NewJobItem } from '../store/job-repository.ts';
import { generateReport } from './generate-report.ts';
import type { ReportProcessLauncher } from './report-process.ts';
import { reportFolder, reportTargets } from './report-location.ts';
import { isFileSystemError, placeReportFiles } from './write-report-files.ts';

// The Reports page's report is a job (docs/architecture.md, "Long work is a job"): one item, the
// report, built and rendered in a process of its own (report-thread.ts) while the job's progress (per
// mille, model/report-progress.ts) moves with it and Cancel kills that process. Its files go into the
// report's own folder under the data folder's reports/, removed whole if the write fails. A report
// a crash interrupted is generated again when the job resumes (same id, same date).

/** What the job row records: no secret, only what the report is made with. */
export interface ReportJobParams {
  reportId: string;
  language: ReportLanguage;
  anonymise: boolean;
  /** When it was asked for (ISO): the folder's and the files' date. */
  at: string;
  hygieVersion: string;
  hibpKeySet: boolean;
  csvDelimiter: CsvDelimiter;
  /** The names typed on the Reports page and the next review (issue 18). */
  signers?: ReportSigners;
}

/** The one item of a report's job. */
export function reportJobItems(params: ReportJobParams): NewJobItem[] {
  return [{ key: params.reportId, label: params.reportId }];
}

/** Why a report's job failed, kept for the call that waits for it (reports.generate), by report id. */
const failures = new Map<string, unknown>();

/** The error that ended the report's job, once (then forgotten). */
export function takeReportFailure(reportId: string): unknown {
  const failure = failures.get(reportId);
  failures.delete(reportId);
  return failure;
}

/** The report's own folder gone, if it can be: where none could be made, the write's own error says why. */
function removeFolder(folder: string): void {
  try {
    rmSync(folder, { recursive: true, force: true });
  } catch {
    // Nothing to remove (a file stands where the folders go): the write then fails and says so.
  }
}

/** `launch`: how the report's own process starts (the desktop app's utility process); default a Node child process. */
export function reportJob(launch?: ReportProcessLauncher): JobKind {
  return {
    kind: REPORT_JOB_KIND,
    async openWorker(store, rawParams, _signal, progressed): Promise<JobWorker> {
      const params = rawParams as ReportJobParams;
      const at = new Date(params.at);
      const folder = reportFolder(store.dataDir, params.reportId, at);
      let units = 0;
      let sent = -1;
      return {
        async process(_item, signal) {
          try {
            // A run a crash interrupted may have left part of this report's own folder.
            removeFolder(folder);
            await generateReport(
              store,
              {
                language: params.language,
                anonymise: params.anonymise,
                now: at,
                hygieVersion: params.hygieVersion,
                hibpKeySet: params.hibpKeySet,
                reportId: params.reportId,
                signers: params.signers ?? {},
                formats: REPORT_FILE_FORMATS,
                csvDelimiter: params.csvDelimiter,
                signal,
                ...(launch ? { launch } : {}),
                onProgress: ({ stage, fraction }) => {
                  units = reportProgressUnits(stage, fraction);
                  // One event per percent at most: enough for a bar, few IPC messages.
                  if (Math.floor(units / 10) === Math.floor(sent / 10)) return;
                  sent = units;
                  progressed();
                },
              },
              async (rendered) => {
                try {
                  mkdirSync(folder, { recursive: true, mode: 0o700 });
                  return await placeReportFiles(rendered, reportTargets(folder, params.language, at));
                } catch (error) {
                  // The folder is this report's own: leave no partial set of files behind.
                  removeFolder(folder);
                  if (isFileSystemError(error)) throw new HygieError('report-write-failed', { folder, reason: error.code ?? error.syscall ?? 'io' }, { cause: error });
                  throw error;
                }
              },
            );
          } catch (error) {
            if (!signal.aborted) failures.set(params.reportId, error);
            throw error;
          }
          units = REPORT_PROGRESS_TOTAL;
          return { tally: 'written' };
        },
        units: () => ({ done: units, total: REPORT_PROGRESS_TOTAL }),
      };
    },
  };
}
