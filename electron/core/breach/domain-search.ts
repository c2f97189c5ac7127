import type { BreachFound, EmailBreachOutcome } from '../model/schemas/breach.ts';
import type { HibpKeyTest } from '../model/schemas/services.ts';
import { HIBP_DOMAIN_SOURCE } from '../model/source-id.ts';
import type { DomainSearchAnswer } from '../store/domain-search-repository.ts';
import type { EmailChecker, KeyedCallResult } from './email-checker.ts';
import { breachedDomain } from './hibp/breached-domain.ts';
import type { DomainAliases } from './hibp/domain-aliases.ts';
import { stealerLogsByEmailDomain } from './hibp/stealer-logs-by-email-domain.ts';
import { subscribedDomains, type SubscribedDomain } from './hibp/subscribed-domains.ts';
import { planNameAllowsRange } from './hibp/subscription-status.ts';

// A check's whole-domain part (docs/hibp-api.md, "For an organisation"): before the addresses,
// ask which domains the key has verified (/subscribeddomains), then, for each verified domain a
// roster address (or the practice) uses, every breached alias in one call (/breacheddomain) and,
// when the plan includes them, the stealer logs (/stealerlogsbyemaildomain). Only domain names
// leave the computer. An address on a domain whose search answered is answered from it — no call
// of its own; every other address (Gmail, Orange…, or a domain whose search failed or is larger
// than the plan allows) goes the per-address route, so an unanswered search never reads as clean.

export interface DomainSearchRun {
  checkedAt: string;
  /** What /subscribeddomains answered; null when it was not asked (no key, plan unread, turned off). */
  subscribed: KeyedCallResult<SubscribedDomain[]> | null;
  /** Whether the plan includes stealer logs (IncludesStealerLogs, else the plan's name); null: not known. */
  stealerLogsInPlan: boolean | null;
  /** Per verified domain in use: its two searches. */
  domains: Map<string, { breaches: DomainSearchAnswer; stealerLogs: DomainSearchAnswer | null }>;
}

export interface DomainSearchOptions {
  checker: EmailChecker;
  /** The addresses about to be checked: their domains are the ones worth searching. */
  emails: readonly string[];
  /** The practice's own domain, searched when verified even if no address on the roster uses it. */
  practiceDomain?: string | null;
  /** false: the per-address route for everyone (`hygie audit --no-domain-search`). */
  enabled?: boolean;
  signal?: AbortSignal;
  now?: () => Date;
}

/** The lower-cased domain of an address ('' when it has none). */
export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at === -1 ? '' : email.slice(at + 1).trim().toLowerCase();
}

/** The lower-cased part before "@". */
export function aliasOf(email: string): string {
  const at = email.lastIndexOf('@');
  return (at === -1 ? email : email.slice(0, at)).trim().toLowerCase();
}

/** Whether the plan includes stealer logs: its flag, else (an older answer) "Pro and above" by name. */
export function planIncludesStealerLogs(keyStatus: HibpKeyTest | null): boolean | null {
  if (keyStatus?.result !== 'valid') return null;
  if (keyStatus.features.stealerLogs !== null) return keyStatus.features.stealerLogs;
  return keyStatus.plan === null ? null : planNameAllowsRange(keyStatus.plan);
}

function answerOf(result: KeyedCallResult<DomainAliases>): DomainSearchAnswer {
  if (result.ok) return { status: 'answered', aliases: result.value };
  const { reason, httpStatus, rayId, retryAt } = result;
  return { status: 'not-checked', reason, ...(httpStatus !== undefined ? { httpStatus } : {}), ...(rayId ? { rayId } : {}), ...(retryAt ? { retryAt } : {}) };
}

/** A run that asked nothing: every address goes the per-address route. */
export function emptyDomainSearch(now: Date): DomainSearchRun {
  return { checkedAt: now.toISOString(), subscribed: null, stealerLogsInPlan: null, domains: new Map() };
}

export async function runDomainSearch(options: DomainSearchOptions): Promise<DomainSearchRun> {
  const { checker, signal } = options;
  const run = emptyDomainSearch((options.now ?? (() => new Date()))());
  const keyUsable = checker.mode !== 'none' && checker.modeKnown && checker.keyStatus?.result !== 'invalid';
  if (options.enabled === false || !keyUsable) return run;
  run.stealerLogsInPlan = planIncludesStealerLogs(checker.keyStatus);

  const wanted = new Set(options.emails.map(domainOf).filter((domain) => domain !== ''));
  if (options.practiceDomain) wanted.add(options.practiceDomain.trim().toLowerCase());
  run.subscribed = await checker.call((hibp) => subscribedDomains(hibp), signal);
  if (!run.subscribed.ok) return run;

  const cap = checker.keyStatus?.result === 'valid' ? checker.keyStatus.features.domainSearchMaxBreachedAccounts : null;
  for (const verified of run.subscribed.value) {
    if (!wanted.has(verified.domain)) continue;
    // Larger than the plan may search: not asked (HIBP would refuse it), the addresses go one by one.
    const breaches: DomainSearchAnswer =
      cap !== null && verified.pwnCount !== null && verified.pwnCount > cap
        ? { status: 'too-large', pwnCount: verified.pwnCount, cap }
        : answerOf(await checker.call((hibp) => breachedDomain(verified.domain, hibp), signal));
    const stealerLogs: DomainSearchAnswer | null =
      run.stealerLogsInPlan === false
        ? { status: 'not-in-plan' }
        : run.stealerLogsInPlan === true
          ? answerOf(await checker.call((hibp) => stealerLogsByEmailDomain(verified.domain, hibp), signal))
          : null;
    run.domains.set(verified.domain, { breaches, stealerLogs });
  }
  return run;
}

/**
 * HIBP's answer for one address from its domain's search, or null when the address must be asked
 * on its own (its domain not verified, or the search did not answer).
 */
export function domainOutcome(run: DomainSearchRun, email: string, enrich: (name: string) => BreachFound): EmailBreachOutcome | null {
  const search = run.domains.get(domainOf(email))?.breaches;
  if (search?.status !== 'answered') return null;
  const names = search.aliases.get(aliasOf(email));
  if (!names || names.length === 0) return { status: 'clean', source: HIBP_DOMAIN_SOURCE };
  return { status: 'breached', source: HIBP_DOMAIN_SOURCE, breaches: names.map(enrich) };
}

/** The stealer-log websites of one address, from its domain's latest search; null when not searched. */
export function stealerLogWebsites(run: DomainSearchRun, email: string): readonly string[] | null {
  const search = run.domains.get(domainOf(email))?.stealerLogs;
  if (search?.status !== 'answered') return null;
  return search.aliases.get(aliasOf(email)) ?? [];
}
