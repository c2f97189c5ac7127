import type { BreachSource, EmailBreachOutcome } from '../model/schemas/breach.ts';
import { hibpSource } from '../model/source-id.ts';
import { createHttpPool } from '../http/http-request.ts';
import { loadBreachCatalogue, type CatalogueCache } from './breach-catalogue.ts';
import { createEmailChecker, type EmailChecker, type EmailCheckerOptions } from './email-checker.ts';
import type { EmailBreachSource } from './email-source.ts';
import { domainOutcome, runDomainSearch, type DomainSearchRun } from './domain-search.ts';
import { nameOnlyBreach } from './hibp/breach-object.ts';
import { previousModeOf, type HibpAccount } from './hibp/hibp-account.ts';

// One breach check's set-up, the same for "check all staff" (check-staff-job.ts) and `hygie audit`
// (cli/audit-command.ts): the catalogue first (it titles the range answers, which carry names
// only), then the checker (the plan read once, one rate limiter for every address), then the
// searches of the verified domains the addresses use (domain-search.ts: one call per domain
// instead of one per address), then the sources each address is answered for, in order. One
// keep-alive pool serves all of it and close() ends it.

export interface BreachSessionOptions {
  /** Its remembered mode is kept when the plan cannot be read (the CLI remembers none: it then asks nothing). */
  account: HibpAccount;
  /** "Hygie/<version>". */
  userAgent: string;
  /** The practice's local corpora, asked after HIBP. */
  corpora: readonly EmailBreachSource[];
  /** The store's copy of the catalogue; without one (the CLI) it is fetched for the run. */
  catalogueCache?: CatalogueCache;
  /** Cancel (Ctrl-C, Cancel): reaches the catalogue and the plan lookup, its retry-after waits included. */
  signal: AbortSignal;
  /** Passed on to the checker (tests: shorter timeouts, fewer retries, a clock). */
  checker?: Partial<Pick<EmailCheckerOptions, 'timeoutMs' | 'maxRetries' | 'rpm' | 'mode' | 'clock'>>;
  /** The addresses about to be checked: the verified domains among theirs are searched whole. */
  addresses?: readonly string[];
  /** The practice's own domain, searched when verified even if no listed address uses it. */
  practiceDomain?: string | null;
  /** false: every address goes the per-address route (`hygie audit --no-domain-search`). Default true. */
  domainSearch?: boolean;
}

export interface BreachSession {
  checker: EmailChecker;
  /** The verified domains' searches (empty when none was asked). */
  domainSearch: DomainSearchRun;
  /**
   * One address's outcomes, one per source: HIBP's from its domain's search when that answered
   * (no call of its own), else asked on its own; then the local corpora.
   */
  check(email: string, signal?: AbortSignal): Promise<EmailBreachOutcome[]>;
  /** A breach Name's title, from the catalogue when it has it. */
  titleOf(name: string): string;
  /** The sources each address is answered for, in order: what an address left unchecked is recorded against. */
  sources: BreachSource[];
  close(): Promise<void>;
}

/** What a check asks when it has not started yet: HIBP (as last time) when a key is set, then each corpus. */
export function expectedSources(account: HibpAccount, corpora: readonly EmailBreachSource[]): BreachSource[] {
  const hibp = account.apiKey === null ? [] : [hibpSource(account.remembered?.mode === 'range' ? 'range' : 'direct')];
  return [...hibp, ...corpora.map((corpus) => corpus.source)];
}

/** An address the user's cancel left unchecked: not-checked 'cancelled' for each source, never clean. */
export function cancelledOutcomes(sources: readonly BreachSource[]): EmailBreachOutcome[] {
  return sources.map((source) => ({ status: 'not-checked', source, reason: 'cancelled' }) as const);
}

export async function openBreachSession(options: BreachSessionOptions): Promise<BreachSession> {
  const { account, userAgent, signal } = options;
  const pool = createHttpPool(2);
  try {
    // Without a key nothing HIBP answers needs a title. Without the catalogue the checks still
    // run, with breach names only.
    const catalogue =
      account.apiKey === null
        ? null
        : await loadBreachCatalogue({
            hibpBaseUrl: account.baseUrl,
            userAgent,
            dispatcher: pool,
            signal,
            ...(options.catalogueCache ? { cache: options.catalogueCache } : {}),
          });
    const previousMode = previousModeOf(account);
    const checker = await createEmailChecker({
      hibpBaseUrl: account.baseUrl,
      apiKey: account.apiKey,
      userAgent,
      ...(previousMode ? { previousMode } : {}),
      ...(catalogue?.ok ? { catalogue: catalogue.catalogue } : {}),
      extraSources: [...options.corpora],
      dispatcher: pool,
      signal,
      ...options.checker,
    });
    const domainSearch = await runDomainSearch({
      checker,
      emails: options.addresses ?? [],
      practiceDomain: options.practiceDomain ?? null,
      enabled: options.domainSearch ?? true,
      signal,
    });
    const enrich = (name: string) => (catalogue?.ok ? catalogue.catalogue.lookup(name) : null) ?? nameOnlyBreach(name);
    const sources = [...(checker.mode === 'none' ? [] : [hibpSource(checker.mode)]), ...options.corpora.map((corpus) => corpus.source)];
    return {
      checker,
      domainSearch,
      check: (email, checkSignal) => checker.check(email, checkSignal, domainOutcome(domainSearch, email, enrich) ?? undefined),
      titleOf: (name) => enrich(name).title,
      sources,
      close: async () => {
        await checker.close();
        await pool.close();
      },
    };
  } catch (error) {
    await pool.close();
    throw error;
  }
}
