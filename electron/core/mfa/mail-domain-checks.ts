import { HygieError } from '../model/hygie-error.ts';
import type { DomainCheck, MailboxDetection } from '../model/schemas/mail-domain.ts';
import type { Store } from '../store/store.ts';
import type { StoredMailboxDetection } from '../store/mail-domain-repository.ts';
import { providerForMx, serviceEntry } from './catalogue.ts';
import type { DnsResolver } from './dns-resolver.ts';
import { checkDomainHygiene, skippedDomainCheck, type DomainHygieneOptions } from './domain-hygiene.ts';
import { detectMailboxProviders, isConsumerDomain, type ProviderForMx } from './mailbox-provider.ts';

/** The catalogue's id for a domain's MX hosts (best first). */
export const catalogueProviderForMx: ProviderForMx = (hosts) => providerForMx(hosts)?.id ?? null;

function withName(detection: StoredMailboxDetection): MailboxDetection {
  const entry = detection.provider ? serviceEntry(detection.provider) : undefined;
  return { ...detection, providerName: entry ? { fr: entry.name.fr, en: entry.name.en } : null };
}

/** Every roster domain's stored detection, with the provider's name. */
export function staffMailboxProviders(store: Store): MailboxDetection[] {
  return store.mailDomain.detections().map(withName);
}

// The contract calls behind "Détecter les fournisseurs" and "Vérifier le domaine": ask the DNS,
// keep what it said in the store, write it in the audit log. The DNS work happens outside any
// transaction (it waits on the network); only the writes hold the database.

/** Every staff e-mail domain, deduplicated, looked up in parallel; returns every roster domain as stored. */
export async function detectStaffMailboxProviders(
  store: Store,
  resolver: DnsResolver,
  providerForMx: ProviderForMx = catalogueProviderForMx,
): Promise<MailboxDetection[]> {
  const domains = [...store.mailDomain.rosterDomains().keys()];
  const attempts = await detectMailboxProviders(resolver, providerForMx, domains);
  store.transaction(() => {
    for (const attempt of attempts) store.mailDomain.saveDetection(attempt);
    const count = (status: string) => attempts.filter((attempt) => attempt.status === status).length;
    store.audit.append('mfa.providers.detect', null, {
      domains: attempts.length,
      detected: count('detected'),
      unknownProvider: count('unknown-provider'),
      noMx: count('no-mx'),
      notChecked: count('not-checked'),
    });
  });
  return staffMailboxProviders(store);
}

/** The practice's own domain, checked now; consumer domains are recorded as not checked, with why. */
export async function checkPracticeDomain(store: Store, resolver: DnsResolver, options: DomainHygieneOptions = {}): Promise<DomainCheck> {
  const practice = store.practice.get();
  if (!practice) throw new HygieError('practice-not-configured');
  if (!practice.emailDomain) throw new HygieError('practice-no-email-domain');
  const domain = practice.emailDomain;
  const result = isConsumerDomain(domain) ? skippedDomainCheck(domain) : await checkDomainHygiene(resolver, domain, options);
  store.transaction(() => {
    store.mailDomain.saveDomainCheck(result);
    store.audit.append('mfa.domain.check', domain, {
      skipped: result.skipped,
      spf: result.spf.status,
      dmarc: result.dmarc.status,
      dkim: result.dkim.status,
      mtaSts: result.mtaSts.status,
      durationMs: result.durationMs,
    });
  });
  return result;
}

/** The last stored check of the practice's current domain (a check of a former domain is not its result). */
export function practiceDomainResult(store: Store): DomainCheck | null {
  const domain = store.practice.get()?.emailDomain;
  return domain ? store.mailDomain.domainCheck(domain) : null;
}
