import { readDomainAliases, type DomainAliases } from './domain-aliases.ts';
import { hibpFetch, type HibpOptions, type HibpResult } from './hibp-fetch.ts';

// GET /stealerlogsbyemaildomain/{domain} (key, plans with stealer logs, a domain this key
// verified): each alias whose credentials infostealer malware captured, with the website domains
// they were typed on ("espacepro.ameli.fr"). Only the domain leaves the computer. The
// documentation lists no 404 for this call (docs/references.md): a 404 is an unexpected answer,
// "not checked", never "no stealer log"; the empty answer is {}.

export function stealerLogsByEmailDomain(domain: string, options: HibpOptions & { apiKey: string }): Promise<HibpResult<DomainAliases>> {
  return hibpFetch({ path: `/stealerlogsbyemaildomain/${encodeURIComponent(domain)}`, read: readDomainAliases, defaultTimeoutMs: 30_000 }, options);
}
