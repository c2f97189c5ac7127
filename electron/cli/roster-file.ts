import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { HygieError } from '../core/api/hygie-error.ts';
import { MAX_IMPORT_BYTES, type RosterPreview, type RowIssue } from '../core/api/schemas/roster-import.ts';
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

function readRosterBytes(path: string): Uint8Array {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') {
      throw new CliProblem((texts) => texts.config.rosterMissing(path), { cause: error });
    }
    throw new CliProblem((texts) => texts.config.rosterUnreadable(path), { cause: error });
  }
  if (size > MAX_IMPORT_BYTES) throw new HygieError('import-too-large');
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CliProblem((texts) => texts.config.rosterUnreadable(path), { cause: error });
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
