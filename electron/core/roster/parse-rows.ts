import Papa from 'papaparse';
import type { Delimiter } from '../model/schemas/roster-import.ts';

// Splits the decoded text into records, each with the physical line it starts on, as a text
// editor or spreadsheet counts them: a quoted cell holding a line break makes the record span
// two lines, and blank lines count. Those line numbers are what the preview shows the user.

export interface ParsedRecord {
  line: number;
  cells: string[];
}

/** CRLF, CR and LF each end one line: make them all LF, so one count fits files of any origin. */
function unifyLineEnds(text: string): string {
  return text.replace(/\r\n?/gu, '\n');
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}

export interface ParsedFile {
  records: ParsedRecord[];
  /** A quote opened and never properly closed: the rows after it may have been swallowed into one cell. */
  malformedQuotes: boolean;
}

/**
 * Streams every record, blank ones included, with the physical line it starts on (counted from
 * `firstLine`) and the offset where the next one starts. `text` has LF line ends. `preview`
 * stops after that many records (0: all). Shared by the roster import and the corpus reader, so
 * both count lines the same way.
 */
export function visitRecords(
  text: string,
  delimiter: string,
  visit: (record: ParsedRecord, cursor: number, malformedQuotes: boolean) => void,
  { firstLine = 1, preview = 0 }: { firstLine?: number; preview?: number } = {},
): void {
  let start = 0; // offset where the current record starts
  let line = firstLine;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    preview,
    step: (result) => {
      const next = result.meta.cursor;
      visit({ line, cells: result.data }, next, result.errors.some((error) => error.type === 'Quotes'));
      // meta.cursor is where the next record starts: count the line breaks in between.
      line += countNewlines(text, start, next);
      start = next;
    },
  });
}

/** Every record, blank ones included (the caller decides what is a person). */
export function parseRecords(rawText: string, delimiter: Delimiter): ParsedFile {
  const records: ParsedRecord[] = [];
  let malformedQuotes = false;
  visitRecords(unifyLineEnds(rawText), delimiter, (record, _cursor, quoteError) => {
    if (quoteError) malformedQuotes = true;
    records.push(record);
  });
  return { records, malformedQuotes };
}

export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
