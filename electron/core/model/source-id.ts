import type { BreachSource } from './schemas/breach.ts';

// The names of breach sources, built and read here only: 'hibp' (the address itself was sent),
// 'hibp-range' (only a hash prefix was), 'hibp-domain' (a verified domain's search: only the
// domain was), 'corpus:<id>' (a local corpus the practice imported).
// They are stored with every result (check_result.source), so they never change. A source
// family groups the two ways of asking HIBP: the latest answer of either stands for HIBP.

const CORPUS_PREFIX = 'corpus:';

export function corpusSource(corpusId: string): BreachSource {
  return `${CORPUS_PREFIX}${corpusId}`;
}

/** The corpus id of a 'corpus:<id>' source; null for HIBP. */
export function corpusIdOf(source: string): string | null {
  return source.startsWith(CORPUS_PREFIX) ? source.slice(CORPUS_PREFIX.length) : null;
}

/** The source HIBP's answers carry, by how addresses are asked. */
export function hibpSource(mode: 'range' | 'direct'): BreachSource {
  return mode === 'range' ? 'hibp-range' : 'hibp';
}

/** The source of an answer from a verified domain's search (/breacheddomain). */
export const HIBP_DOMAIN_SOURCE: BreachSource = 'hibp-domain';

/** 'hibp', 'hibp-range' and 'hibp-domain' are one source asked three ways: the latest of any stands. */
export function sourceFamily(source: BreachSource): string {
  return source === 'hibp-range' || source === 'hibp-domain' ? 'hibp' : source;
}

/** The families a check asks now, in the order results are shown: HIBP when a key is set, then each corpus. */
export function sourceFamilies(hasKey: boolean, corpusIds: readonly string[]): string[] {
  return [...(hasKey ? ['hibp'] : []), ...corpusIds.map(corpusSource)];
}

/** Source → the corpus's name, for the 'corpus:<id>' sources of these corpora. */
export function corpusNamesBySource(corpora: readonly { id: string; name: string }[]): Map<string, string> {
  return new Map(corpora.map((corpus) => [corpusSource(corpus.id), corpus.name]));
}
