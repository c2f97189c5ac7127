import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { HygieError } from '../core/model/hygie-error.ts';
import { MAX_IMPORT_BYTES, type RosterPreview, type RowIssue } from '../core/model/schemas/roster-import.ts';
import { previewRoster } from '../core/roster/preview.ts';
import { CliProblem } from './cli-problem.ts';

// The roster the audit checks, read by the app's own importer (previewRoster): same encodings,
// delimiters, headers and row checks. Rows the app would refuse are skipped and reported with
// their line and reasons; every e-mail of every good row is checked once.

export interface RosterAddress {
  /** "First Last" as the roster writes it. */
  name: string;
  email: string;
  line: number;
}

export interface RosterToAudit {
  fileName: string;
  addresses: RosterAddress[];
  people: number;
  skipped: { line: number; issues: RowIssue[] }[];
  warnings: ('replacement-characters' | 'malformed-quotes')[];
}

/**
 * Only a regular file is a roster: a device (/dev/zero never ends and reports a size of 0), a FIFO
 * (opening it for reading waits for a writer) or a folder is refused. The file is opened without
 * blocking and checked on the open handle, so it cannot be swapped between the check and the read;
 * it is read up to the app's import cap whatever size it reports (/proc files report 0).
 */
function readRosterBytes(path: string): Uint8Array {
  let handle: number;
  try {
    // O_NONBLOCK: a FIFO opens at once instead of waiting for a writer (no such flag on Windows).
    handle = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliProblem((texts) => texts.config.rosterMissing(path), { cause: error });
    if (code === 'EISDIR') throw new CliProblem((texts) => texts.config.rosterNotAFile(path), { cause: error });
    throw new CliProblem((texts) => texts.config.rosterUnreadable(path), { cause: error });
  }
  try {
    if (!fstatSync(handle).isFile()) throw new CliProblem((texts) => texts.config.rosterNotAFile(path));
    return readAtMost(handle, MAX_IMPORT_BYTES);
  } catch (error) {
    if (error instanceof CliProblem || error instanceof HygieError) throw error;
    throw new CliProblem((texts) => texts.config.rosterUnreadable(path), { cause: error });
  } finally {
    closeSync(handle);
  }
}

/** The whole file, or HygieError('import-too-large') as soon as it holds more than `limit` bytes. */
function readAtMost(handle: number, limit: number): Uint8Array {
  const buffer = Buffer.alloc(limit + 1);
  let length = 0;
  for (;;) {
    const read = readSync(handle, buffer, length, buffer.length - length, null);
    if (read === 0) return buffer.subarray(0, length);
    length += read;
    if (length > limit) throw new HygieError('import-too-large');
  }
}

export function readRoster(path: string): RosterToAudit {
  const bytes = readRosterBytes(path);
  const fileName = basename(path);
  // Nobody is on "the list" yet from the CLI's point of view: only duplicates within the file count.
  const preview: RosterPreview = previewRoster(bytes, { fileName, existing: new Map() });
  if (preview.mapping.email === null) {
    const headers = preview.headers.join(', ');
    throw new CliProblem((texts) => texts.config.rosterNoEmailColumn(headers));
  }
  const addresses: RosterAddress[] = [];
  let people = 0;
  for (const row of preview.rows) {
    if (row.status !== 'ready') continue;
    people += 1;
    const name = `${row.person.firstName} ${row.person.lastName}`.trim();
    for (const email of row.person.emails) addresses.push({ name, email, line: row.line });
  }
  return {
    fileName,
    addresses,
    people,
    skipped: preview.rows.filter((row) => row.status === 'error').map((row) => ({ line: row.line, issues: row.issues })),
    warnings: preview.fileIssues.filter(
      (issue): issue is 'replacement-characters' | 'malformed-quotes' => issue === 'replacement-characters' || issue === 'malformed-quotes',
    ),
  };
}
