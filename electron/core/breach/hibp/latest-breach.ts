import type { BreachFound } from '../../model/schemas/breach.ts';
import { toBreachFound } from './breach-object.ts';
import { hibpFetch, jsonOf, type HibpOptions, type HibpResult } from './hibp-fetch.ts';

// GET /latestbreach (free, no key): the breach most recently added to HIBP, by AddedDate — one
// small call a day tells whether anything was added since the practice's last check. No 404 is
// documented: one is an unexpected answer. An answer without a readable AddedDate is unusable
// (it is what the comparison needs), so it is 'malformed'.

export interface LatestBreach {
  breach: BreachFound;
  /** AddedDate, as an ISO instant. */
  addedAt: string;
}

export function readLatestBreach(body: string): LatestBreach | null {
  const json = jsonOf(body);
  const breach = toBreachFound(json);
  if (!breach || typeof json !== 'object' || json === null) return null;
  const added = (json as { AddedDate?: unknown }).AddedDate;
  if (typeof added !== 'string') return null;
  const time = Date.parse(added);
  if (!Number.isFinite(time)) return null;
  return { breach, addedAt: new Date(time).toISOString() };
}

/** The key is never sent: the call is public. */
export function latestBreach(options: Omit<HibpOptions, 'apiKey'>): Promise<HibpResult<LatestBreach>> {
  return hibpFetch({ path: '/latestbreach', read: readLatestBreach, defaultTimeoutMs: 15_000 }, options);
}
