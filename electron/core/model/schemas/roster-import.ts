import * as z from 'zod';
import { StaffMemberSchema } from './staff.ts';

// Importing a staff roster from the CSV/TSV files practices really have. The preview and the
// commit take the same input, and the commit re-reads the file: what is imported is exactly
// what was shown.

/** The columns Hygie understands; `fullName` is a single "Nom" column holding "Prénom Nom". */
export const ROSTER_FIELDS = ['lastName', 'firstName', 'fullName', 'email', 'role', 'services'] as const;
export const RosterFieldSchema = z.enum(ROSTER_FIELDS);
export type RosterField = z.infer<typeof RosterFieldSchema>;

/** Column index (0-based) of each field in the file, or null when the file has none. */
export const ColumnMappingSchema = z
  .object({
    lastName: z.number().int().nonnegative().nullable(),
    firstName: z.number().int().nonnegative().nullable(),
    fullName: z.number().int().nonnegative().nullable(),
    email: z.number().int().nonnegative().nullable(),
    role: z.number().int().nonnegative().nullable(),
    services: z.number().int().nonnegative().nullable(),
  })
  .strict();
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

export const ENCODINGS = ['utf-8', 'utf-8-bom', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export const EncodingSchema = z.enum(ENCODINGS);
export type Encoding = z.infer<typeof EncodingSchema>;

export const DelimiterSchema = z.enum([';', ',', '\t']);
export type Delimiter = z.infer<typeof DelimiterSchema>;

/** 20 MB of file is far beyond any practice's roster and well within memory. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const RosterImportInputSchema = z
  .object({
    fileName: z.string().trim().min(1).max(260),
    /** The file's bytes, base64: the encoding is Hygie's to detect, not the browser's to guess. */
    contentBase64: z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4),
    /** Absent: detect from the headers. */
    mapping: ColumnMappingSchema.optional(),
    /** Absent or 'auto': detect (BOM, then valid UTF-8, else Windows-1252). */
    encoding: EncodingSchema.or(z.literal('auto')).optional(),
    /** Lines proposed as shared mailboxes that the practice says are people after all. */
    keepAsPeople: z.array(z.number().int().positive()).max(10_000).optional(),
  })
  .strict();
export type RosterImportInput = z.input<typeof RosterImportInputSchema>;

export const ROW_ISSUE_CODES = [
  'missing-name',
  'missing-email',
  'invalid-email',
  'duplicate-in-file',
  'duplicate-existing',
  'too-many-emails',
  'cell-too-long',
  /** A shared mailbox (accueil@…) and nobody on the file to answer for it. */
  'shared-mailbox-no-owner',
] as const;
export const RowIssueCodeSchema = z.enum(ROW_ISSUE_CODES);
export type RowIssueCode = z.infer<typeof RowIssueCodeSchema>;

export const RowIssueSchema = z.object({
  code: RowIssueCodeSchema,
  /** The offending value, shortened for display. */
  value: z.string().optional(),
  /** duplicate-in-file: the line of the first occurrence. */
  otherLine: z.number().int().optional(),
  /** duplicate-existing: who already has this address. */
  existingName: z.string().optional(),
});
export type RowIssue = z.infer<typeof RowIssueSchema>;

export const ROW_NOTICE_CODES = [
  'role-not-recognised',
  'formula-like-text',
  'service-not-recognised',
  /** Invisible characters (bidi overrides, zero-width, controls) in a name or address; `value` shows each as [U+XXXX]. */
  'hidden-characters',
  /** An address mixing alphabets (a Cyrillic or Greek look-alike among Latin letters); `value` brackets the odd letters, `scripts` names the alphabets. */
  'mixed-scripts',
] as const;
export const RowNoticeSchema = z.object({
  code: z.enum(ROW_NOTICE_CODES),
  value: z.string().optional(),
  /** mixed-scripts: the alphabets found, in order of appearance (Unicode script names: 'Latin', 'Cyrillic', …, or 'Other'). */
  scripts: z.array(z.string()).optional(),
});
export type RowNotice = z.infer<typeof RowNoticeSchema>;

export const PreviewRowSchema = z.object({
  /** Line number in the file as a spreadsheet or text editor counts it (header = line 1). */
  line: z.number().int().positive(),
  status: z.enum(['ready', 'error']),
  issues: z.array(RowIssueSchema),
  notices: z.array(RowNoticeSchema),
  /** The person as the import would create them. */
  person: StaffMemberSchema.pick({ firstName: true, lastName: true, role: true, roleLabel: true, emails: true, services: true }),
  /**
   * A generic address (accueil@, secretariat@…) proposed as a shared mailbox rather than a person:
   * its name and the line of the person who will own it (null: nobody on the file).
   */
  shared: z.object({ name: z.string(), ownerLine: z.number().int().positive().nullable() }).nullable(),
});
export type PreviewRow = z.infer<typeof PreviewRowSchema>;

export const FILE_ISSUE_CODES = [
  'no-email-column',
  'no-name-column',
  /** Some bytes are not valid in the chosen encoding (shown as �): another encoding is needed. */
  'replacement-characters',
  /** A quote is opened and never closed: the lines after it may be read as one cell. */
  'malformed-quotes',
] as const;

export const RosterPreviewSchema = z.object({
  fileName: z.string(),
  encoding: EncodingSchema,
  delimiter: DelimiterSchema,
  headers: z.array(z.string()),
  mapping: ColumnMappingSchema,
  /** Problems with the file as a whole, which the mapping can fix. */
  fileIssues: z.array(z.enum(FILE_ISSUE_CODES)),
  rows: z.array(PreviewRowSchema),
  totals: z.object({ rows: z.number().int(), ready: z.number().int(), errors: z.number().int() }),
});
export type RosterPreview = z.infer<typeof RosterPreviewSchema>;

export const RosterImportResultSchema = z.object({
  batchId: z.string(),
  imported: z.number().int(),
  /** Of those, the shared mailboxes attached to their owner. */
  sharedMailboxes: z.number().int().nonnegative(),
  /** Every row not imported, with its line and reasons: nothing is dropped silently. */
  skipped: z.array(z.object({ line: z.number().int(), issues: z.array(RowIssueSchema) })),
});
export type RosterImportResult = z.infer<typeof RosterImportResultSchema>;

export const RosterExportInputSchema = z.object({ language: z.enum(['fr', 'en']) }).strict();
export const RosterExportSchema = z.object({ fileName: z.string(), mediaType: z.string(), content: z.string() });
export type RosterExport = z.infer<typeof RosterExportSchema>;
