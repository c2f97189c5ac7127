import type { ReportStage } from '../model/report-progress.ts';
import type { PolicyId } from '../model/schemas/practice.ts';
import type { CsvDelimiter } from '../roster/csv-delimiter.ts';
import type { ReportInput, ReportInputPerson } from './report-input.ts';
import type { WrittenReportFile } from './write-report-files.ts';

// What report-thread.ts (the main thread) and report-worker.ts (the worker) say to each other.

export type ReportFormat = WrittenReportFile['format'];

/** Given when the worker starts. */
export interface ReportWorkerData {
  formats: ReportFormat[];
  csvDelimiter: CsvDelimiter | null;
}

/** Main → worker: the input without its people, the people in slices, then "that is all". */
export type ReportWorkerMessage =
  | { type: 'rest'; rest: Omit<ReportInput, 'people'> }
  | { type: 'people'; people: ReportInputPerson[] }
  | { type: 'end' };

export type { ReportStage } from '../model/report-progress.ts';

/** What the main thread keeps of a built report: enough to record it and say what it holds. */
export interface ReportSummary {
  reportId: string;
  generatedAt: string;
  policy: PolicyId;
  anonymised: boolean;
  score: number | null;
  people: number;
  findings: number;
}

/** Worker → main. */
export type ReportWorkerReply =
  | { type: 'progress'; stage: ReportStage; fraction: number }
  | { type: 'done'; summary: ReportSummary; jsonSha256: string; contents: { format: ReportFormat; bytes: Uint8Array }[] }
  | { type: 'failed'; name: string; message: string; stack: string | null };
