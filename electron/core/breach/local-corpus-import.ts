import { HygieError } from '../api/hygie-error.ts';
import type { CorpusImportResult } from '../api/schemas/corpora.ts';
import type { Store } from '../store/store.ts';
import { corpusLayout, decodeCorpus, readCorpusEntries, type CorpusReadProgress } from './local-corpus-file.ts';

// Importing a corpus file into the store: decode, find the column, then read, hash and insert in
// one transaction. Either the whole list is there under its name, or nothing is.

export interface CorpusImportRequest {
  bytes: Uint8Array;
  fileName: string;
  name: string;
  breachDate: string;
  column?: number;
  /** Today, to refuse a breach dated in the future (a typing slip: 2052 for 2025). */
  today: Date;
  onProgress?: (progress: CorpusReadProgress) => void;
}

export function importCorpus(store: Store, request: CorpusImportRequest): CorpusImportResult {
  if (request.breachDate > request.today.toISOString().slice(0, 10)) {
    throw new HygieError('corpus-date-in-future', { breachDate: request.breachDate });
  }
  const layout = corpusLayout(decodeCorpus(request.bytes), request.column);
  let summary: ReturnType<typeof readCorpusEntries> | undefined;
  const { corpus, imported, duplicates } = store.corpora.import(
    { name: request.name, breachDate: request.breachDate, fileName: request.fileName },
    (add) => {
      summary = readCorpusEntries(layout, (entry) => add(entry.hash), request.onProgress);
      return { rejected: summary.rejectedTotal, forms: summary.forms };
    },
  );
  return {
    corpus,
    imported,
    duplicates,
    rejected: summary!.rejected,
    rejectedTotal: summary!.rejectedTotal,
    column: layout.column,
  };
}
