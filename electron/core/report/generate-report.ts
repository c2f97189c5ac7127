import type { Store } from '../store/store.ts';
import type { StoreReportOptions } from './report-from-store.ts';
import type { ReportSummary } from './report-thread-protocol.ts';
import { renderReportOffThread, type ReportProgress } from './report-thread.ts';
import type { ReportProcessLauncher } from './report-process.ts';
import type { ReportFileFormat } from '../model/schemas/report.ts';
import type { CsvDelimiter } from '../roster/csv-delimiter.ts';
import type { RenderedReportFiles, WrittenReportFiles } from './write-report-files.ts';

// A report generated from the store, the same way for the app's Reports page and `hygie report`:
// built with today's score recorded in the history and rendered in a process of its own
// (report-thread.ts), written, then recorded in the store's list of reports (which appends
// report.generate to the audit log). Where and how the files are written, and how a failed write
// is explained, is the caller's: `write` receives the rendered files and the store records
// nothing if it throws. A cancel (the signal) before the files are written writes nothing.

/** As for buildReportFromStore; the author is the store's actor and today's score is always recorded. */
export type GenerateReportOptions = Omit<StoreReportOptions, 'generatedBy' | 'recordScore'> & {
  /** The files to render (the JSON's hash is always computed: the PDF prints it). */
  formats: readonly ReportFileFormat[];
  csvDelimiter?: CsvDelimiter;
  signal?: AbortSignal;
  onProgress?: (progress: ReportProgress) => void;
  /** How the report's own process starts: the desktop app's utility process; default a Node child process. */
  launch?: ReportProcessLauncher;
};

export async function generateReport(
  store: Store,
  options: GenerateReportOptions,
  write: (rendered: RenderedReportFiles) => Promise<WrittenReportFiles>,
): Promise<{ report: ReportSummary; written: WrittenReportFiles }> {
  const { summary, rendered } = await renderReportOffThread(store, { ...options, generatedBy: store.actor, recordScore: true });
  options.signal?.throwIfAborted();
  options.onProgress?.({ stage: 'writing', fraction: 0 });
  const written = await write(rendered);
  store.reports.record({
    id: summary.reportId,
    generatedAt: summary.generatedAt,
    generatedBy: store.actor,
    language: options.language,
    policy: summary.policy,
    anonymised: summary.anonymised,
    score: summary.score,
    jsonSha256: written.jsonSha256,
    files: written.files,
  });
  return { report: summary, written };
}
