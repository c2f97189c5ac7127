import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { HygieError } from '../model/hygie-error.ts';
import { CORPUS_IMPORT_JOB_KIND } from '../model/job-kinds.ts';
import type { CorpusImportResult } from '../model/schemas/corpora.ts';
import type { JobKind, JobWorker } from '../jobs/job-kind.ts';
import type { NewJobItem } from '../store/job-repository.ts';
import type { Store } from '../store/store.ts';
import { corpusLayout, corpusSegments, CorpusReadTally, decodeCorpus, type CorpusLayout, type CorpusSegment } from './local-corpus-file.ts';

// Importing a corpus file is a job (docs/architecture.md, "Long work is a job"): a 64 MB list is over a
// million hashes, and SQLite writes them in the main process. The checks a user must hear about
// at once (date, file, column, name) run when the job starts; then each item is one segment of
// the file (LINES_PER_CHUNK lines), hashed and inserted in its own short transaction, with a turn
// of the event loop in between so the window and a cancel stay responsive.
//
// No half corpus is ever seen: the corpus row is written first with importing = 1, which every
// read ignores, and the last chunk's transaction fills in the counts, journals the import and
// clears the flag. A cancelled or failed import is deleted (in chunks too) before the job ends.
// An interrupted one (crash, closed app) cannot be finished: the file, which holds clear
// addresses, was only ever in this process's memory and is never written down. When the job is
// taken up again it deletes what was written and ends as failed with corpus-import-interrupted;
// the user imports the file again.

/** Lines per chunk: small enough that one chunk's transaction is a blink, big enough to be quick. */
export const LINES_PER_CHUNK = 2_000;
/** Hashes deleted per turn when a partial corpus is discarded. */
const DISCARD_CHUNK = 5_000;
/** Results kept for corpora.importResult (the last few imports of this process). */
const RESULTS_KEPT = 20;

/** What the job row records (no file content: the file may hold clear addresses). */
export interface CorpusImportParams {
  corpusId: string;
  name: string;
  breachDate: string;
  fileName: string;
}

export interface CorpusImportRequest {
  bytes: Uint8Array;
  fileName: string;
  name: string;
  breachDate: string;
  column?: number;
  /** Today, to refuse a breach dated in the future (a typing slip: 2052 for 2025). */
  today: Date;
}

interface StagedFile {
  layout: CorpusLayout;
  segments: CorpusSegment[];
  lines: number;
}

/** The decoded files of imports starting or running here, by corpus id: in memory only. */
const staged = new Map<string, StagedFile>();
const results = new Map<string, CorpusImportResult>();

export interface PlannedCorpusImport {
  params: CorpusImportParams;
  items: NewJobItem[];
  lines: number;
}

/** The fast checks, then the file cut into chunks and held in memory for the job about to start. */
export function planCorpusImport(store: Store, request: CorpusImportRequest): PlannedCorpusImport {
  if (request.breachDate > request.today.toISOString().slice(0, 10)) {
    throw new HygieError('corpus-date-in-future', { breachDate: request.breachDate });
  }
  const layout = corpusLayout(decodeCorpus(request.bytes), request.column);
  if (store.corpora.nameTaken(request.name)) throw new HygieError('corpus-name-taken', { name: request.name });
  const segments = corpusSegments(layout, LINES_PER_CHUNK);
  const lines = segments.reduce((sum, segment) => sum + segment.lines, 0);
  const params: CorpusImportParams = { corpusId: randomUUID(), name: request.name, breachDate: request.breachDate, fileName: request.fileName };
  staged.set(params.corpusId, { layout, segments, lines });
  const items = segments.map((segment) => ({
    key: String(segment.firstLine),
    label: `${segment.firstLine}-${segment.firstLine + segment.lines - 1}`,
  }));
  return { params, items, lines };
}

/** Lets go of a planned import whose job did not start (e.g. another import is running). */
export function dropPlannedImport(corpusId: string): void {
  staged.delete(corpusId);
}

/** What a finished import read and kept, while this process remembers it. */
export function corpusImportResult(corpusId: string): CorpusImportResult | null {
  return results.get(corpusId) ?? null;
}

function remember(corpusId: string, result: CorpusImportResult): void {
  results.set(corpusId, result);
  for (const oldest of results.keys()) {
    if (results.size <= RESULTS_KEPT) break;
    results.delete(oldest);
  }
}

/** Deletes a corpus whose import did not finish, a chunk per turn of the event loop. */
async function discard(store: Store, corpusId: string): Promise<void> {
  while (store.db.open && store.corpora.discardImportSome(corpusId, DISCARD_CHUNK) > 0) await nextTurn();
}

export function corpusImportJob(): JobKind {
  return {
    kind: CORPUS_IMPORT_JOB_KIND,
    async openWorker(store, rawParams): Promise<JobWorker> {
      const params = rawParams as CorpusImportParams;
      const file = staged.get(params.corpusId);
      // Leftovers of an import no process finished (only one import runs at a time).
      for (const id of store.corpora.unfinishedImports()) if (id !== params.corpusId || !file) await discard(store, id);
      if (!file) throw new HygieError('corpus-import-interrupted', { name: params.name });
      store.corpora.beginImport({ id: params.corpusId, name: params.name, breachDate: params.breachDate, fileName: params.fileName });

      const tally = new CorpusReadTally();
      let linesDone = 0;
      let kept = 0;
      return {
        async process(item, signal) {
          // A turn of the event loop per chunk: IPC calls (a cancel) and other work get through.
          await nextTurn();
          signal.throwIfAborted();
          const segment = file.segments[item.position]!;
          const hashes: Buffer[] = [];
          tally.read(file.layout, segment, (entry) => hashes.push(entry.hash));
          // In key order, the B-tree takes them with fewer page writes.
          hashes.sort(Buffer.compare);
          const last = item.position === file.segments.length - 1;
          return {
            tally: 'read',
            save: (target) => {
              kept += target.corpora.addImportEntries(params.corpusId, hashes);
              linesDone += segment.lines;
              if (!last) return;
              const corpus = target.corpora.completeImport(params.corpusId, { entries: kept, rejected: tally.rejectedTotal, forms: tally.forms });
              remember(params.corpusId, {
                corpus,
                imported: kept,
                duplicates: tally.entries - kept,
                rejected: tally.rejected,
                rejectedTotal: tally.rejectedTotal,
                column: file.layout.column,
              });
            },
          };
        },
        units: () => ({ done: linesDone, total: file.lines }),
        async close() {
          staged.delete(params.corpusId);
          // Cancelled or failed: nothing of it stays (a completed corpus is not touched). Store
          // closed under it: the job is taken up at the next start, which deletes it.
          await discard(store, params.corpusId);
        },
      };
    },
  };
}
