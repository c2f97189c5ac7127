import { z } from 'zod';
import { hibpFetch, jsonBody, type HibpOptions, type HibpResult } from './hibp-fetch.ts';

// GET /subscribeddomains (key): the domains this key has verified in HIBP's domain search
// dashboard, each with how many breached addresses HIBP counts on it. Only on these domains may
// /breacheddomain and /stealerlogsbyemaildomain be asked. An empty array is a documented answer
// (no verified domain); a 404 is not documented for this call, so it is an unexpected answer,
// never "no domain" (docs/hibp-api.md, "How Hygie reads each status").

const SubscribedDomainsSchema = z.array(
  z.looseObject({
    DomainName: z.string().trim().min(1).max(253),
    PwnCount: z.number().nullable().optional(),
    PwnCountExcludingSpamLists: z.number().nullable().optional(),
    NextSubscriptionRenewal: z.string().nullable().optional(),
  }),
);

export interface SubscribedDomain {
  /** Lower-cased. */
  domain: string;
  /** Breached addresses HIBP counted on the domain at its last search (null: not said). */
  pwnCount: number | null;
  nextRenewal: string | null;
}

export function readSubscribedDomains(body: string): SubscribedDomain[] | null {
  const parsed = jsonBody(SubscribedDomainsSchema)(body);
  if (parsed === null) return null;
  return parsed.map((entry) => ({
    domain: entry.DomainName.toLowerCase(),
    pwnCount: typeof entry.PwnCount === 'number' && Number.isFinite(entry.PwnCount) ? entry.PwnCount : null,
    nextRenewal: entry.NextSubscriptionRenewal ? entry.NextSubscriptionRenewal.slice(0, 40) : null,
  }));
}

export function subscribedDomains(options: HibpOptions & { apiKey: string }): Promise<HibpResult<SubscribedDomain[]>> {
  return hibpFetch({ path: '/subscribeddomains', read: readSubscribedDomains, defaultTimeoutMs: 15_000 }, options);
}
