import type { Store } from '../store/store.ts';
import type { DomainSearchRun } from './domain-search.ts';

// Keeps a check's domain searches in the store: each searched domain's two answers (or why none
// came), and whether the key's plan includes stealer logs — what the Breaches page says when it
// does not. A run that asked nothing records nothing: the last known answers stand.

/** Where whether the plan includes stealer logs is remembered (with the plan's other facts). */
export const STEALER_LOGS_IN_PLAN_KEY = 'breach.stealerLogsInPlan';

/** Where the last /subscribeddomains answer is remembered: the domains verified, or why it did not answer. */
export const VERIFIED_DOMAINS_KEY = 'breach.verifiedDomains';

export interface VerifiedDomainsRecord {
  checkedAt: string;
  /** The key's verified domains (all of them, used or not); null when the call did not answer. */
  domains: string[] | null;
  reason?: string;
  httpStatus?: number;
  rayId?: string;
}

export function verifiedDomainsRecord(store: Store): VerifiedDomainsRecord | null {
  return store.settings.get<VerifiedDomainsRecord | null>(VERIFIED_DOMAINS_KEY, null);
}

export function recordDomainSearch(store: Store, run: DomainSearchRun): void {
  if (run.subscribed === null) return;
  const subscribed = run.subscribed;
  const record: VerifiedDomainsRecord = subscribed.ok
    ? { checkedAt: run.checkedAt, domains: subscribed.value.map((entry) => entry.domain) }
    : {
        checkedAt: run.checkedAt,
        domains: null,
        reason: subscribed.reason,
        ...(subscribed.httpStatus !== undefined ? { httpStatus: subscribed.httpStatus } : {}),
        ...(subscribed.rayId ? { rayId: subscribed.rayId } : {}),
      };
  store.settings.set(VERIFIED_DOMAINS_KEY, record);
  if (run.stealerLogsInPlan !== null) store.settings.set(STEALER_LOGS_IN_PLAN_KEY, run.stealerLogsInPlan);
  for (const [domain, searches] of run.domains) {
    store.domainSearch.record(domain, 'breaches', run.checkedAt, searches.breaches);
    if (searches.stealerLogs) store.domainSearch.record(domain, 'stealer-logs', run.checkedAt, searches.stealerLogs);
  }
}
