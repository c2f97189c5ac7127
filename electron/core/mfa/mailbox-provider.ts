import { isUnanswered, type DnsUnanswered } from '../model/schemas/mail-domain.ts';
import type { MailboxDetectionAttempt } from '../store/mail-domain-repository.ts';
import type { DnsResolver, MxRecord } from './dns-resolver.ts';

// Who hosts a mailbox: the MX records of its domain name the servers that receive its mail, and
// those names give the provider away (aspmx.l.google.com → Google, *.mail.protection.outlook.com
// → Microsoft 365). The mapping itself lives in the services catalogue; this module asks the DNS
// and hands the hosts over.

/** The catalogue's answer: the id of the mailbox provider whose MX patterns match, or null. */
export type ProviderForMx = (hosts: readonly string[]) => string | null;

/**
 * Consumer domains whose provider is common knowledge, with an MX host each really publishes.
 * They go through the catalogue like any MX answer (so the ids are the catalogue's), without a
 * lookup; if the catalogue does not recognise the host, the real MX records are asked instead.
 */
export const KNOWN_CONSUMER_DOMAINS: Readonly<Record<string, readonly string[]>> = {
  'gmail.com': ['gmail-smtp-in.l.google.com'],
  'googlemail.com': ['gmail-smtp-in.l.google.com'],
  'outlook.fr': ['outlook-fr.olc.protection.outlook.com'],
  'outlook.com': ['outlook-com.olc.protection.outlook.com'],
  'hotmail.fr': ['hotmail-fr.olc.protection.outlook.com'],
  'hotmail.com': ['hotmail-com.olc.protection.outlook.com'],
  'live.fr': ['live-fr.olc.protection.outlook.com'],
  'msn.com': ['msn-com.olc.protection.outlook.com'],
  'orange.fr': ['smtp-in.orange.fr'],
  'wanadoo.fr': ['smtp-in.orange.fr'],
  'free.fr': ['mx1.free.fr', 'mx2.free.fr'],
  'laposte.net': ['smtpz4.laposte.net'],
  'sfr.fr': ['mx1.sfr.fr'],
  'neuf.fr': ['mx1.sfr.fr'],
};

/** Consumer mailbox domains: their SPF/DMARC belong to the provider, not to the practice. */
export function isConsumerDomain(domain: string): boolean {
  return Object.hasOwn(KNOWN_CONSUMER_DOMAINS, domain.trim().toLowerCase());
}

function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/u, '');
}

/** Best priority first; equal priorities by name, so the stored list does not shuffle between checks. */
export function sortMx(records: readonly MxRecord[]): string[] {
  return [...records]
    .sort((a, b) => a.priority - b.priority || normaliseHost(a.exchange).localeCompare(normaliseHost(b.exchange)))
    .map((record) => normaliseHost(record.exchange));
}

export async function detectMailboxProvider(
  resolver: DnsResolver,
  providerForMx: ProviderForMx,
  domainName: string,
): Promise<MailboxDetectionAttempt> {
  const domain = domainName.trim().toLowerCase().replace(/\.$/u, '');
  const known = KNOWN_CONSUMER_DOMAINS[domain];
  const knownProvider = known ? providerForMx(known) : null;
  if (knownProvider) return { domain, provider: knownProvider, mxHosts: [], status: 'detected', source: 'known-domain' };

  const answer = await resolver.mx(domain);
  if (isUnanswered(answer.status)) {
    return { domain, provider: null, mxHosts: [], status: 'not-checked', reason: answer.status as DnsUnanswered, source: null };
  }
  if (answer.status === 'nxdomain' || answer.status === 'no-data') {
    return { domain, provider: null, mxHosts: [], status: 'no-mx', reason: answer.status, source: 'mx' };
  }
  const hosts = answer.status === 'ok' ? sortMx(answer.records).filter(Boolean) : [];
  // A "null MX" (a single record for ".", RFC 7505): the domain says it receives no mail.
  if (hosts.length === 0) return { domain, provider: null, mxHosts: [], status: 'no-mx', reason: 'null-mx', source: 'mx' };
  const provider = providerForMx(hosts);
  return { domain, provider, mxHosts: hosts, status: provider ? 'detected' : 'unknown-provider', source: 'mx' };
}

/** Every domain at once, a few lookups in flight at a time; each comes back, answered or not. */
export async function detectMailboxProviders(
  resolver: DnsResolver,
  providerForMx: ProviderForMx,
  domains: Iterable<string>,
  concurrency = 8,
): Promise<MailboxDetectionAttempt[]> {
  const queue = [...new Set([...domains].map((domain) => domain.trim().toLowerCase()))];
  const results: MailboxDetectionAttempt[] = new Array(queue.length);
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const index = next++;
      results[index] = await detectMailboxProvider(resolver, providerForMx, queue[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  return results;
}
