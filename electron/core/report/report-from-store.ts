import type { EmailResult } from '../model/schemas/breach-check.ts';
import type { MfaCell } from '../model/schemas/mfa-matrix.ts';
import { passwordEvidence, type PasswordResults } from '../model/schemas/password.ts';
import type { PolicyId } from '../model/schemas/practice.ts';
import type { Report } from '../model/schemas/report.ts';
import type { StaffMember } from '../model/schemas/staff.ts';
import type { PlanStep } from '../model/schemas/walkthrough.ts';
import { breachResults } from '../breach/breach-results.ts';
import { lastFullCheckAt, recheckDays } from '../breach/recheck-cadence.ts';
import type { DomainWatch } from '../model/schemas/breach-check.ts';
import type { ReportInputDomainSearch, ReportInputStealerLogSite } from './report-input.ts';
import { corpusNamesBySource, sourceFamily } from '../model/source-id.ts';
import { walkthroughPlan } from '../hardening/walkthrough.ts';
import { practiceDomainResult } from '../mfa/mail-domain-checks.ts';
import { passwordResults, practicePolicy } from '../password/password-check.ts';
import { servicesSettings } from '../settings/services-settings.ts';
import type { Store } from '../store/store.ts';
import { buildReport } from './build-report.ts';
import { breachRuns, mfaRuns, passwordRuns, type BreachRun } from './evidence-runs.ts';
import { localDay } from './report-dates.ts';
import { reportRun, type InputBreach, type ReportInput, type ReportInputBreach, type ReportInputPassword, type ReportInputPerson, type ReportInputStep, type ReportRunOptions, type UnansweredSource } from './report-input.ts';
import { computeScore, scoreFactsOf } from './score.ts';

// The report from the app's store, through the views the pages use — breachResults (Breaches),
// the MFA matrix (MFA & accounts), passwordResults (Passwords), the walkthrough plan, the
// practice domain's last check — so the report says what the pages say, and decides nothing
// they already decided.

export interface StoreReportOptions extends ReportRunOptions {
  /** Whether an HIBP key is set (the keychain's business): a never-checked mailbox then says why. */
  hibpKeySet: boolean;
  /** Write today's score to the history first, so the history returned includes today. */
  recordScore?: boolean;
}

/** The walkthrough's "password changed since the breach" answer, if any. */
interface ChangedAnswer {
  answer: string;
  answeredAt: string;
}

function breachOf(
  email: EmailResult | undefined,
  corpusNames: ReadonlyMap<string, string>,
  noSource: boolean,
  runs: ReadonlyMap<string, BreachRun> | undefined,
  changed: ChangedAnswer | null,
): ReportInputBreach {
  if (!email) {
    return { status: 'not-checked', checkedAt: null, detectedAt: null, breaches: [], remediated: false, unanswered: [{ source: null, sourceName: null, reason: noSource ? 'no-key' : 'never-checked', attemptedAt: null }] };
  }
  // Every breach any source found (now, or before a later failed check), once each.
  const breaches = new Map<string, InputBreach>();
  const foundAt: string[] = [];
  const firstFound = new Map<string, string>();
  for (const result of email.results) {
    const found = result.outcome.status === 'breached' ? result.outcome.breaches : (result.lastBreached?.breaches ?? []);
    if (found.length === 0) continue;
    const latestFind = result.outcome.status === 'breached' ? result.checkedAt : result.lastBreached!.checkedAt;
    const run = runs?.get(sourceFamily(result.outcome.source));
    // The start of this source's current run of 'breached' answers (the latest find if the history says otherwise).
    foundAt.push(run?.since ?? latestFind);
    for (const breach of found) {
      if (!breaches.has(breach.name)) breaches.set(breach.name, { name: breach.name, title: breach.title, breachDate: breach.breachDate, dataClasses: [...breach.dataClasses] });
      const at = run?.firstFound.get(breach.name) ?? latestFind;
      const before = firstFound.get(breach.name);
      if (before === undefined || at < before) firstFound.set(breach.name, at);
    }
  }
  let unanswered: UnansweredSource[] = [];
  if (email.status === 'not-checked') {
    if (email.results.length === 0) unanswered = [{ source: null, sourceName: null, reason: noSource ? 'no-key' : 'never-checked', attemptedAt: null }];
    else {
      unanswered = [
        ...email.results.flatMap((result) =>
          result.outcome.status === 'not-checked'
            ? [{ source: result.outcome.source, sourceName: result.sourceName, reason: result.outcome.reason, attemptedAt: result.checkedAt }]
            : [],
        ),
        ...email.pendingSources.map((source) => ({ source, sourceName: corpusNames.get(source) ?? null, reason: 'source-pending', attemptedAt: null })),
      ];
    }
  }
  // "Changed since the breach" covers only the breaches known when it was answered: the answer
  // must come after the newest breach was first found. (Stricter than comparing with the breach's
  // own date, which is always earlier: a password changed after an old breach's date but before a
  // new one was known can have leaked in the new one.)
  const newestFind = [...firstFound.values()].reduce<string | null>((max, at) => (max === null || at > max ? at : max), null);
  const remediated = changed !== null && changed.answer === 'done' && newestFind !== null && changed.answeredAt > newestFind;
  return {
    status: email.status,
    checkedAt: email.checkedAt,
    detectedAt: foundAt.length > 0 ? foundAt.reduce((min, at) => (at < min ? at : min)) : null,
    breaches: [...breaches.values()],
    remediated: email.status === 'breached' && remediated,
    unanswered,
  };
}

type PasswordEntry = PasswordResults['persons'][number]['accounts'][number];

function passwordOf(entry: PasswordEntry | undefined, policy: PolicyId, failingSince: string | null): ReportInputPassword {
  const latest = entry?.latest ?? null;
  const declaration = entry?.declared ?? null;
  // A self-assessment newer than the latest check is what counts (passwordEvidence).
  const declared = declaration && passwordEvidence(latest, declaration) === 'declared' ? { declaredAt: declaration.declaredAt, answers: { ...declaration.answers } } : null;
  if (!latest) return { verdict: 'never-checked', checkedAt: null, reason: null, failedRules: [], pwned: null, pwnedCount: null, reusedWith: [], declared };
  // Judged under the practice's policy as it is now: every policy's verdict is kept with the check.
  const samePolicy = latest.policy === policy;
  const verdict = samePolicy ? latest.verdict : (latest.policies[policy] ?? latest.verdict);
  return {
    verdict,
    checkedAt: latest.checkedAt,
    failingSince: verdict === 'pass' ? null : (failingSince ?? latest.checkedAt),
    reason: latest.reason ?? (latest.pwned.status === 'not-checked' ? latest.pwned.reason : null),
    failedRules: samePolicy ? [...latest.failedRules] : [],
    pwned: latest.pwned.status,
    pwnedCount: latest.pwned.status === 'pwned' ? latest.pwned.count : null,
    reusedWith: latest.reusedWith.map((other) => other.accountId),
    declared,
  };
}

function stepOf(step: PlanStep): ReportInputStep {
  return { answer: step.answer?.answer ?? null, answeredAt: step.answer?.answeredAt ?? null, step: step.step, until: step.answer?.until ?? null };
}

/** What the report is built from, in parts: everything but the people, then one person at a time. */
export interface ReportInputReader {
  /** The input without its people (score history as it stands). */
  rest: Omit<ReportInput, 'people'>;
  /** The staff, in the roster's order: each read into the report's input by `person`. */
  staff: readonly StaffMember[];
  person(member: StaffMember): ReportInputPerson;
}

/**
 * The store's views read once, the people left to read one by one: so a caller that must keep its
 * thread free (report-thread.ts) can read a large practice a slice at a time. Each view is a step
 * (it pauses after each, at a `yield`); reportInputReader runs them all at once.
 */
export function* reportInputSteps(store: Store, options: StoreReportOptions): Generator<void, ReportInputReader, void> {
  const practice = store.practice.get();
  const policy = practicePolicy(store);
  const breach = breachResults(store, { hasKey: options.hibpKeySet, hibpBaseUrl: servicesSettings(store, null).hibpBaseUrl, activeJob: null });
  const emails = new Map(breach.persons.flatMap((person) => person.emails).map((email) => [email.accountId, email]));
  const corpusNames = corpusNamesBySource(breach.corpora);
  const noSource = !options.hibpKeySet && breach.corpora.length === 0;
  yield;
  const cells = new Map<string, MfaCell[]>(store.mfa.matrix().rows.map((row) => [row.staffId, row.cells]));
  yield;
  const passwords = new Map(passwordResults(store).persons.flatMap((person) => person.accounts).map((account) => [account.accountId, account]));
  yield;
  const breachSince = breachRuns(store);
  const stealerLogs = new Map(breach.domains.stealerLogs.map((hit) => [hit.accountId, hit.websites.map((site): ReportInputStealerLogSite => ({ website: site.website, service: site.service, firstSeenAt: site.firstSeenAt }))]));
  yield;
  const passwordSince = passwordRuns(store, policy);
  yield;
  const mfaSince = mfaRuns(store);
  // Only a personal login used by several people is a finding; a shared mailbox is not.
  const sharedCredentials = new Map(store.sharedAccounts.list().filter((shared) => shared.personalCredential).map((shared) => [shared.accountId, shared]));
  yield;

  const person = (member: StaffMember): ReportInputPerson => {
    const plan = walkthroughPlan(store, member.id);
    // The cells come in risk order, mailboxes in the roster's order of addresses.
    const accounts = (cells.get(member.id) ?? []).map((cell) => {
      const steps = plan.steps.filter((step) => step.accountId === cell.accountId);
      const changed = steps.find((step) => step.step === 'password-changed-since-breach')?.answer ?? null;
      const mfaRun = mfaSince.get(cell.accountId);
      return {
        key: cell.accountId,
        service: cell.service,
        identifier: cell.service === 'mailbox' ? cell.identifier : '',
        breach:
          cell.service === 'mailbox'
            ? withStealerLogs(breachOf(emails.get(cell.accountId), corpusNames, noSource, breachSince.get(cell.accountId), changed), stealerLogs.get(cell.accountId))
            : null,
        mfa: {
          status: cell.status,
          evidence: cell.record?.evidence ?? null,
          checkedAt: cell.record?.checkedAt ?? null,
          since: mfaRun && mfaRun.status === cell.status ? mfaRun.since : (cell.record?.checkedAt ?? null),
        },
        password: passwordOf(passwords.get(cell.accountId), policy, passwordSince.get(cell.accountId) ?? null),
        steps: steps.map(stepOf),
        sharedWith: sharedCredentials.get(cell.accountId)?.users.map((user) => user.name) ?? [],
      };
    });
    return {
      key: member.id,
      firstName: member.firstName,
      lastName: member.lastName,
      role: member.role,
      addedAt: member.createdAt,
      accounts,
      personSteps: plan.steps.filter((step) => step.accountId === null).map(stepOf),
    };
  };

  const rest: Omit<ReportInput, 'people'> = {
    ...reportRun(options),
    origin: 'store',
    practice: practice
      ? {
          name: practice.name,
          city: practice.address.city,
          profession: practice.profession,
          finess: practice.finess,
          emailDomain: practice.emailDomain,
          referentName: practice.referent.name,
        }
      : null,
    policy,
    scope: { breach: true, mfa: true, password: true, walkthrough: true, domain: true },
    scoreHistory: store.scoreHistory.list(),
    domain: practiceDomainResult(store),
    domainSearch: domainSearchOf(breach.domains),
    recheck: { lastFullCheckAt: lastFullCheckAt(breach.persons), cadenceDays: recheckDays(store) },
    findingStatuses: store.findingStatuses.list(),
  };
  return { rest, staff: store.staff.list(), person };
}

/** Every step of reportInputSteps at once. */
export function reportInputReader(store: Store, options: StoreReportOptions): ReportInputReader {
  const steps = reportInputSteps(store, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** What the report is built from, read from the store (score history as it stands). */
export function reportInputFromStore(store: Store, options: StoreReportOptions): ReportInput {
  const reader = reportInputReader(store, options);
  return { ...reader.rest, people: reader.staff.map((member) => reader.person(member)) };
}

/** Today's score written to the history (when it can be computed): the input's history then includes today. */
export function recordTodaysScore(store: Store, input: ReportInput, now: Date): ReportInput {
  const score = computeScore(scoreFactsOf(input));
  if (score.value === null) return input;
  store.scoreHistory.record(localDay(now), score.value, score.components, now.toISOString());
  return { ...input, scoreHistory: store.scoreHistory.list() };
}

function withStealerLogs(breach: ReportInputBreach, sites: ReportInputStealerLogSite[] | undefined): ReportInputBreach {
  return sites && sites.length > 0 ? { ...breach, stealerLogs: sites } : breach;
}

/** What the verified domains' searches add to the report: the addresses off the staff list, what did not answer. */
export function domainSearchOf(domains: DomainWatch): ReportInputDomainSearch {
  return {
    stealerLogsInPlan: domains.stealerLogsInPlan,
    aliasesNotOnRoster: domains.aliasesNotOnRoster.map((alias) => ({
      address: alias.address,
      breaches: alias.breaches.map((breach) => breach.title),
      stealerLogWebsites: [...alias.stealerLogWebsites],
      ignored: alias.ignored,
    })),
    unansweredStealerLogs: domains.domains.flatMap((domain) =>
      domain.stealerLogs?.status === 'not-checked' ? [{ domain: domain.domain, reason: domain.stealerLogs.reason, attemptedAt: domain.stealerLogs.checkedAt }] : [],
    ),
  };
}

export function buildReportFromStore(store: Store, options: StoreReportOptions): Report {
  const input = reportInputFromStore(store, options);
  return buildReport(options.recordScore ? recordTodaysScore(store, input, options.now) : input);
}
