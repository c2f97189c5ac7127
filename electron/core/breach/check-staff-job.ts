import { HygieError } from '../model/hygie-error.ts';
import { BREACH_JOB_KIND } from '../model/job-kinds.ts';
import { combineOutcomes, type BreachSource, type EmailBreachOutcome } from '../model/schemas/breach.ts';
import type { JobItem, JobKind } from '../jobs/job-kind.ts';
import { servicesSettings } from '../settings/services-settings.ts';
import type { NewJobItem } from '../store/job-repository.ts';
import type { SecretStore } from '../store/secret-store.ts';
import type { StoredBreachOutcome } from '../store/breach-results-repository.ts';
import type { Store } from '../store/store.ts';
import { loadBreachCatalogue } from './breach-catalogue.ts';
import { createEmailChecker, type EmailCheckerOptions } from './email-checker.ts';
import { localCorpusSources } from './local-corpus-source.ts';

// "Check all staff" (issue 4): every active mailbox account of every active person, one item per
// e-mail, through one checker (HIBP with the keychain's key, plus the local corpora) so that one
// rate limiter paces the whole job. Each e-mail's outcomes are stored as it finishes, one
// check_result row per source. A rerun skips e-mails whose every source gave a definitive answer
// in the last 24 hours, unless forced; a retry takes those with a source that could not answer.

export const FRESH_FOR_MS = 24 * 60 * 60 * 1000;

/** Where the last check's mode is remembered, so the page can say whether addresses were sent. */
const LAST_MODE_KEY = 'breach.lastHibpMode';

export interface LastHibpMode {
  mode: 'range' | 'direct';
  plan: string | null;
  hibpBaseUrl: string;
  at: string;
}

export function lastHibpMode(store: Store): LastHibpMode | null {
  return store.settings.get<LastHibpMode | null>(LAST_MODE_KEY, null);
}

/** 'hibp' and 'hibp-range' are one source asked two ways: the latest of either stands. */
export function sourceFamily(source: BreachSource): string {
  return source === 'hibp-range' ? 'hibp' : source;
}

/** The sources a check asks now, by family: HIBP when a key is set, and each local corpus. */
export function currentSourceFamilies(store: Store, hasKey: boolean): string[] {
  return [...(hasKey ? ['hibp'] : []), ...store.corpora.list().map((corpus) => `corpus:${corpus.id}`)];
}

/** Latest outcome per account and source family. */
export function latestByAccount(rows: readonly StoredBreachOutcome[]): Map<string, Map<string, StoredBreachOutcome>> {
  const byAccount = new Map<string, Map<string, StoredBreachOutcome>>();
  for (const row of rows) {
    let families = byAccount.get(row.accountId);
    if (!families) byAccount.set(row.accountId, (families = new Map()));
    const family = sourceFamily(row.outcome.source);
    const before = families.get(family);
    if (!before || before.checkedAt < row.checkedAt) families.set(family, row);
  }
  return byAccount;
}

export interface PlanOptions {
  hasKey: boolean;
  /** Check every e-mail, however recent its last answer. */
  force?: boolean;
  /** Only the e-mails with a source that could not answer (or was never asked). */
  retry?: boolean;
  /** Restrict to these mailbox accounts (a retry of chosen e-mails: taken whatever their state). */
  accountIds?: readonly string[];
  now: Date;
}

/** Which e-mails a check takes, and how many it leaves out as checked less than 24 hours ago. */
export function planBreachCheck(store: Store, options: PlanOptions): { items: NewJobItem[]; skipped: number } {
  const families = currentSourceFamilies(store, options.hasKey);
  if (families.length === 0) throw new HygieError('breach-no-source');
  let accounts = store.breachResults.mailboxAccounts();
  if (accounts.length === 0) throw new HygieError('breach-no-staff');
  if (options.accountIds) {
    const wanted = new Set(options.accountIds);
    accounts = accounts.filter((account) => wanted.has(account.accountId));
  }
  const latest = latestByAccount(store.breachResults.latestPerSource());
  const freshSince = options.now.getTime() - FRESH_FOR_MS;
  const items: NewJobItem[] = [];
  let skipped = 0;
  for (const account of accounts) {
    const known = latest.get(account.accountId);
    const answers = families.map((family) => known?.get(family));
    const unanswered = answers.some((answer) => !answer || answer.outcome.status === 'not-checked');
    const stale = answers.some((answer) => !answer || Date.parse(answer.checkedAt) < freshSince);
    const take = options.accountIds || options.force ? true : options.retry ? unanswered : unanswered || stale;
    if (!take) {
      if (!options.retry) skipped += 1;
      continue;
    }
    const name = [account.firstName, account.lastName].filter(Boolean).join(' ');
    items.push({ key: account.accountId, label: `${name} — ${account.email}` });
  }
  return { items, skipped };
}

export interface BreachJobOptions {
  secrets: SecretStore;
  /** "Hygie/<version>". */
  userAgent: string;
  /** Passed on to the checker (tests: shorter timeouts, fewer retries). */
  checker?: Partial<Pick<EmailCheckerOptions, 'timeoutMs' | 'maxRetries' | 'rpm' | 'mode' | 'clock'>>;
  /** Items checked at once; the checker's rate limiter paces them (default 2). */
  concurrency?: number;
}

function cancelledOutcomes(sources: readonly BreachSource[]): EmailBreachOutcome[] {
  return sources.map((source) => ({ status: 'not-checked', source, reason: 'cancelled' }));
}

export function breachCheckJob(options: BreachJobOptions): JobKind {
  // The sources the current worker asks: what an item cancelled before its check records.
  let sources: BreachSource[] | null = null;

  const sourcesWithoutWorker = async (store: Store): Promise<BreachSource[]> => {
    const hasKey = (await options.secrets.get('hibp-api-key')) !== null;
    const hibp: BreachSource = lastHibpMode(store)?.mode === 'range' ? 'hibp-range' : 'hibp';
    return [...(hasKey ? [hibp] : []), ...localCorpusSources(store).map((source) => source.source)];
  };
  let fallbackSources: BreachSource[] = [];

  return {
    kind: BREACH_JOB_KIND,
    concurrency: options.concurrency ?? 2,

    async openWorker(store, _params, signal) {
      sources = null;
      fallbackSources = await sourcesWithoutWorker(store);
      // Cancelled while getting ready: the runner records every item as cancelled.
      if (signal.aborted) throw new Error('cancelled before the first check');
      const apiKey = await options.secrets.get('hibp-api-key');
      const { hibpBaseUrl } = servicesSettings(store, apiKey);
      const corpora = localCorpusSources(store);
      if (!apiKey && corpora.length === 0) throw new HygieError('breach-no-source');
      // The catalogue gives range answers their titles, dates and data classes; without it the
      // checks still run with breach names only.
      const catalogue = apiKey
        ? await loadBreachCatalogue({ hibpBaseUrl, userAgent: options.userAgent, cache: store.breachCatalogue, signal })
        : null;
      const previous = lastHibpMode(store);
      const checker = await createEmailChecker({
        hibpBaseUrl,
        apiKey,
        ...(previous && previous.hibpBaseUrl === hibpBaseUrl ? { previousMode: previous.mode } : {}),
        userAgent: options.userAgent,
        ...(catalogue?.ok ? { catalogue: catalogue.catalogue } : {}),
        extraSources: corpora,
        // Cancel reaches the plan lookup too (its retry-after waits included).
        signal,
        ...options.checker,
      });
      if (signal.aborted) {
        await checker.close();
        throw new Error('cancelled while reading the plan');
      }
      if (checker.mode !== 'none' && checker.modeKnown && store.db.open) {
        // A mode kept from last time (the plan could not be read now) keeps last time's plan name.
        const planRead = checker.keyStatus?.result === 'valid';
        const plan = planRead ? checker.plan : previous?.mode === checker.mode ? previous.plan : null;
        const remembered: LastHibpMode = { mode: checker.mode, plan, hibpBaseUrl, at: new Date().toISOString() };
        store.settings.set(LAST_MODE_KEY, remembered);
      }
      sources = [
        ...(checker.mode === 'none' ? [] : [checker.mode === 'range' ? ('hibp-range' as const) : ('hibp' as const)]),
        ...corpora.map((corpus) => corpus.source),
      ];
      const emails = new Map(store.breachResults.mailboxAccounts().map((account) => [account.accountId, account.email]));

      return {
        async process(item: JobItem, itemSignal: AbortSignal) {
          const email = emails.get(item.key);
          // Taken off the roster since the job started: nothing to check, nothing to record.
          if (email === undefined) return { tally: 'skipped' };
          const outcomes = await checker.check(email, itemSignal);
          const checkedAt = new Date().toISOString();
          const cancelled = outcomes.every((outcome) => outcome.status === 'not-checked' && outcome.reason === 'cancelled');
          return {
            tally: combineOutcomes(outcomes),
            state: cancelled ? ('cancelled' as const) : ('done' as const),
            save: (target: Store) => target.breachResults.record(item.key, checkedAt, outcomes),
          };
        },
        estimateSeconds: (remaining: number) => checker.estimateSeconds(remaining),
        close: () => checker.close(),
      };
    },

    cancelled(store, item, _params, at) {
      const outcomes = cancelledOutcomes(sources ?? fallbackSources);
      if (outcomes.length === 0) return { tally: 'not-checked', state: 'cancelled' };
      return {
        tally: 'not-checked',
        state: 'cancelled',
        save: () => store.breachResults.record(item.key, at.toISOString(), outcomes),
      };
    },
  };
}
