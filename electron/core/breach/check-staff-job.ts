import { HygieError } from '../model/hygie-error.ts';
import { BREACH_JOB_KIND } from '../model/job-kinds.ts';
import { combineOutcomes, type BreachSource, type EmailBreachOutcome } from '../model/schemas/breach.ts';
import { sourceFamilies, sourceFamily } from '../model/source-id.ts';
import type { JobItem, JobKind } from '../jobs/job-kind.ts';
import type { NewJobItem } from '../store/job-repository.ts';
import type { SecretStore } from '../store/secret-store.ts';
import type { StoredBreachOutcome } from '../store/breach-results-repository.ts';
import type { Store } from '../store/store.ts';
import { cancelledOutcomes, expectedSources, openBreachSession, type BreachSessionOptions } from './breach-session.ts';
import { readHibpAccount, rememberHibpMode } from './hibp/hibp-account.ts';
import { localCorpusSources } from './local-corpus-source.ts';
import { recordDomainSearch } from './domain-search-record.ts';

// "Check all staff" (issue 4): every active mailbox account of every active person, one item per
// e-mail, through one breach session (breach-session.ts: HIBP with the keychain's key, read once
// per job, plus the local corpora) so that one rate limiter paces the whole job. Each e-mail's outcomes are stored as it finishes, one
// check_result row per source. A rerun skips e-mails whose every source gave a definitive answer
// in the last 24 hours, unless forced; a retry takes those with a source that could not answer.

export const FRESH_FOR_MS = 24 * 60 * 60 * 1000;

/** The sources a check asks now, by family: HIBP when a key is set, and each local corpus. */
export function currentSourceFamilies(store: Store, hasKey: boolean): string[] {
  return sourceFamilies(hasKey, store.corpora.list().map((corpus) => corpus.id));
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
  checker?: BreachSessionOptions['checker'];
  /** Items checked at once; the checker's rate limiter paces them (default 2). */
  concurrency?: number;
}

export function breachCheckJob(options: BreachJobOptions): JobKind {
  // The sources the current worker asks: what an item cancelled before its check records.
  let sources: BreachSource[] | null = null;
  // Before the worker knows them (cancelled while getting ready): what it was about to ask.
  let fallbackSources: BreachSource[] = [];

  return {
    kind: BREACH_JOB_KIND,
    concurrency: options.concurrency ?? 2,

    async openWorker(store, _params, signal) {
      sources = null;
      // The key is read here once for the whole job (and again only when a job resumes).
      const hibpAccount = await readHibpAccount(options.secrets, store);
      const corpora = localCorpusSources(store);
      fallbackSources = expectedSources(hibpAccount, corpora);
      // Cancelled while getting ready: the runner records every item as cancelled.
      if (signal.aborted) throw new Error('cancelled before the first check');
      if (!hibpAccount.apiKey && corpora.length === 0) throw new HygieError('breach-no-source');
      const accounts = store.breachResults.mailboxAccounts();
      const session = await openBreachSession({
        account: hibpAccount,
        userAgent: options.userAgent,
        corpora,
        catalogueCache: store.breachCatalogue,
        signal,
        addresses: accounts.map((account) => account.email),
        practiceDomain: store.practice.get()?.emailDomain ?? null,
        ...(options.checker ? { checker: options.checker } : {}),
      });
      const { checker } = session;
      if (signal.aborted) {
        await session.close();
        throw new Error('cancelled while reading the plan');
      }
      if (checker.mode !== 'none' && checker.modeKnown && store.db.open) {
        rememberHibpMode(store, hibpAccount, { mode: checker.mode, plan: checker.plan, planRead: checker.keyStatus?.result === 'valid' }, new Date());
      }
      // The domains' searches are kept as they answered (or why not), before any address is.
      if (store.db.open) store.transaction(() => recordDomainSearch(store, session.domainSearch));
      sources = session.sources;
      const emails = new Map(accounts.map((account) => [account.accountId, account.email]));

      return {
        async process(item: JobItem, itemSignal: AbortSignal) {
          const email = emails.get(item.key);
          // Taken off the roster since the job started: nothing to check, nothing to record.
          if (email === undefined) return { tally: 'skipped' };
          const outcomes = await session.check(email, itemSignal);
          const checkedAt = new Date().toISOString();
          const cancelled = outcomes.every((outcome) => outcome.status === 'not-checked' && outcome.reason === 'cancelled');
          return {
            tally: combineOutcomes(outcomes),
            state: cancelled ? ('cancelled' as const) : ('done' as const),
            save: (target: Store) => target.breachResults.record(item.key, checkedAt, outcomes),
          };
        },
        estimateSeconds: (remaining: number) => checker.estimateSeconds(remaining),
        close: () => session.close(),
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
