import type { DomainCheck, DomainNotCheckedReason } from '../model/schemas/mail-domain.ts';
import { CheckDeadline } from './check-deadline.ts';
import { checkDkim, DKIM_SELECTORS } from './dkim-check.ts';
import { checkDmarc } from './dmarc-check.ts';
import type { DnsResolver } from './dns-resolver.ts';
import type { MtaStsFetchOptions } from './mta-sts-policy.ts';
import { checkMtaSts } from './mta-sts-check.ts';
import { checkSpf } from './spf-check.ts';

// Can someone send mail as the practice? The four records that answer it (policies.md,
// "Email-domain hygiene"; RFC 7208 SPF, RFC 7489 DMARC, RFC 6376 DKIM, RFC 8461 MTA-STS), each
// judged into a status and a finding code the interface words in plain French and English, each
// in its own module. The four run in parallel under one time bound: two DNS lookups' worth,
// as before includes were followed; what is not finished by then is "not checked (timeout)".

export { DKIM_SELECTORS };

function notChecked(reason: DomainNotCheckedReason) {
  return { finding: 'not-checked' as const, status: 'not-checked' as const, reason };
}

// ── All four ────────────────────────────────────────────────────────────────

export interface DomainHygieneOptions {
  dkimSelectors?: readonly string[];
  now?: () => Date;
  /** The whole check's time bound; default twice one lookup's (4 s with the default resolver). */
  budgetMs?: number;
  /** How the MTA-STS policy is fetched (tests: their loopback server's port and CA). */
  mtaSts?: MtaStsFetchOptions;
}

/** Check a domain's four records. Never throws for DNS trouble: an unanswered lookup is "not-checked". */
export async function checkDomainHygiene(
  resolver: DnsResolver,
  domain: string,
  options: DomainHygieneOptions = {},
): Promise<DomainCheck> {
  const now = options.now ?? (() => new Date());
  const started = performance.now();
  const name = domain.trim().toLowerCase().replace(/\.$/u, '');
  const deadline = new CheckDeadline(options.budgetMs ?? 2 * resolver.timeoutMs);
  const [spf, dmarc, dkim, mtaSts] = await Promise.all([
    checkSpf(resolver, name, deadline),
    checkDmarc(resolver, name, deadline),
    checkDkim(resolver, name, options.dkimSelectors ?? DKIM_SELECTORS, deadline),
    checkMtaSts(resolver, name, deadline, options.mtaSts),
  ]);
  return {
    domain: name,
    checkedAt: now().toISOString(),
    durationMs: Math.round(performance.now() - started),
    skipped: null,
    spf,
    dmarc,
    dkim,
    mtaSts,
  };
}

/** The result for a consumer domain (gmail.com…): its records are the provider's, not the practice's. */
export function skippedDomainCheck(domain: string, now: Date = new Date()): DomainCheck {
  const reason = 'consumer-domain' as const;
  return {
    domain: domain.trim().toLowerCase(),
    checkedAt: now.toISOString(),
    durationMs: 0,
    skipped: reason,
    spf: { check: 'spf', records: [], all: null, redirect: null, lookups: 0, voidLookups: 0, followed: [], problem: null, ...notChecked(reason) },
    dmarc: {
      check: 'dmarc',
      records: [],
      policy: null,
      subdomainPolicy: null,
      percent: null,
      reportTo: [],
      inheritedFrom: null,
      effectivePolicy: null,
      ...notChecked(reason),
    },
    dkim: { check: 'dkim', records: [], selectorsFound: [], selectorsTried: [], selectorsUnanswered: [], keys: [], ...notChecked(reason) },
    mtaSts: { check: 'mta-sts', records: [], policyId: null, mode: null, policyProblem: null, ...notChecked(reason) },
  };
}
