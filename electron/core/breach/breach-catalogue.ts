import type { Dispatcher } from 'undici';
import type { BreachFound } from '../model/schemas/breach.ts';
import { breaches } from './hibp/breaches.ts';
import type { HibpFailure } from './hibp/hibp-fetch.ts';

// HIBP's catalogue of breaches (/breaches, free, no key: hibp/breaches.ts): what turns a breach
// Name from a range answer ("Adobe") into what the Breaches page shows (title, date, data
// classes, description). Fetched at most once a day and kept in the store; the CLI without a
// store keeps it in memory. A catalogue that cannot be fetched or parsed is an error value:
// checks still run, unenriched.

export interface BreachCatalogue {
  /** By HIBP's Name (exact, then case-insensitive). */
  lookup(name: string): BreachFound | null;
  readonly size: number;
  /** ISO time of the fetch this catalogue comes from. */
  readonly fetchedAt: string;
}

/** Where a fetched catalogue is kept between runs (the store's breach_catalogue table). */
export interface CatalogueCache {
  get(baseUrl: string): { fetchedAt: string; breaches: BreachFound[] } | null;
  put(baseUrl: string, fetchedAt: string, breaches: BreachFound[]): void;
}

export type CatalogueLoad = { ok: true; catalogue: BreachCatalogue; from: 'network' | 'cache' | 'stale-cache' } | HibpFailure;

export interface LoadCatalogueOptions {
  hibpBaseUrl: string;
  userAgent: string;
  /** The store's cache; without one (the CLI) the catalogue lives in memory for the run. */
  cache?: CatalogueCache;
  /** A cached copy younger than this is used without asking HIBP. */
  maxAgeMs?: number;
  /** Fetch even when the cache is fresh. */
  force?: boolean;
  now?: () => Date;
  dispatcher?: Dispatcher;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export const CATALOGUE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export function inMemoryCatalogue(breaches: readonly BreachFound[], fetchedAt: string): BreachCatalogue {
  const byName = new Map<string, BreachFound>();
  const byLowerName = new Map<string, BreachFound>();
  for (const breach of breaches) {
    byName.set(breach.name, breach);
    byLowerName.set(breach.name.toLowerCase(), breach);
  }
  return {
    lookup: (name) => byName.get(name) ?? byLowerName.get(name.toLowerCase()) ?? null,
    size: byName.size,
    fetchedAt,
  };
}

/**
 * The catalogue: from the cache when younger than a day, else from HIBP (then cached). When HIBP
 * cannot be reached, an older cached copy is still better than none ('stale-cache').
 */
export async function loadBreachCatalogue(options: LoadCatalogueOptions): Promise<CatalogueLoad> {
  const now = options.now ?? (() => new Date());
  const baseUrl = options.hibpBaseUrl.replace(/\/+$/u, '');
  const cached = options.cache?.get(baseUrl) ?? null;
  const age = cached ? now().getTime() - Date.parse(cached.fetchedAt) : Number.POSITIVE_INFINITY;
  if (cached && !options.force && age >= 0 && age < (options.maxAgeMs ?? CATALOGUE_MAX_AGE_MS)) {
    return { ok: true, catalogue: inMemoryCatalogue(cached.breaches, cached.fetchedAt), from: 'cache' };
  }
  const fetched = await breaches({
    baseUrl,
    userAgent: options.userAgent,
    ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!fetched.ok) {
    if (cached && fetched.reason !== 'cancelled') {
      return { ok: true, catalogue: inMemoryCatalogue(cached.breaches, cached.fetchedAt), from: 'stale-cache' };
    }
    return fetched;
  }
  const fetchedAt = now().toISOString();
  options.cache?.put(baseUrl, fetchedAt, fetched.value);
  return { ok: true, catalogue: inMemoryCatalogue(fetched.value, fetchedAt), from: 'network' };
}
