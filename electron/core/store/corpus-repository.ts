import { randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { HygieError } from '../model/hygie-error.ts';
import type { Corpus, CorpusForm } from '../model/schemas/corpora.ts';
import type { AuditLog } from './audit-log.ts';
import type { SqliteDatabase } from './encrypted-database.ts';

// Local breach corpora (migration 3): one row per imported list, and its addresses as hashes
// only — SHA-256 (32 bytes) of the lower-cased address, or SHA-1 (20 bytes) when the file held
// SHA-1 hex. A clear address never reaches these tables; the audit log records names and counts.
// A corpus being imported in chunks (migration 8: importing = 1) is seen by no read below.

interface CorpusRow {
  id: string;
  name: string;
  breach_date: string;
  file_name: string;
  entries: number;
  rejected: number;
  forms: string;
  imported_at: string;
  imported_by: string;
}

export interface CorpusImport {
  name: string;
  breachDate: string;
  fileName: string;
}

/** What the import's reader reports once it has handed every hash over. */
export interface CorpusFill {
  rejected: number;
  forms: CorpusForm[];
}

/** A corpus whose import starts: its id is the job's (see core/breach/local-corpus-job.ts). */
export interface CorpusImportStart extends CorpusImport {
  id: string;
}

export interface CorpusImported {
  corpus: Corpus;
  imported: number;
  duplicates: number;
}

function toCorpus(row: CorpusRow): Corpus {
  return {
    id: row.id,
    name: row.name,
    breachDate: row.breach_date,
    fileName: row.file_name,
    entries: row.entries,
    rejected: row.rejected,
    forms: JSON.parse(row.forms) as CorpusForm[],
    importedAt: row.imported_at,
    importedBy: row.imported_by,
  };
}

export class CorpusRepository {
  readonly #db: SqliteDatabase;
  readonly #audit: AuditLog;
  readonly #actor: string;
  readonly #now: () => Date;
  #has: BetterSqlite3.Statement<unknown[]> | undefined;
  #insert: BetterSqlite3.Statement<unknown[]> | undefined;

  constructor(db: SqliteDatabase, audit: AuditLog, actor: string, now: () => Date) {
    this.#db = db;
    this.#audit = audit;
    this.#actor = actor;
    this.#now = now;
  }

  /** Every corpus, newest breach first, with how many addresses each holds. */
  list(): Corpus[] {
    const rows = this.#db
      .prepare('SELECT * FROM breach_corpus WHERE importing = 0 ORDER BY breach_date DESC, name COLLATE NOCASE')
      .all() as CorpusRow[];
    return rows.map(toCorpus);
  }

  get(id: string): Corpus | null {
    const row = this.#db.prepare('SELECT * FROM breach_corpus WHERE id = ? AND importing = 0').get(id) as CorpusRow | undefined;
    return row ? toCorpus(row) : null;
  }

  /**
   * One transaction: the corpus row, every hash `fill` hands to `add` (a repeat is counted, not
   * kept twice), the counts, the audit entry — all of it or nothing. `fill` may throw to abort.
   */
  import(meta: CorpusImport, fill: (add: (hash: Uint8Array) => void) => CorpusFill): CorpusImported {
    return this.#db.transaction(() => {
      if (this.nameTaken(meta.name)) throw new HygieError('corpus-name-taken', { name: meta.name });
      const id = randomUUID();
      const importedAt = this.#now().toISOString();
      this.#db
        .prepare(
          `INSERT INTO breach_corpus (id, name, breach_date, file_name, entries, rejected, forms, imported_at, imported_by)
           VALUES (?, ?, ?, ?, 0, 0, '[]', ?, ?)`,
        )
        .run(id, meta.name, meta.breachDate, meta.fileName, importedAt, this.#actor);
      const insert = this.#db.prepare('INSERT OR IGNORE INTO breach_corpus_entry (corpus_id, hash) VALUES (?, ?)');
      let imported = 0;
      let seen = 0;
      const fillResult = fill((hash) => {
        seen += 1;
        imported += insert.run(id, hash).changes;
      });
      if (imported === 0) throw new HygieError('corpus-no-entries');
      this.#db
        .prepare('UPDATE breach_corpus SET entries = ?, rejected = ?, forms = ? WHERE id = ?')
        .run(imported, fillResult.rejected, JSON.stringify(fillResult.forms), id);
      this.#audit.append('corpora.import', id, {
        name: meta.name,
        breachDate: meta.breachDate,
        fileName: meta.fileName,
        entries: imported,
        rejected: fillResult.rejected,
      });
      return { corpus: this.get(id)!, imported, duplicates: seen - imported };
    }).immediate();
  }

  /** Whether a corpus (finished or being imported) already has this name, in any case. */
  nameTaken(name: string): boolean {
    return this.#db.prepare('SELECT 1 FROM breach_corpus WHERE name = ? COLLATE NOCASE').get(name) !== undefined;
  }

  /** Chunked import, first step: the corpus row, hidden (importing = 1) until `completeImport`. */
  beginImport(meta: CorpusImportStart): void {
    if (this.nameTaken(meta.name)) throw new HygieError('corpus-name-taken', { name: meta.name });
    this.#db
      .prepare(
        `INSERT INTO breach_corpus (id, name, breach_date, file_name, entries, rejected, forms, imported_at, imported_by, importing)
         VALUES (?, ?, ?, ?, 0, 0, '[]', ?, ?, 1)`,
      )
      .run(meta.id, meta.name, meta.breachDate, meta.fileName, this.#now().toISOString(), this.#actor);
  }

  /** Adds one chunk of hashes to a corpus being imported; returns how many were new (a repeat is kept once). */
  addImportEntries(id: string, hashes: readonly Uint8Array[]): number {
    this.#insert ??= this.#db.prepare('INSERT OR IGNORE INTO breach_corpus_entry (corpus_id, hash) VALUES (?, ?)');
    let added = 0;
    for (const hash of hashes) added += this.#insert.run(id, hash).changes;
    return added;
  }

  /** Last step, in the caller's transaction: the counts, the journal entry, and the corpus becomes visible. */
  completeImport(id: string, fill: CorpusFill & { entries: number }): Corpus {
    const row = this.#db.prepare('SELECT * FROM breach_corpus WHERE id = ? AND importing = 1').get(id) as CorpusRow | undefined;
    if (!row) throw new HygieError('corpus-not-found');
    if (fill.entries === 0) throw new HygieError('corpus-no-entries');
    this.#db
      .prepare('UPDATE breach_corpus SET entries = ?, rejected = ?, forms = ?, imported_at = ?, importing = 0 WHERE id = ?')
      .run(fill.entries, fill.rejected, JSON.stringify(fill.forms), this.#now().toISOString(), id);
    this.#audit.append('corpora.import', id, {
      name: row.name,
      breachDate: row.breach_date,
      fileName: row.file_name,
      entries: fill.entries,
      rejected: fill.rejected,
    });
    return this.get(id)!;
  }

  /**
   * Deletes up to `limit` hashes of an import that did not finish, and its row once none is
   * left; returns how many hashes were deleted (0: it is gone). Never touches a finished corpus.
   */
  discardImportSome(id: string, limit: number): number {
    return this.#db.transaction(() => {
      const importing = this.#db.prepare('SELECT 1 FROM breach_corpus WHERE id = ? AND importing = 1').get(id);
      if (!importing) return 0;
      const deleted = this.#db
        .prepare(
          `DELETE FROM breach_corpus_entry WHERE corpus_id = ? AND hash IN
             (SELECT hash FROM breach_corpus_entry WHERE corpus_id = ? LIMIT ?)`,
        )
        .run(id, id, limit).changes;
      if (deleted === 0) this.#db.prepare('DELETE FROM breach_corpus WHERE id = ? AND importing = 1').run(id);
      return deleted;
    }).immediate();
  }

  /** Imports that did not finish (an interrupted process), for cleaning up. */
  unfinishedImports(): string[] {
    return this.#db.prepare('SELECT id FROM breach_corpus WHERE importing = 1').pluck().all() as string[];
  }

  remove(id: string): void {
    this.#db.transaction(() => {
      const corpus = this.get(id);
      if (!corpus) throw new HygieError('corpus-not-found');
      this.#db.prepare('DELETE FROM breach_corpus_entry WHERE corpus_id = ?').run(id);
      this.#db.prepare('DELETE FROM breach_corpus WHERE id = ?').run(id);
      this.#audit.append('corpora.remove', id, { name: corpus.name, entries: corpus.entries });
    }).immediate();
  }

  /** Does corpus `id` hold any of these hashes (an address's SHA-256 and SHA-1)? */
  contains(id: string, hashes: readonly Uint8Array[]): boolean {
    this.#has ??= this.#db.prepare('SELECT 1 FROM breach_corpus_entry WHERE corpus_id = ? AND hash IN (?, ?) LIMIT 1');
    const [first, second = first] = hashes;
    return this.#has.get(id, first, second) !== undefined;
  }

  /** Every corpus holding any of these hashes. */
  corporaContaining(hashes: readonly Uint8Array[]): Corpus[] {
    return this.list().filter((corpus) => this.contains(corpus.id, hashes));
  }
}
