import type { Dispatcher } from 'undici';
import { z } from 'zod';
import type { BreachFound, NotCheckedReason } from '../model/schemas/breach.ts';
import { createHttpPool, httpGet } from './http-pool.ts';

// HIBP's catalogue of breaches (/breaches, free, no key): what turns a breach Name from a range
// answer ("Adobe") into what the Breaches page shows (title, date, data classes, description).
// Fetched at most once a day and kept in the store; the CLI without a store keeps it in memory.
// A catalogue that cannot be fetched or parsed is an error value: checks still run, unenriched.

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

export type CatalogueLoad =
  | { ok: true; catalogue: BreachCatalogue; from: 'network' | 'cache' | 'stale-cache' }
  | { ok: false; reason: NotCheckedReason; httpStatus?: number; rayId?: string };

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

/** Loose on purpose: HIBP adds fields over time, and only Name is needed to be useful. */
const CatalogueEntrySchema = z.looseObject({
  Name: z.string().min(1),
  Title: z.string().optional(),
  Domain: z.string().nullable().optional(),
  BreachDate: z.string().nullable().optional(),
  Description: z.string().nullable().optional(),
  DataClasses: z.array(z.unknown()).nullable().optional(),
  IsVerified: z.boolean().optional(),
  IsSensitive: z.boolean().optional(),
});

/**
 * Drops what should never run, whatever the renderer does next (it sanitises with DOMPurify):
 * script/style/iframe elements, event-handler attributes and javascript: links.
 */
export function stripActiveHtml(html: string): string {
  return html
    .replace(/<\s*(script|style|iframe|object|embed)\b[\s\S]*?<\s*\/\s*\1\s*>/giu, '')
    .replace(/<\s*\/?\s*(script|style|iframe|object|embed)\b[^>]*>/giu, '')
    .replace(/\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/giu, '')
    .replace(/(href|src)\s*=\s*(["']?)\s*javascript:[^"'\s>]*\2/giu, '$1="#"');
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

/** One HIBP breach object (from /breaches or a direct /breachedaccount answer) as shown to users; null if it has no Name. */
export function toBreachFound(raw: unknown): BreachFound | null {
  const parsed = CatalogueEntrySchema.safeParse(raw);
  if (!parsed.success) return null;
  const entry = parsed.data;
  const date = entry.BreachDate && /^\d{4}-\d{2}-\d{2}/u.test(entry.BreachDate) ? entry.BreachDate.slice(0, 10) : null;
  return {
    name: clip(entry.Name, 200),
    title: clip(entry.Title?.trim() || entry.Name, 300),
    breachDate: date,
    dataClasses: (entry.DataClasses ?? [])
      .filter((value): value is string => typeof value === 'string')
      .slice(0, 100)
      .map((value) => clip(value, 200)),
    domain: entry.Domain ? clip(entry.Domain, 300) : null,
    descriptionHtml: entry.Description ? clip(stripActiveHtml(entry.Description), 20_000) : null,
    ...(entry.IsVerified !== undefined ? { isVerified: entry.IsVerified } : {}),
    ...(entry.IsSensitive !== undefined ? { isSensitive: entry.IsSensitive } : {}),
  };
}

/** The /breaches answer as breaches, or null when it is not a JSON array of breach objects. */
export function parseCatalogue(body: string): BreachFound[] | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  if (!Array.isArray(json)) return null;
  const breaches = json.map(toBreachFound).filter((breach): breach is BreachFound => breach !== null);
  // A few odd entries are skipped; an answer with none usable is not a catalogue.
  if (json.length > 0 && breaches.length === 0) return null;
  return breaches;
}

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

/** GET {hibpBaseUrl}/breaches (no key) and parse it. */
export async function fetchBreachCatalogue(
  options: Omit<LoadCatalogueOptions, 'cache' | 'maxAgeMs' | 'force'>,
): Promise<{ ok: true; breaches: BreachFound[] } | Extract<CatalogueLoad, { ok: false }>> {
  const ownPool = options.dispatcher ? null : createHttpPool(1);
  try {
    const answer = await httpGet({
      url: `${options.hibpBaseUrl.replace(/\/+$/u, '')}/breaches`,
      headers: { 'user-agent': options.userAgent, accept: 'application/json' },
      dispatcher: options.dispatcher ?? ownPool!,
      timeoutMs: options.timeoutMs ?? 30_000,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if ('failure' in answer) return { ok: false, reason: answer.failure };
    const status = answer.status;
    if (status === 200) {
      const breaches = parseCatalogue(answer.body);
      return breaches ? { ok: true, breaches } : { ok: false, reason: 'malformed', httpStatus: status };
    }
    const ray = answer.headers['cf-ray'];
    if (status === 403) return { ok: false, reason: 'blocked', httpStatus: status, ...(typeof ray === 'string' ? { rayId: ray.slice(0, 100) } : {}) };
    if (status === 429) return { ok: false, reason: 'rate-limited', httpStatus: status };
    if (status >= 500) return { ok: false, reason: 'unavailable', httpStatus: status };
    if (status === 400) return { ok: false, reason: 'bad-request', httpStatus: status };
    return { ok: false, reason: 'malformed', httpStatus: status };
  } finally {
    await ownPool?.close();
  }
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
  const fetched = await fetchBreachCatalogue({ ...options, hibpBaseUrl: baseUrl });
  if (!fetched.ok) {
    if (cached && fetched.reason !== 'cancelled') {
      return { ok: true, catalogue: inMemoryCatalogue(cached.breaches, cached.fetchedAt), from: 'stale-cache' };
    }
    return fetched;
  }
  const fetchedAt = now().toISOString();
  options.cache?.put(baseUrl, fetchedAt, fetched.breaches);
  return { ok: true, catalogue: inMemoryCatalogue(fetched.breaches, fetchedAt), from: 'network' };
}
