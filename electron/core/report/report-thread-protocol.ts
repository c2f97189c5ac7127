import type { ReportStage } from '../model/report-progress.ts';
import type { PolicyId } from '../model/schemas/practice.ts';
import type { CsvDelimiter } from '../roster/csv-delimiter.ts';
import type { ReportInput, ReportInputPerson } from './report-input.ts';
import type { WrittenReportFile } from './write-report-files.ts';

// What report-thread.ts (the main process) and report-worker.ts (the report's own process) say to
// each other. Every message is a structured clone (Node's `serialization: 'advanced'`, Electron's
// utility process), so the files' bytes cross as Uint8Arrays.

export type ReportFormat = WrittenReportFile['format'];

/** What the report process is asked to make, sent first. */
export interface ReportWorkerData {
  formats: ReportFormat[];
  csvDelimiter: CsvDelimiter | null;
}

/** Main → process: what to make, the input without its people, the people in slices, then "that is all". */
export type ReportWorkerMessage =
  | { type: 'start'; data: ReportWorkerData }
  | { type: 'rest'; rest: Omit<ReportInput, 'people'> }
  | { type: 'people'; people: ReportInputPerson[] }
  | { type: 'end' };

export type { ReportStage } from '../model/report-progress.ts';

/** What the main process keeps of a built report: enough to record it and say what it holds. */
export interface ReportSummary {
  reportId: string;
  generatedAt: string;
  policy: PolicyId;
  anonymised: boolean;
  score: number | null;
  people: number;
  findings: number;
}

/**
 * Process → main: 'ready' once it listens; then progress; each file's bytes in parts of at most
 * FILE_PART_BYTES (so that no single message holds the main process long); then 'done'.
 */
export type ReportWorkerReply =
  | { type: 'ready' }
  | { type: 'progress'; stage: ReportStage; fraction: number }
  | { type: 'file-part'; format: ReportFormat; bytes: Uint8Array }
  | { type: 'done'; summary: ReportSummary; jsonSha256: string; formats: ReportFormat[] }
  | { type: 'failed'; name: string; message: string; stack: string | null };

/** The largest part of a file one message carries. */
export const FILE_PART_BYTES = 1 << 20;
