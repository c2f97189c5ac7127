import type { MfaCoverage } from '../model/schemas/mfa-matrix.ts';
import {
  REPORT_FORMAT,
  REPORT_SCHEMA_VERSION,
  SEVERITIES,
  type NotCheckedEntry,
  type Report,
  type ReportAccount,
  type ReportBreach,
  type ReportPerson,
  type Severity,
} from '../model/schemas/report.ts';
import type { ServiceId } from '../model/schemas/staff.ts';
import { isProtected } from '../store/mfa-status-repository.ts';
import { serviceRank } from '../model/service-risk-order.ts';
import { displayName } from '../store/staff-repository.ts';
import { distinctInitials, fullNameInitials, maskEmail } from './anonymise.ts';
import { buildFindings, isWeakMfa, type PreparedAccount, type PreparedPerson } from './findings.ts';
import { referencesFor } from './references.ts';
import { localDay } from './report-dates.ts';
import type { InputBreach, ReportInput, ReportInputStep } from './report-input.ts';
import { breachSummary, notCheckedExplanation, policyName, policyProcedures, professionName, roleName } from './report-texts.ts';
import { complianceMapping } from './compliance-mapping.ts';
import { reportOverview, reportScope, type ReportBody } from './report-overview.ts';
import { computeScore, scoreFactsOf } from './score.ts';
import { standingOf, type PasswordStanding } from '../model/schemas/password.ts';

// The report model from its input: pure (same input, same report), whatever the source. People
// keep the roster's order (P01, P02…), their accounts the risk order (P01-A01 is the first
// mailbox). Anonymised, a person is their initials everywhere (name, owner of findings, the
// referent), a mailbox is "•••@domain", and who generated it is "—". No note ever enters; the one
// free text is the reason an accepted risk was accepted (the practice writes it for the report),
// left out of an anonymised report with who set each status.

/** Shown where a text is unknown (an audit without a practice profile, a practice without a referent). */
const UNKNOWN = '—';

const pad = (value: number) => String(value).padStart(2, '0');

function lastAnswer(steps: readonly ReportInputStep[]): string | null {
  return steps.reduce<string | null>((latest, step) => (step.answeredAt !== null && (latest === null || step.answeredAt > latest) ? step.answeredAt : latest), null);
}

/** YYYY-MM-DD when the source gave a date starting so; anything else is unknown. */
function breachDay(date: string | null): string | null {
  return date !== null && /^\d{4}-\d{2}-\d{2}/u.test(date) ? date.slice(0, 10) : null;
}

function reportBreach(breach: InputBreach, language: ReportInput['language']): ReportBreach {
  const breachDate = breachDay(breach.breachDate);
  return { name: breach.name, title: breach.title, breachDate, dataClasses: [...breach.dataClasses], summary: breachSummary({ ...breach, breachDate }, language) };
}

/** Six months after a day (the next review's default, as MonAideCyber's follow-up), the last day of a shorter month when it has no such day. */
export function sixMonthsAfter(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + 6, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, last));
  return target.toISOString().slice(0, 10);
}

/** The account's password in one word, by what counts (a self-assessment in force, else the check). */
export function reportStanding(account: ReportAccount): PasswordStanding {
  return standingOf(account.password.verdict, account.password.declared?.answers ?? null);
}

function preparePeople(input: ReportInput): PreparedPerson[] {
  const names = input.anonymise ? distinctInitials(input.people) : input.people.map((person) => displayName(person) || UNKNOWN);
  return input.people.map((person, index) => {
    const ref = `P${pad(index + 1)}`;
    // Stable sort: mailboxes keep the roster's order of addresses.
    const accounts = [...person.accounts].sort((a, b) => serviceRank(a.service) - serviceRank(b.service));
    return {
      ref,
      name: names[index]!,
      index,
      input: { ...person, accounts },
      accounts: accounts.map(
        (account, accountIndex): PreparedAccount => ({
          ref: `${ref}-A${pad(accountIndex + 1)}`,
          index: accountIndex,
          identifier: account.service === 'mailbox' ? (input.anonymise ? maskEmail(account.identifier) : account.identifier) : '',
          input: account,
        }),
      ),
    };
  });
}

function reportAccount(person: PreparedPerson, account: PreparedAccount, language: ReportInput['language']): ReportAccount {
  const { breach, mfa, password, steps } = account.input;
  const refOf = (key: string) => person.accounts.find((candidate) => candidate.input.key === key)?.ref;
  return {
    accountRef: account.ref,
    service: account.input.service,
    identifier: account.identifier,
    breach: breach
      ? {
          status: breach.status,
          checkedAt: breach.checkedAt,
          breaches: breach.status === 'breached' ? breach.breaches.map((item) => reportBreach(item, language)) : [],
          remediated: breach.status === 'breached' && breach.remediated,
          stealerLogs: (breach.stealerLogs ?? []).map((site) => ({ website: site.website, service: site.service, firstSeenAt: site.firstSeenAt })),
        }
      : null,
    mfa: { status: mfa.status, evidence: mfa.evidence, checkedAt: mfa.checkedAt },
    password: {
      verdict: password.verdict,
      checkedAt: password.checkedAt,
      failedRules: [...password.failedRules],
      pwned: password.pwned,
      pwnedCount: password.pwned === 'pwned' && password.pwnedCount !== null && password.pwnedCount > 0 ? password.pwnedCount : null,
      reusedWith: password.reusedWith.map(refOf).filter((ref): ref is string => ref !== undefined),
      evidence: password.declared ? 'declared' : password.verdict === 'never-checked' ? 'none' : 'checked',
      declared: password.declared ? { declaredAt: password.declared.declaredAt, answers: { ...password.declared.answers } } : null,
    },
    walkthrough: {
      answered: steps.filter((step) => step.answer !== null).length,
      total: steps.length,
      done: steps.filter((step) => step.answer === 'done').length,
      notPossible: steps.filter((step) => step.answer === 'not-possible').length,
      lastAnsweredAt: lastAnswer(steps),
    },
  };
}

function reportPerson(person: PreparedPerson, language: ReportInput['language']): ReportPerson {
  const steps = [...person.input.accounts.flatMap((account) => account.steps), ...person.input.personSteps];
  const answered = steps.filter((step) => step.answer !== null).length;
  return {
    personRef: person.ref,
    name: person.name,
    role: person.input.role,
    roleName: roleName(person.input.role, language),
    accounts: person.accounts.map((account) => reportAccount(person, account, language)),
    walkthrough: { answered, total: steps.length, complete: steps.length > 0 && answered === steps.length, lastAnsweredAt: lastAnswer(steps) },
  };
}

/** What could not be checked and why: grouped by check (breach, MFA, password, walkthrough, domain), then roster order. */
function notCheckedEntries(input: ReportInput, people: readonly PreparedPerson[]): NotCheckedEntry[] {
  const { language, scope } = input;
  const entries: NotCheckedEntry[] = [];
  const add = (entry: Omit<NotCheckedEntry, 'explanation'>, extra: { source?: string | null; sourceName?: string | null; domain?: string | null } = {}) =>
    entries.push({ ...entry, explanation: notCheckedExplanation({ ...entry, ...extra }, language) });
  const perAccount = (each: (person: PreparedPerson, account: PreparedAccount) => void) => {
    for (const person of people) for (const account of person.accounts) each(person, account);
  };
  const where = (person: PreparedPerson, account: PreparedAccount) => ({ personRef: person.ref, accountRef: account.ref, service: account.input.service });
  const practiceWide = { personRef: null, accountRef: null, service: null };

  if (scope.breach) {
    perAccount((person, account) => {
      const breach = account.input.breach;
      if (!breach || breach.status !== 'not-checked') return;
      const unanswered = breach.unanswered.length > 0 ? breach.unanswered : [{ source: null, sourceName: null, reason: 'never-checked', attemptedAt: null }];
      for (const source of unanswered) {
        add({ ...where(person, account), check: 'breach', reason: source.reason, attemptedAt: source.attemptedAt }, { source: source.source, sourceName: source.sourceName });
      }
    });
  }
  if (scope.mfa) {
    perAccount((person, account) => {
      if (account.input.mfa.status === 'unknown') add({ ...where(person, account), check: 'mfa', reason: 'never-recorded', attemptedAt: null });
    });
  } else {
    add({ ...practiceWide, check: 'mfa', reason: 'not-in-scope', attemptedAt: null });
  }
  if (scope.password) {
    perAccount((person, account) => {
      const password = account.input.password;
      // A self-assessment in force is evidence of its own (declared), shown as such on the account.
      if (password.declared) return;
      if (password.verdict === 'never-checked') add({ ...where(person, account), check: 'password', reason: 'never-checked', attemptedAt: null });
      else if (password.verdict === 'not-checked') {
        add({ ...where(person, account), check: 'password', reason: password.reason ?? 'not-checked', attemptedAt: password.checkedAt });
      }
    });
  } else {
    add({ ...practiceWide, check: 'password', reason: 'not-in-scope', attemptedAt: null });
  }
  if (!scope.walkthrough) add({ ...practiceWide, check: 'walkthrough', reason: 'not-in-scope', attemptedAt: null });
  for (const unanswered of input.domainSearch?.unansweredStealerLogs ?? []) {
    add({ ...practiceWide, check: 'stealer-logs', reason: unanswered.reason, attemptedAt: unanswered.attemptedAt }, { domain: unanswered.domain });
  }
  if (scope.domain && input.practice?.emailDomain) {
    const domain = input.domain ?? null;
    if (domain === null) add({ ...practiceWide, check: 'domain', reason: 'never-checked', attemptedAt: null });
    else if (domain.skipped !== null) add({ ...practiceWide, check: 'domain', reason: domain.skipped, attemptedAt: domain.checkedAt });
    else {
      const unanswered = [domain.spf, domain.dmarc].find((check) => check.status === 'not-checked');
      if (unanswered) add({ ...practiceWide, check: 'domain', reason: unanswered.reason ?? 'network', attemptedAt: domain.checkedAt });
    }
  }
  return entries;
}

/** Coverage per service, in risk order, only services someone uses (as the MFA page counts it). */
function mfaCoverage(people: readonly ReportPerson[]): MfaCoverage[] {
  const byService = new Map<ServiceId, MfaCoverage>();
  for (const account of people.flatMap((person) => person.accounts)) {
    let coverage = byService.get(account.service);
    if (!coverage) {
      coverage = { service: account.service, accounts: 0, protected: 0, phishingResistant: 0, none: 0, unknown: 0 };
      byService.set(account.service, coverage);
    }
    coverage.accounts += 1;
    if (isProtected(account.mfa.status)) coverage.protected += 1;
    if (account.mfa.status === 'phishing-resistant') coverage.phishingResistant += 1;
    if (account.mfa.status === 'none') coverage.none += 1;
    if (account.mfa.status === 'unknown') coverage.unknown += 1;
  }
  return [...byService.values()].sort((a, b) => serviceRank(a.service) - serviceRank(b.service));
}

export function buildReport(input: ReportInput): Report {
  const { language } = input;
  const people = preparePeople(input);
  const reportPeople = people.map((person) => reportPerson(person, language));
  const practice = input.practice;

  // The referent signs. Anonymised: their initials, the same as on the roster when they are on it.
  const signers = input.signers ?? {};
  const typed = (name: string | undefined) => (name?.trim() ? name.trim() : null);
  const referentName = typed(signers.referent) ?? (practice?.referentName.trim() ? practice.referentName.trim() : null);
  const referentOnRoster =
    referentName === null
      ? undefined
      : people.find((person) => {
          const full = displayName(person.input).toLocaleLowerCase('fr');
          const written = referentName.toLocaleLowerCase('fr');
          return full !== '' && (written === full || written.endsWith(` ${full}`));
        });
  const referent = referentName === null ? UNKNOWN : input.anonymise ? (referentOnRoster?.name ?? fullNameInitials(referentName)) : referentName;
  const nameOrInitials = (name: string | null) => (name === null ? UNKNOWN : input.anonymise ? fullNameInitials(name) : name);
  const itProvider = people.find((person) => person.input.role === 'it-provider');

  const policy = policyName(input.policy, language);
  const reportDay = localDay(input.now);
  const facts = scoreFactsOf(input);
  const findings = buildFindings(people, {
    language,
    reportDay,
    policyName: policy,
    walkthroughInScope: input.scope.walkthrough,
    domain: input.scope.domain && practice?.emailDomain ? (input.domain ?? null) : null,
    domainOwner: itProvider?.name ?? referent,
    practiceOwner: referent,
    recheck: input.recheck ?? null,
    facts,
    statuses: new Map((input.findingStatuses ?? []).map((status) => [status.findingId, status])),
    anonymised: input.anonymise,
  });

  const accounts = reportPeople.flatMap((person) => person.accounts);
  const mailboxes = accounts.filter((account) => account.breach !== null);
  const findingCounts = Object.fromEntries(SEVERITIES.map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length])) as Record<
    Severity,
    number
  >;

  const body: ReportBody = {
    format: REPORT_FORMAT,
    schemaVersion: REPORT_SCHEMA_VERSION,
    reportId: input.reportId,
    generatedAt: input.now.toISOString(),
    // The name typed, never the computer's login (the store's record and journal keep that).
    generatedBy: input.anonymise ? UNKNOWN : (typed(signers.preparedBy) ?? (referentName === null ? UNKNOWN : referent)),
    hygieVersion: input.hygieVersion,
    language,
    anonymised: input.anonymise,
    origin: input.origin,
    practice: {
      name: practice?.name ?? (input.practiceName?.trim() || UNKNOWN),
      city: practice?.city ?? UNKNOWN,
      profession: practice ? professionName(practice.profession, language) : UNKNOWN,
      finess: practice?.finess ?? null,
      emailDomain: practice?.emailDomain ?? null,
      referent,
    },
    policy: { id: input.policy, name: policy, procedures: policyProcedures(input.policy, language) },
    score: computeScore(facts),
    summary: {
      people: reportPeople.length,
      accounts: accounts.length,
      mailboxes: mailboxes.length,
      breachedMailboxes: mailboxes.filter((account) => account.breach!.status === 'breached').length,
      remediatedMailboxes: mailboxes.filter((account) => account.breach!.status === 'breached' && account.breach!.remediated).length,
      cleanMailboxes: mailboxes.filter((account) => account.breach!.status === 'clean').length,
      notCheckedMailboxes: mailboxes.filter((account) => account.breach!.status === 'not-checked').length,
      mfaProtected: accounts.filter((account) => isProtected(account.mfa.status)).length,
      mfaWeak: accounts.filter((account) => isWeakMfa(account.mfa.status, account.service)).length,
      mfaNone: accounts.filter((account) => account.mfa.status === 'none').length,
      mfaUnknown: accounts.filter((account) => account.mfa.status === 'unknown').length,
      // By what counts: a self-assessment newer than the check stands instead of it (declared).
      passwordsPass: accounts.filter((account) => reportStanding(account) === 'compliant').length,
      passwordsFail: accounts.filter((account) => reportStanding(account) === 'to-change').length,
      passwordsDeclared: accounts.filter((account) => account.password.evidence === 'declared').length,
      passwordsPwned: accounts.filter((account) => account.password.evidence === 'checked' && account.password.pwned === 'pwned').length,
      passwordsReused: accounts.filter((account) => account.password.evidence === 'checked' && account.password.reusedWith.length > 0).length,
      // Not checked and never checked alike: neither is known to be fine.
      passwordsNotChecked: accounts.filter((account) => reportStanding(account) === 'to-confirm').length,
      walkthroughComplete: reportPeople.filter((person) => person.walkthrough.complete).length,
      walkthroughStarted: reportPeople.filter((person) => person.walkthrough.answered > 0).length,
      findings: findingCounts,
    },
    mfaCoverage: mfaCoverage(reportPeople),
    people: reportPeople,
    findings,
    notChecked: notCheckedEntries(input, people),
    domainSearch: {
      stealerLogsInPlan: input.domainSearch?.stealerLogsInPlan ?? null,
      // Anonymised, an address keeps its domain only, like a staff mailbox.
      aliasesNotOnRoster: (input.domainSearch?.aliasesNotOnRoster ?? []).map((alias) => ({
        address: input.anonymise ? maskEmail(alias.address) : alias.address,
        breaches: [...alias.breaches],
        stealerLogWebsites: [...alias.stealerLogWebsites],
        ignored: alias.ignored,
      })),
    },
    scoreHistory: input.scoreHistory.map((point) => ({ date: point.date, score: point.score })),
    references: referencesFor(input.policy, language),
  };
  return {
    ...body,
    overview: reportOverview(body),
    scope: reportScope(body),
    mapping: complianceMapping(body),
    signature: {
      responsible: nameOrInitials(typed(signers.responsible)),
      referent,
      place: practice?.city ?? UNKNOWN,
      date: reportDay,
      nextReview: typed(signers.nextReview) ?? sixMonthsAfter(reportDay),
    },
  };
}
