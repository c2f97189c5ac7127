import type { ColumnMapping, Encoding, PreviewRow, RosterPreview } from '../model/schemas/roster-import.ts';
import { HygieError } from '../model/hygie-error.ts';
import { decodeRoster } from './decode.ts';
import { detectDelimiter, separatorHint } from './detect-delimiter.ts';
import { detectMapping, mappingIssues } from './header-mapping.ts';
import { collapseSpaces, shorten } from './normalise-text.ts';
import { isBlankRecord, parseRecords } from './parse-rows.ts';
import { validateRow } from './row-validation.ts';
import { proposeSharedMailboxes } from './generic-address.ts';

// What importing this file would do, row by row. Pure: the same bytes and options always give
// the same preview, so the commit (which re-reads the file) imports exactly what was shown.

export interface RosterPreviewOptions {
  fileName: string;
  /** Absent: detect from the headers. */
  mapping?: ColumnMapping;
  /** Absent or 'auto': detect. */
  encoding?: Encoding | 'auto';
  /** lowercased trimmed email → display name of the person on the roster who has it */
  existing: ReadonlyMap<string, string>;
  keepAsPeople?: readonly number[];
}

export function previewRoster(bytes: Uint8Array, options: RosterPreviewOptions): RosterPreview {
  const decoded = decodeRoster(bytes, options.encoding);
  const delimiter = detectDelimiter(decoded.text);
  // Blank lines and Excel's ";;;" rows are not people; they still count in line numbers.
  const parsed = parseRecords(decoded.text, delimiter);
  const records = parsed.records.filter((record) => !isBlankRecord(record.cells));
  // Excel's "sep=;" line is a hint, not the header.
  if (separatorHint(decoded.text) !== null) records.shift();
  const [header, ...body] = records;
  if (header === undefined) throw new HygieError('import-empty-file');
  if (body.length === 0) throw new HygieError('import-no-rows');

  const headers = header.cells.map((cell) => shorten(collapseSpaces(cell)));
  const mapping = options.mapping ?? detectMapping(headers);
  const fileIssues: RosterPreview['fileIssues'] = [];
  if (decoded.replacementCharacters) fileIssues.push('replacement-characters');
  fileIssues.push(...mappingIssues(mapping));
  if (parsed.malformedQuotes) fileIssues.push('malformed-quotes');

  const context = { mapping, existing: options.existing, seen: new Map<string, number>() };
  const keep = new Set(options.keepAsPeople ?? []);
  const validated = body.map((record) => validateRow(record.cells, record.line, context));
  const proposed = proposeSharedMailboxes(validated);
  // A proposal the practice turned down is the row as a person again, with its own checks.
  const rows: PreviewRow[] = proposed.map((row, index) => (row.shared && keep.has(row.line) ? { ...validated[index]!, shared: null } : row));
  const ready = rows.filter((row) => row.status === 'ready').length;

  return {
    fileName: options.fileName,
    encoding: decoded.encoding,
    delimiter,
    headers,
    mapping: { ...mapping },
    fileIssues,
    rows,
    totals: { rows: rows.length, ready, errors: rows.length - ready },
  };
}
