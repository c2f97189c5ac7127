import { randomBytes } from 'node:crypto';
import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Report } from '../model/schemas/report.ts';
import type { CsvDelimiter } from '../roster/csv-delimiter.ts';
import { reportCsv } from './report-csv.ts';
import { reportJsonBytes, sha256Hex } from './report-json.ts';
import { renderReportPdf } from './report-pdf.ts';

// Writes a report's files. The JSON bytes come first: the PDF prints their hash, so it is computed
// even when no JSON file is asked for. Every file is rendered, then written beside its final name
// as a temporary file, and only once all are written are they renamed into place: the PDF and
// the CSV first, the JSON last. A rename that fails (a PDF or CSV open in a viewer or Excel is
// locked on Windows) therefore stops before the JSON is replaced, and the files already put in
// place are put back as they were: a file a new one replaced was first moved aside and is moved
// back, a file that did not exist is removed. So a printed PDF always matches the JSON beside it.
//
// What renames cannot promise: a crash or power cut between two renames leaves the set mixed
// (with `.tmp-`/`.old-` files beside it), and if putting an old file back fails in turn (it was
// locked in the meantime) the new file stays and the old one is kept beside it as `<name>.old-…`.

export interface ReportFileTargets {
  pdf?: string;
  /** The one-page summary: the PDF's first page alone, with the same fingerprint. */
  summary?: string;
  json?: string;
  csv?: string;
}

export interface ReportFileOptions {
  /** The CSV's separator: the computer's region's (csvDelimiterFor). Needed when a CSV is written. */
  csvDelimiter?: CsvDelimiter;
  /** How far the full PDF is, 0 to 1, after each part of it is drawn (report-worker.ts passes it on). */
  onPdfProgress?: (fraction: number) => void;
}

export interface WrittenReportFile {
  format: 'pdf' | 'json' | 'csv' | 'summary';
  path: string;
  bytes: number;
}

export interface WrittenReportFiles {
  jsonSha256: string;
  files: WrittenReportFile[];
}

/** A failure of the file system (no room, no right, no folder…), as opposed to a bug. */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

interface Staged {
  format: WrittenReportFile['format'];
  path: string;
  bytes: number;
  temporary: string;
  /** Where the file this one replaces was moved, until every file is in place. */
  previous?: string;
  placed: boolean;
}

/** The order files are put in place: the JSON, which the PDF's hash names, last. */
const PLACING_ORDER: WrittenReportFile['format'][] = ['pdf', 'summary', 'csv', 'json'];

/** Whether something that is not a folder sits at `path` (a folder is never moved aside: the rename then fails). */
async function fileAt(path: string): Promise<boolean> {
  try {
    return !(await lstat(path)).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

async function place(file: Staged, suffix: string): Promise<void> {
  if (await fileAt(file.path)) {
    const previous = `${file.path}.old-${suffix}`;
    await rename(file.path, previous);
    file.previous = previous;
  }
  await rename(file.temporary, file.path);
  file.placed = true;
}

/** Puts back what was there before; best effort, the first failure is the one reported. */
async function undo(staged: Staged[]): Promise<void> {
  for (const file of [...staged].reverse()) {
    try {
      if (file.placed) {
        if (file.previous) await rename(file.previous, file.path);
        else await rm(file.path, { force: true });
      } else if (file.previous) {
        await rename(file.previous, file.path);
      }
    } catch {
      // Left as the header comment says: the new file in place, the old one beside it.
    }
    await rm(file.temporary, { force: true }).catch(() => undefined);
  }
}

/** A report's files rendered in memory, before any is written (report-worker.ts makes them off the main thread). */
export interface RenderedReportFiles {
  jsonSha256: string;
  contents: Partial<Record<WrittenReportFile['format'], Uint8Array>>;
}

/** Renders the files of the formats asked: the JSON's hash always (the PDF prints it). */
export async function renderReportFiles(
  report: Report,
  formats: readonly WrittenReportFile['format'][],
  options: ReportFileOptions = {},
): Promise<RenderedReportFiles> {
  const { csvDelimiter, onPdfProgress } = options;
  if (formats.includes('csv') && !csvDelimiter) throw new Error('writeReportFiles: a CSV needs the region\'s separator (options.csvDelimiter)');
  const json = reportJsonBytes(report);
  const jsonSha256 = sha256Hex(json);
  // Everything is rendered before anything is written: a PDF that fails to render leaves no
  // JSON behind claiming a report exists.
  const render: Record<WrittenReportFile['format'], () => Promise<Uint8Array>> = {
    json: async () => json,
    pdf: () => renderReportPdf(report, jsonSha256, onPdfProgress ? { onProgress: onPdfProgress } : {}),
    summary: () => renderReportPdf(report, jsonSha256, { summary: true }),
    csv: async () => Buffer.from(reportCsv(report, csvDelimiter ?? ','), 'utf8'),
  };
  const contents: RenderedReportFiles['contents'] = {};
  for (const format of PLACING_ORDER) if (formats.includes(format)) contents[format] = await render[format]();
  return { jsonSha256, contents };
}

/** Writes rendered files to their targets as the header says (temporary files, then renames, the JSON last). */
export async function placeReportFiles(rendered: RenderedReportFiles, targets: ReportFileTargets): Promise<WrittenReportFiles> {
  const files: { format: WrittenReportFile['format']; path: string; content: Uint8Array }[] = [];
  for (const format of PLACING_ORDER) {
    const path = targets[format];
    const content = rendered.contents[format];
    if (path && !content) throw new Error(`placeReportFiles: no ${format} was rendered for ${path}`);
    if (path && content) files.push({ format, path, content });
  }

  const suffix = randomBytes(6).toString('hex');
  const staged: Staged[] = [];
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      const temporary = `${file.path}.tmp-${suffix}`;
      await writeFile(temporary, file.content, { flag: 'wx' });
      staged.push({ format: file.format, path: file.path, bytes: file.content.byteLength, temporary, placed: false });
    }
    for (const file of staged) await place(file, suffix);
  } catch (error) {
    await undo(staged);
    throw error;
  }
  // Every file is in place: the ones they replaced are no longer needed.
  for (const file of staged) if (file.previous) await rm(file.previous, { force: true }).catch(() => undefined);
  return { jsonSha256: rendered.jsonSha256, files: staged.map(({ format, path, bytes }) => ({ format, path, bytes })) };
}

/** Renders then writes, in this thread (the CLI's audit PDF; the app's reports go through report-thread.ts). */
export async function writeReportFiles(report: Report, targets: ReportFileTargets, options: ReportFileOptions = {}): Promise<WrittenReportFiles> {
  const formats = PLACING_ORDER.filter((format) => targets[format]);
  return placeReportFiles(await renderReportFiles(report, formats, options), targets);
}
