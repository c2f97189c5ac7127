import { readDomainAliases, type DomainAliases } from './domain-aliases.ts';
import { hibpFetch, type HibpOptions, type HibpResult } from './hibp-fetch.ts';

// GET /breacheddomain/{domain} (key, a domain this key verified): every breached alias of the
// domain with the Names of its breaches, in one call — only the domain leaves the computer, never
// an address. Capped by the plan's DomainSearchMaxBreachedAccounts. 404 is documented for this
// call as "no record matched" (docs/references.md): no alias of the domain is in a breach.

export function breachedDomain(domain: string, options: HibpOptions & { apiKey: string }): Promise<HibpResult<DomainAliases>> {
  return hibpFetch(
    { path: `/breacheddomain/${encodeURIComponent(domain)}`, read: readDomainAliases, notFound: () => new Map(), defaultTimeoutMs: 30_000 },
    options,
  );
}
