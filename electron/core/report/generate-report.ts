import type { Report } from '../model/schemas/report.ts';
import type { Store } from '../store/store.ts';
import { buildReportFromStore, type StoreReportOptions } from './report-from-store.ts';
import type { WrittenReportFiles } from './write-report-files.ts';

// A report generated from the store, the same way for the app's Reports page and `hygie report`:
// built with today's score recorded in the history, written, then recorded in the store's list of
// reports (which appends report.generate to the audit log). Where and how the files are written,
// and how a failed write is explained, is the caller's: `write` receives the built report and the
// store records nothing if it throws.

/** As for buildReportFromStore; the author is the store's actor and today's score is always recorded. */
export type GenerateReportOptions = Omit<StoreReportOptions, 'generatedBy' | 'recordScore'>;

export async function generateReport(
  store: Store,
  options: GenerateReportOptions,
  write: (report: Report) => Promise<WrittenReportFiles>,
): Promise<{ report: Report; written: WrittenReportFiles }> {
  const report = buildReportFromStore(store, { ...options, generatedBy: store.actor, recordScore: true });
  const written = await write(report);
  store.reports.record({
    id: report.reportId,
    generatedAt: report.generatedAt,
    generatedBy: store.actor,
    language: options.language,
    policy: report.policy.id,
    anonymised: report.anonymised,
    score: report.score.value,
    jsonSha256: written.jsonSha256,
    files: written.files,
  });
  return { report, written };
}
