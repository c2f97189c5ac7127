import { entryForWebsite } from '../mfa/catalogue.ts';
import type { AuditDomainSearch, AuditEntry } from './audit-report-schema.ts';
import { stealerLogWebsites, type DomainSearchRun } from './domain-search.ts';

// What `hygie audit` reports of the verified domains' searches (the same ones the app's check
// makes): each address's stealer-log websites (absent when its domain's were not searched), and the
// addresses HIBP found on the domains that are not on the roster.

/** The stealer-log websites of one roster address, each with its catalogue service; absent when not searched. */
export function auditStealerLogs(run: DomainSearchRun, email: string): Pick<AuditEntry, 'stealerLogWebsites'> {
  const websites = stealerLogWebsites(run, email);
  return websites === null ? {} : { stealerLogWebsites: websites.map((website) => ({ website, service: entryForWebsite(website)?.service ?? null })) };
}

export function auditDomainSearch(run: DomainSearchRun, rosterEmails: readonly string[], titleOf: (name: string) => string): AuditDomainSearch {
  const onRoster = new Set(rosterEmails.map((email) => email.trim().toLowerCase()));
  const found = new Map<string, { breaches: string[]; stealerLogWebsites: string[] }>();
  const entry = (address: string) => {
    let value = found.get(address);
    if (!value) found.set(address, (value = { breaches: [], stealerLogWebsites: [] }));
    return value;
  };
  const domains: AuditDomainSearch['domains'] = [];
  for (const [domain, searches] of run.domains) {
    const { breaches, stealerLogs } = searches;
    if (breaches.status === 'answered') for (const [alias, names] of breaches.aliases) entry(`${alias}@${domain}`).breaches.push(...names.map(titleOf));
    if (stealerLogs?.status === 'answered') for (const [alias, sites] of stealerLogs.aliases) entry(`${alias}@${domain}`).stealerLogWebsites.push(...sites);
    const unanswered = [breaches, stealerLogs].find((search) => search?.status === 'not-checked');
    domains.push({
      domain,
      breaches: breaches.status === 'not-in-plan' ? 'not-checked' : breaches.status,
      stealerLogs: stealerLogs === null ? null : stealerLogs.status === 'too-large' ? 'not-checked' : stealerLogs.status,
      ...(unanswered?.status === 'not-checked' ? { reason: unanswered.reason } : {}),
    });
  }
  return {
    domains,
    stealerLogsInPlan: run.stealerLogsInPlan,
    aliasesNotOnRoster: [...found]
      .filter(([address]) => !onRoster.has(address))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([address, value]) => ({ address, ...value })),
  };
}
