import type { PolicyId } from '../model/schemas/practice.ts';
import { REPORT_FILE_FORMATS, type ReportFileFormat, type ReportLanguage, type ReportRecord } from '../model/schemas/report.ts';
import type { AuditLog } from './audit-log.ts';
import type { SqliteDatabase } from './encrypted-database.ts';

// The reports generated (the v1 `report` table, `anonymised` from migration 9): when, by whom,
// in which language and policy, the score, the SHA-256 of the JSON that the PDF prints, and where
// each file was written. Whether a file is still there is the caller's to check (the filesystem
// changes behind the database's back).

export interface StoredReportFile {
  format: ReportFileFormat;
  path: string;
  bytes: number;
}

/** A report as recorded: ReportRecord without `exists` on its files. */
export type StoredReport = Omit<ReportRecord, 'files'> & { files: StoredReportFile[] };

export interface ReportEntry {
  id: string;
  generatedAt: string;
  generatedBy: string;
  language: ReportLanguage;
  policy: PolicyId;
  anonymised: boolean;
  score: number | null;
  jsonSha256: string;
  files: StoredReportFile[];
}

interface ReportRow {
  id: string;
  generated_at: string;
  generated_by: string;
  language: string;
  policy: string;
  score: number | null;
  json_sha256: string | null;
  files: string;
  anonymised: number;
}

const COLUMNS = 'id, generated_at, generated_by, language, policy, score, json_sha256, files, anonymised';

/** The files column back to its entries; anything that does not read as one is left out. */
function filesOf(json: string): StoredReportFile[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((file: unknown) => {
    if (!file || typeof file !== 'object') return [];
    const { format, path, bytes } = file as Record<string, unknown>;
    if (!(REPORT_FILE_FORMATS as readonly unknown[]).includes(format) || typeof path !== 'string' || typeof bytes !== 'number') return [];
    return [{ format: format as ReportFileFormat, path, bytes }];
  });
}

function toStored(row: ReportRow): StoredReport {
  return {
    id: row.id,
    generatedAt: row.generated_at,
    generatedBy: row.generated_by,
    language: row.language as ReportLanguage,
    policy: row.policy as PolicyId,
    anonymised: row.anonymised === 1,
    score: row.score === null ? null : Math.round(row.score),
    jsonSha256: row.json_sha256 ?? '',
    files: filesOf(row.files),
  };
}

export class ReportRepository {
  readonly #db: SqliteDatabase;
  readonly #audit: AuditLog;

  constructor(db: SqliteDatabase, audit: AuditLog) {
    this.#db = db;
    this.#audit = audit;
  }

  /** Keep a generated report, and say so in the audit log (the same transaction). */
  record(entry: ReportEntry): void {
    this.#db.transaction(() => {
      this.#db
        .prepare(`INSERT INTO report (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(
          entry.id,
          entry.generatedAt,
          entry.generatedBy,
          entry.language,
          entry.policy,
          entry.score,
          entry.jsonSha256,
          JSON.stringify(entry.files.map((file) => ({ format: file.format, path: file.path, bytes: file.bytes }))),
          entry.anonymised ? 1 : 0,
        );
      // Facts only: the files' paths can name the user's folders, the formats say enough.
      this.#audit.append('report.generate', entry.id, {
        language: entry.language,
        policy: entry.policy,
        anonymised: entry.anonymised,
        score: entry.score,
        jsonSha256: entry.jsonSha256,
        formats: entry.files.map((file) => file.format).join(','),
      });
    })();
  }

  /** Every report, newest first. */
  list(): StoredReport[] {
    const rows = this.#db.prepare(`SELECT ${COLUMNS} FROM report ORDER BY generated_at DESC, rowid DESC`).all() as ReportRow[];
    return rows.map(toStored);
  }

  get(id: string): StoredReport | null {
    const row = this.#db.prepare(`SELECT ${COLUMNS} FROM report WHERE id = ?`).get(id) as ReportRow | undefined;
    return row ? toStored(row) : null;
  }
}

/**
 * After the data folder moved (store/data-folder-move.ts), the reports written under the old
 * folder's reports/ are found under the new one: their recorded paths are rewritten. Paths
 * elsewhere (chosen with `hygie report --pdf`) are left as they are. Returns the files rewritten.
 */
export function moveReportPaths(db: SqliteDatabase, fromFolder: string, toFolder: string): number {
  const rows = db.prepare('SELECT id, files FROM report').all() as { id: string; files: string }[];
  const update = db.prepare('UPDATE report SET files = ? WHERE id = ?');
  let moved = 0;
  db.transaction(() => {
    for (const row of rows) {
      let files: unknown;
      try {
        files = JSON.parse(row.files);
      } catch {
        continue; // unreadable: reports.list already leaves it out, nothing to rewrite
      }
      if (!Array.isArray(files)) continue;
      let changed = false;
      for (const file of files as unknown[]) {
        if (!file || typeof file !== 'object') continue;
        const entry = file as Record<string, unknown>;
        if (typeof entry.path !== 'string' || !entry.path.startsWith(fromFolder)) continue;
        const rest = entry.path.slice(fromFolder.length);
        if (!/^[\\/]/u.test(rest)) continue; // "reports-old/…" is not inside "reports"
        entry.path = toFolder + rest;
        changed = true;
        moved += 1;
      }
      if (changed) update.run(JSON.stringify(files), row.id);
    }
  })();
  return moved;
}
