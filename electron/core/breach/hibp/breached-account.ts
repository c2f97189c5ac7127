import type { BreachFound } from '../../model/schemas/breach.ts';
import { toBreachFound } from './breach-object.ts';
import { hibpFetch, jsonOf, type HibpOptions, type HibpResult } from './hibp-fetch.ts';

// GET /breachedaccount/{account}?truncateResponse=false (key): every breach of one address, the
// address itself sent (URL-encoded) — the route for plans without the e-mail range search.
// 404 is documented as "not found": the address is in no breach.

export interface AccountBreach {
  breach: BreachFound;
  /** A full answer carries the Title; a Name-only one takes the catalogue's. */
  full: boolean;
}

/** Each entry a breach object with a Name, at least one; anything else is not the documented answer. */
export function readAccountBreaches(body: string): AccountBreach[] | null {
  const json = jsonOf(body);
  if (!Array.isArray(json) || json.length === 0) return null;
  const found: AccountBreach[] = [];
  for (const entry of json) {
    const breach = toBreachFound(entry);
    if (!breach) return null;
    found.push({ breach, full: typeof (entry as { Title?: unknown }).Title === 'string' });
  }
  return found;
}

/** [] when HIBP knows the address in no breach (its 404). */
export function breachedAccount(account: string, options: HibpOptions): Promise<HibpResult<AccountBreach[]>> {
  return hibpFetch(
    { path: `/breachedaccount/${encodeURIComponent(account)}?truncateResponse=false`, read: readAccountBreaches, notFound: () => [] },
    options,
  );
}
