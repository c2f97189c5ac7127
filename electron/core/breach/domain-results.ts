import type { BreachFound } from '../model/schemas/breach.ts';
import type { DomainAlias, DomainSearchState, DomainWatch, StealerLogHit, StealerLogWebsite } from '../model/schemas/breach-check.ts';
import { NotCheckedReasonSchema } from '../model/schemas/breach.ts';
import { entryForWebsite } from '../mfa/catalogue.ts';
import type { StealerLogSite, StoredDomainSearch } from '../store/domain-search-repository.ts';
import type { Store } from '../store/store.ts';
import { inMemoryCatalogue } from './breach-catalogue.ts';
import { STEALER_LOGS_IN_PLAN_KEY, verifiedDomainsRecord } from './domain-search-record.ts';
import { nameOnlyBreach } from './hibp/breach-object.ts';
import { findingTexts } from '../report/report-texts.ts';

// What the Breaches page (and the report) reads of the verified domains' searches: each domain's
// latest state, the addresses HIBP found on them that are not on the staff list (former staff,
// shared boxes, typos), and the staff addresses a stealer log names, each website with the service
// of the catalogue it is the sign-in page of ("espacepro.ameli.fr" → amelipro).

function stateOf(search: StoredDomainSearch | undefined): DomainSearchState | null {
  if (!search) return null;
  const { answer, checkedAt } = search;
  switch (answer.status) {
    case 'answered':
      return { status: 'answered', checkedAt };
    case 'too-large':
      return { status: 'too-large', checkedAt, pwnCount: answer.pwnCount, cap: answer.cap };
    case 'not-in-plan':
      return { status: 'not-in-plan', checkedAt };
    case 'not-checked':
      return {
        status: 'not-checked',
        checkedAt,
        reason: answer.reason,
        ...(answer.httpStatus !== undefined ? { httpStatus: answer.httpStatus } : {}),
        ...(answer.rayId ? { rayId: answer.rayId } : {}),
        ...(answer.retryAt ? { retryAt: answer.retryAt } : {}),
        lastAnsweredAt: search.lastAnswered?.at ?? null,
      };
  }
}

/** A stealer-log website with its catalogue service. */
export function stealerLogWebsite(site: Pick<StealerLogSite, 'website' | 'firstSeenAt'>): StealerLogWebsite {
  const entry = entryForWebsite(site.website);
  return { website: site.website, service: entry?.service ?? null, entry: entry?.id ?? null, firstSeenAt: site.firstSeenAt };
}

export interface DomainWatchOptions {
  /** The API root whose cached catalogue titles the breach names of aliases. */
  hibpBaseUrl: string;
}

export function domainWatch(store: Store, options: DomainWatchOptions): DomainWatch {
  const searches = store.domainSearch.latest();
  const byDomain = new Map<string, { breaches?: StoredDomainSearch; stealerLogs?: StoredDomainSearch }>();
  for (const search of searches) {
    const entry = byDomain.get(search.domain) ?? {};
    if (search.kind === 'breaches') entry.breaches = search;
    else entry.stealerLogs = search;
    byDomain.set(search.domain, entry);
  }

  const accounts = store.breachResults.mailboxAccounts();
  const onRoster = new Map(accounts.map((account) => [account.email.trim().toLowerCase(), account]));
  const cached = store.breachCatalogue.get(options.hibpBaseUrl.replace(/\/+$/u, ''));
  const catalogue = cached ? inMemoryCatalogue(cached.breaches, cached.fetchedAt) : null;
  const enrich = (name: string): BreachFound => catalogue?.lookup(name) ?? nameOnlyBreach(name);
  const ignored = store.domainSearch.ignoredAliases();

  // Every address found, by address: its breaches (the last answered search) and its stealer-log sites.
  const found = new Map<string, { domain: string; alias: string; breaches: string[]; sites: StealerLogSite[] }>();
  const foundAt = (domain: string, alias: string) => {
    const address = `${alias}@${domain}`;
    let entry = found.get(address);
    if (!entry) found.set(address, (entry = { domain, alias, breaches: [], sites: [] }));
    return entry;
  };
  for (const [domain, entry] of byDomain) {
    for (const [alias, names] of entry.breaches?.lastAnswered?.aliases ?? []) foundAt(domain, alias).breaches.push(...names);
  }
  for (const site of store.domainSearch.currentStealerLogSites()) foundAt(site.domain, site.alias).sites.push(site);

  const aliasesNotOnRoster: DomainAlias[] = [];
  const stealerLogs: StealerLogHit[] = [];
  for (const [address, entry] of [...found].sort(([a], [b]) => a.localeCompare(b))) {
    const account = onRoster.get(address);
    if (!account) {
      aliasesNotOnRoster.push({
        domain: entry.domain,
        alias: entry.alias,
        address,
        breaches: entry.breaches.map(enrich),
        stealerLogWebsites: entry.sites.map((site) => site.website),
        ignored: ignored.has(address),
      });
      continue;
    }
    if (entry.sites.length === 0) continue;
    const websites = entry.sites.map(stealerLogWebsite);
    const texts = (language: 'fr' | 'en') => findingTexts({ kind: 'stealer-log', account: account.email, websites }, language);
    const [fr, en] = [texts('fr'), texts('en')];
    stealerLogs.push({
      staffId: account.staffId,
      firstName: account.firstName,
      lastName: account.lastName,
      accountId: account.accountId,
      email: account.email,
      websites,
      title: { fr: fr.title, en: en.title },
      playbook: { fr: fr.playbook ?? [], en: en.playbook ?? [] },
    });
  }

  const verified = verifiedDomainsRecord(store);
  const reason = NotCheckedReasonSchema.safeParse(verified?.reason);
  return {
    verified: verified
      ? {
          checkedAt: verified.checkedAt,
          domains: verified.domains,
          ...(reason.success ? { reason: reason.data } : {}),
          ...(verified.httpStatus !== undefined ? { httpStatus: verified.httpStatus } : {}),
          ...(verified.rayId ? { rayId: verified.rayId } : {}),
        }
      : null,
    domains: [...byDomain].map(([domain, entry]) => ({ domain, breaches: stateOf(entry.breaches), stealerLogs: stateOf(entry.stealerLogs) })),
    stealerLogsInPlan: store.settings.get<boolean | null>(STEALER_LOGS_IN_PLAN_KEY, null),
    aliasesNotOnRoster,
    stealerLogs,
  };
}
