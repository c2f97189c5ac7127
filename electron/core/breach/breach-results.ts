import { apiError } from '../model/envelope.ts';
import { ERROR_MESSAGES, type ErrorCode } from '../model/error-messages.ts';
import type { BreachSource } from '../model/schemas/breach.ts';
import { breachSummary } from '../model/breach-summary.ts';
import type { BreachResults, BreachStatus, EmailResult, PersonResult, StoredOutcome } from '../model/schemas/breach-check.ts';
import type { JobSnapshot } from '../model/schemas/jobs.ts';
import { OWNER, ownerIsGone } from '../jobs/job-owner.ts';
import type { JobRecord } from '../store/job-repository.ts';
import type { Store } from '../store/store.ts';
import { corpusIdOf, corpusNamesBySource, sourceFamilies, sourceFamily } from '../model/source-id.ts';
import { BREACH_JOB_KIND } from '../model/job-kinds.ts';
import { latestByAccount } from './check-staff-job.ts';
import { lastHibpMode } from './hibp/hibp-account.ts';
import { domainWatch } from './domain-results.ts';

// What the Breaches page shows: per person, per e-mail, the latest answer of each source and the
// status they add up to. An address some source never answered, or could not answer, is
// 'not-checked', and is counted as such — never as clean; one a source found in a breach before
// stays 'breached' even when that source's latest check failed.

function emailStatus(results: readonly StoredOutcome[], pendingSources: readonly string[]): BreachStatus {
  // A breach found earlier stays a fact when a later check of that source fails or is cancelled.
  if (results.some((result) => result.outcome.status === 'breached' || result.lastBreached !== null)) return 'breached';
  if (results.length === 0 || pendingSources.length > 0) return 'not-checked';
  if (results.some((result) => result.outcome.status === 'not-checked')) return 'not-checked';
  return 'clean';
}

function personStatus(emails: readonly EmailResult[]): BreachStatus {
  if (emails.some((email) => email.status === 'breached')) return 'breached';
  if (emails.length === 0 || emails.some((email) => email.status === 'not-checked')) return 'not-checked';
  return 'clean';
}

/**
 * How the last check ended, said so after a restart too: a failed one with the error it stopped
 * on (its texts rebuilt from the stored code); one still 'running' in the store that nobody works
 * on is 'interrupted' (it resumes), never shown as finished.
 */
function lastRun(job: JobRecord, activeJob: JobSnapshot | null): NonNullable<BreachResults['lastRun']> {
  const liveHere = activeJob?.jobId === job.id;
  const elsewhere = job.owner !== null && job.owner !== OWNER && !ownerIsGone(job.owner);
  const state = job.state === 'running' && !liveHere && !elsewhere ? 'interrupted' : job.state;
  const error =
    job.state === 'failed'
      ? job.failure !== null && Object.hasOwn(ERROR_MESSAGES, job.failure)
        ? apiError(job.failure as ErrorCode, job.failureDetails ?? undefined)
        : apiError('internal')
      : null;
  return { jobId: job.id, state, startedAt: job.startedAt, finishedAt: job.finishedAt, total: job.total, error };
}

/**
 * Per person, per e-mail, the latest answer of each source: every person on the roster, or only
 * `staffId` (what the page asks when a check has just finished one of their addresses).
 */
export function breachPersons(store: Store, options: { hasKey: boolean; staffId?: string }): PersonResult[] {
  const corpora = store.corpora.list();
  const corpusNames = corpusNamesBySource(corpora);
  const latest = latestByAccount(store.breachResults.latestPerSource(options.staffId));
  const breachedBefore = latestByAccount(store.breachResults.latestBreachedPerSource(options.staffId));
  const families = sourceFamilies(options.hasKey, corpora.map((corpus) => corpus.id));

  const persons = new Map<string, PersonResult>();
  for (const account of store.breachResults.mailboxAccounts(options.staffId)) {
    const known = latest.get(account.accountId) ?? new Map();
    const results: StoredOutcome[] = [];
    for (const [family, row] of known) {
      // A corpus the practice removed no longer counts: its list is gone.
      if (corpusIdOf(family) !== null && !corpusNames.has(family)) continue;
      const earlier = breachedBefore.get(account.accountId)?.get(family);
      results.push({
        checkedAt: row.checkedAt,
        outcome: row.outcome,
        sourceName: corpusNames.get(row.outcome.source) ?? null,
        lastBreached:
          row.outcome.status === 'not-checked' && earlier && earlier.outcome.status === 'breached'
            ? { checkedAt: earlier.checkedAt, breaches: earlier.outcome.breaches }
            : null,
      });
    }
    // HIBP first, then the corpora in the order they are listed.
    results.sort((a, b) => families.indexOf(sourceFamily(a.outcome.source)) - families.indexOf(sourceFamily(b.outcome.source)));
    const pendingSources = families.filter((family) => !known.has(family)) as BreachSource[];
    const checkedAt = results.reduce<string | null>((max, result) => (max === null || result.checkedAt > max ? result.checkedAt : max), null);
    const email: EmailResult = {
      accountId: account.accountId,
      email: account.email,
      status: emailStatus(results, pendingSources),
      checkedAt,
      results,
      pendingSources,
    };
    let person = persons.get(account.staffId);
    if (!person) {
      person = {
        staffId: account.staffId,
        firstName: account.firstName,
        lastName: account.lastName,
        role: account.role,
        roleLabel: account.roleLabel,
        status: 'not-checked',
        emails: [],
      };
      persons.set(account.staffId, person);
    }
    person.emails.push(email);
  }
  return [...persons.values()].map((person) => ({ ...person, status: personStatus(person.emails) }));
}

/** The results of the person who owns a mailbox account; null when that person or account is gone. */
export function breachPerson(store: Store, options: { hasKey: boolean; accountId: string }): PersonResult | null {
  const staffId = store.breachResults.staffOf(options.accountId);
  if (staffId === null) return null;
  return breachPersons(store, { hasKey: options.hasKey, staffId })[0] ?? null;
}

export function breachResults(store: Store, options: { hasKey: boolean; hibpBaseUrl: string; activeJob: JobSnapshot | null }): BreachResults {
  const persons = breachPersons(store, { hasKey: options.hasKey });
  const remembered = lastHibpMode(store);
  const mode = !options.hasKey
    ? 'none'
    : remembered && remembered.hibpBaseUrl === options.hibpBaseUrl.replace(/\/+$/u, '')
      ? remembered.mode
      : 'unknown';
  const lastJob = store.jobs.latest(BREACH_JOB_KIND);

  return {
    hibp: { key: options.hasKey ? 'set' : 'not-set', mode, plan: mode === 'range' || mode === 'direct' ? (remembered?.plan ?? null) : null },
    corpora: store.corpora.list().map((corpus) => ({ id: corpus.id, name: corpus.name })),
    domains: domainWatch(store, { hibpBaseUrl: options.hibpBaseUrl }),
    persons,
    summary: breachSummary(persons),
    lastRun: lastJob ? lastRun(lastJob, options.activeJob) : null,
    activeJob: options.activeJob,
  };
}
