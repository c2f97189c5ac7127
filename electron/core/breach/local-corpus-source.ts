import type { BreachSource, EmailBreachOutcome } from '../model/schemas/breach.ts';
import { corpusSource } from '../model/source-id.ts';
import type { Store } from '../store/store.ts';
import type { EmailBreachSource } from './email-source.ts';
import { lookupHashesOf } from './local-corpus-hash.ts';

// One imported corpus as a breach source beside HIBP: the address is hashed (SHA-256 and SHA-1
// of its lower-cased form) and looked up in the store; nothing leaves the computer. Found: one
// breach named after the corpus, dated as the user dated it. Not found: clean — this corpus
// answered. A corpus removed since the job started cannot answer: not-checked 'unavailable'.

export class LocalCorpusSource implements EmailBreachSource {
  readonly source: BreachSource;
  readonly #store: Store;
  readonly #corpusId: string;

  constructor(store: Store, corpusId: string) {
    this.#store = store;
    this.#corpusId = corpusId;
    this.source = corpusSource(corpusId);
  }

  async check(email: string, signal?: AbortSignal): Promise<EmailBreachOutcome> {
    if (signal?.aborted) return { status: 'not-checked', source: this.source, reason: 'cancelled' };
    const corpus = this.#store.db.open ? this.#store.corpora.get(this.#corpusId) : null;
    if (!corpus) return { status: 'not-checked', source: this.source, reason: 'unavailable' };
    if (!this.#store.corpora.contains(this.#corpusId, lookupHashesOf(email))) return { status: 'clean', source: this.source };
    return {
      status: 'breached',
      source: this.source,
      breaches: [{ name: corpus.name, title: corpus.name, breachDate: corpus.breachDate, dataClasses: ['Email addresses'] }],
    };
  }
}

/** One source per corpus in the store, for a check that asks every configured source. */
export function localCorpusSources(store: Store): LocalCorpusSource[] {
  return store.corpora.list().map((corpus) => new LocalCorpusSource(store, corpus.id));
}
