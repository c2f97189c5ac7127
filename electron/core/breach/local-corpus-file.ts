import { HygieError } from '../model/hygie-error.ts';
import {
  MAX_CORPUS_BYTES,
  MAX_REJECTED_LINES_SHOWN,
  type CorpusColumn,
  type CorpusForm,
  type RejectedLine,
} from '../model/schemas/corpora.ts';
import { detectDelimiter, separatorHint } from '../roster/detect-delimiter.ts';
import { isBlankRecord, visitRecords, type ParsedRecord } from '../roster/parse-rows.ts';
import { corpusHashOf, type CorpusHash } from './local-corpus-hash.ts';

// Reading a corpus file: one address (or hash) per line, or a CSV with a column of them. The
// column is found by looking at the first lines; when several columns hold addresses or hashes
// the caller must say which (the error lists them). The rest is read in segments (one chunk of the
// import job each); each entry is hashed as it is read and handed on; a line that is neither is reported by its number and reason, never by its content (a dump
// line can hold a password).

const SAMPLE_RECORDS = 200;

const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04], // zip: .xlsx, .ods, .gz-less archives
  [0x1f, 0x8b], // gzip
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0xd0, 0xcf, 0x11, 0xe0], // OLE compound file: old .xls
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** Text of the file: UTF-16 when its BOM says so, else UTF-8 (addresses and hex are ASCII). */
export function decodeCorpus(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_CORPUS_BYTES) throw new HygieError('corpus-too-large', { maxMegabytes: MAX_CORPUS_BYTES / 1024 / 1024 });
  if (bytes.byteLength === 0) throw new HygieError('corpus-empty-file');
  if (BINARY_SIGNATURES.some((signature) => startsWith(bytes, signature))) throw new HygieError('corpus-unreadable');
  const encoding = startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : 'utf-8';
  let text = new TextDecoder(encoding).decode(bytes);
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.includes('\u0000')) throw new HygieError('corpus-unreadable');
  if (text.trim() === '') throw new HygieError('corpus-empty-file');
  return text.replace(/\r\n?/gu, '\n');
}

/** Every non-blank record with the physical line it starts on (a quoted cell may span lines). */
function eachRecord(text: string, delimiter: string, firstLine: number, visit: (record: ParsedRecord, cursor: number) => void, preview = 0): void {
  visitRecords(
    text,
    delimiter,
    (record, cursor) => {
      if (!isBlankRecord(record.cells)) visit(record, cursor);
    },
    { firstLine, preview },
  );
}

export interface CorpusLayout {
  delimiter: string;
  /** The column read, or null for a one-column file. */
  column: CorpusColumn | null;
  columnIndex: number;
  /** The first record is a header line (not an entry, not rejected). */
  headerLine: number | null;
  /** Text after an Excel "sep=;" line, and the line number it starts on. */
  text: string;
  firstLine: number;
}

/**
 * Which column holds the entries: the columns where, in the first lines, at least half of the
 * filled cells are an address or a hash. One column: that one. Several: the caller's choice.
 */
export function corpusLayout(decoded: string, chosenColumn?: number): CorpusLayout {
  let text = decoded;
  let firstLine = 1;
  const hint = separatorHint(text);
  if (hint !== null) {
    text = text.slice(text.indexOf('\n') + 1);
    firstLine = 2;
  }
  const delimiter = hint ?? detectDelimiter(text);
  const sample: ParsedRecord[] = [];
  eachRecord(text, delimiter, firstLine, (record) => sample.push(record), SAMPLE_RECORDS);
  if (sample.length === 0) throw new HygieError('corpus-empty-file');
  const width = Math.max(...sample.map((record) => record.cells.length));
  // The first record may be a header: judge the columns on the others when there are others.
  const body = sample.length > 1 ? sample.slice(1) : sample;
  const holdsEntries = (index: number) => {
    let filled = 0;
    let valid = 0;
    for (const record of body) {
      const cell = record.cells[index]?.trim() ?? '';
      if (cell === '') continue;
      filled += 1;
      if (corpusHashOf(cell)) valid += 1;
    }
    return valid > 0 && valid * 2 >= filled;
  };
  const first = sample[0]!;
  const headerOf = (index: number, isHeader: boolean) => (isHeader ? (first.cells[index]?.trim() || null) : null);
  const firstIsHeader = (index: number) => sample.length > 1 && corpusHashOf(first.cells[index] ?? '') === null;

  let columnIndex: number;
  if (chosenColumn !== undefined) {
    if (chosenColumn >= width) throw new HygieError('corpus-column-not-found', { column: chosenColumn + 1, columns: width });
    columnIndex = chosenColumn;
  } else {
    const candidates = Array.from({ length: width }, (_, index) => index).filter(holdsEntries);
    if (candidates.length === 0) throw new HygieError('corpus-no-entries');
    if (candidates.length > 1) {
      const columns: CorpusColumn[] = candidates.map((index) => ({ index, header: headerOf(index, firstIsHeader(index)) }));
      throw new HygieError('corpus-column-ambiguous', { columns: JSON.stringify(columns) });
    }
    columnIndex = candidates[0]!;
  }
  const isHeader = firstIsHeader(columnIndex);
  return {
    delimiter,
    column: width > 1 ? { index: columnIndex, header: headerOf(columnIndex, isHeader) } : null,
    columnIndex,
    headerLine: isHeader ? first.line : null,
    text,
    firstLine,
  };
}

/** A run of whole records of the file, read as one chunk of the import job. */
export interface CorpusSegment {
  /** Offsets in `layout.text`: [start, end). */
  start: number;
  end: number;
  /** The physical line it starts on, and how many lines it spans. */
  firstLine: number;
  lines: number;
}

/**
 * Cuts the text into segments of about `linesPerSegment` lines, each ending at a line break
 * outside quotes (an even count of quote marks since the start), so no record is split and
 * every record keeps the line number a whole-file read gives it.
 */
export function corpusSegments(layout: CorpusLayout, linesPerSegment: number): CorpusSegment[] {
  const { text } = layout;
  const segments: CorpusSegment[] = [];
  let start = 0;
  let line = layout.firstLine;
  let linesHere = 0;
  let quotes = 0;
  let quoteAt = text.indexOf('"');
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1)) {
    while (quoteAt !== -1 && quoteAt < newline) {
      quotes += 1;
      quoteAt = text.indexOf('"', quoteAt + 1);
    }
    linesHere += 1;
    if (linesHere >= linesPerSegment && quotes % 2 === 0) {
      segments.push({ start, end: newline + 1, firstLine: line, lines: linesHere });
      start = newline + 1;
      line += linesHere;
      linesHere = 0;
    }
  }
  if (start < text.length) segments.push({ start, end: text.length, firstLine: line, lines: linesHere + 1 });
  return segments;
}

/** What the import has read so far: entries, forms, and the lines it could not read (by number only). */
export class CorpusReadTally {
  entries = 0;
  rejectedTotal = 0;
  readonly rejected: RejectedLine[] = [];
  readonly #forms = new Set<CorpusForm>();

  get forms(): CorpusForm[] {
    return [...this.#forms].sort();
  }

  /** Reads one segment, handing every entry's hash to `add` in file order. */
  read(layout: CorpusLayout, segment: CorpusSegment, add: (entry: CorpusHash) => void): void {
    const text = layout.text.slice(segment.start, segment.end);
    eachRecord(text, layout.delimiter, segment.firstLine, (record) => {
      if (record.line === layout.headerLine) return;
      const cell = record.cells[layout.columnIndex]?.trim() ?? '';
      if (cell === '') return this.#reject(record.line, 'empty-cell');
      const entry = corpusHashOf(cell);
      if (!entry) return this.#reject(record.line, 'invalid-entry');
      this.entries += 1;
      this.#forms.add(entry.form);
      add(entry);
    });
  }

  #reject(line: number, issue: RejectedLine['issue']): void {
    this.rejectedTotal += 1;
    if (this.rejected.length < MAX_REJECTED_LINES_SHOWN) this.rejected.push({ line, issue });
  }
}
