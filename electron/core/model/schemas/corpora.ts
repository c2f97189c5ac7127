import * as z from 'zod';

// Local breach corpora: lists of breached addresses a practice received (from its IT provider, a
// CERT Santé alert, a published dump), imported with a name and a date and kept hashed only —
// never the clear address — then used as a breach source beside HIBP.

/** Far beyond any list a practice gets by e-mail; still one read in memory. */
export const MAX_CORPUS_BYTES = 64 * 1024 * 1024;

/** Shown per line that could not be read, at most this many (the total is always given). */
export const MAX_REJECTED_LINES_SHOWN = 500;

export const CorpusIdSchema = z.string().regex(/^[\w-]{1,64}$/u);

/** How an address is written in a corpus file: in clear, or already hashed (hex). */
export const CORPUS_FORMS = ['email', 'sha1', 'sha256'] as const;
export const CorpusFormSchema = z.enum(CORPUS_FORMS);
export type CorpusForm = z.infer<typeof CorpusFormSchema>;

/** YYYY-MM-DD, a real calendar day. */
export const IsoDateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/u)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  });

export const CorpusSchema = z.object({
  id: CorpusIdSchema,
  name: z.string(),
  breachDate: z.string(),
  fileName: z.string(),
  /** Distinct hashed addresses kept. */
  entries: z.number().int().nonnegative(),
  /** Lines of the file that were neither an address nor a hash. */
  rejected: z.number().int().nonnegative(),
  /** Which forms the file held. */
  forms: z.array(CorpusFormSchema),
  importedAt: z.string(),
  importedBy: z.string(),
});
export type Corpus = z.infer<typeof CorpusSchema>;

/** A column of a CSV file that holds addresses or hashes, as offered when there are several. */
export const CorpusColumnSchema = z.object({
  index: z.number().int().nonnegative(),
  /** The header cell, when the file has a header line. */
  header: z.string().nullable(),
});
export type CorpusColumn = z.infer<typeof CorpusColumnSchema>;

export const CorpusImportInputSchema = z
  .object({
    fileName: z.string().trim().min(1).max(260),
    contentBase64: z.string().max(Math.ceil(MAX_CORPUS_BYTES / 3) * 4 + 4),
    /** Shown as the breach's name wherever an address is found in it. */
    name: z.string().trim().min(1).max(120),
    breachDate: IsoDateSchema,
    /** 0-based column of a CSV file; absent: the one column that holds addresses or hashes. */
    column: z.number().int().nonnegative().max(1000).optional(),
  })
  .strict();
export type CorpusImportInput = z.input<typeof CorpusImportInputSchema>;

export const CORPUS_LINE_ISSUES = [
  'invalid-entry', // neither an e-mail address nor the 40 / 64 hex characters of a SHA-1 / SHA-256
  'empty-cell', // a CSV line whose chosen column is empty
] as const;
export const CorpusLineIssueSchema = z.enum(CORPUS_LINE_ISSUES);
export type CorpusLineIssue = z.infer<typeof CorpusLineIssueSchema>;

/** A line not imported: its number as a text editor counts it, and why (never its content). */
export const RejectedLineSchema = z.object({ line: z.number().int().positive(), issue: CorpusLineIssueSchema });
export type RejectedLine = z.infer<typeof RejectedLineSchema>;

export const CorpusImportResultSchema = z.object({
  corpus: CorpusSchema,
  /** Distinct addresses or hashes kept. */
  imported: z.number().int().nonnegative(),
  /** Lines repeating one already in the file. */
  duplicates: z.number().int().nonnegative(),
  rejected: z.array(RejectedLineSchema).max(MAX_REJECTED_LINES_SHOWN),
  rejectedTotal: z.number().int().nonnegative(),
  /** The CSV column read; null for a file of one address per line. */
  column: CorpusColumnSchema.nullable(),
});
export type CorpusImportResult = z.infer<typeof CorpusImportResultSchema>;

/** corpora.import: the import runs as a job; its progress comes as job events (units: lines read). */
export const CorpusImportStartedSchema = z.object({
  jobId: z.string(),
  /** Lines of the file, the job's units total. */
  lines: z.number().int().nonnegative(),
});
export type CorpusImportStarted = z.infer<typeof CorpusImportStartedSchema>;

export const CorpusImportResultInputSchema = z.object({ jobId: z.string().min(1).max(64) }).strict();

export const CorpusRemoveInputSchema = z.object({ id: CorpusIdSchema }).strict();
