import type { DomainCheck } from '../model/schemas/mail-domain.ts';
import { SEVERITIES, type Finding, type FindingKind, type FindingStatus, type ReportLanguage, type Severity } from '../model/schemas/report.ts';
import type { MfaStatus } from '../model/schemas/mfa.ts';
import { declarationNos } from '../model/schemas/password.ts';
import type { ServiceId } from '../model/schemas/staff.ts';
import { CRITICAL_SERVICES, serviceRank } from '../model/service-risk-order.ts';
import type { StoredFindingStatus } from '../store/finding-status-repository.ts';
import { pointsCalculator, wholePoints, type ScoreFix } from './finding-points.ts';
import { addDays, dayOf } from './report-dates.ts';
import type { ScoreFacts } from './score.ts';
import type { ReportInputAccount, ReportInputPerson, ReportInputRecheck } from './report-input.ts';
import { accountLabel, FINDING_KIND_ORDER, findingTexts, type DomainProblem, type FindingParams } from './report-texts.ts';

// What is wrong, how bad, who fixes it and by when (docs/score.md, the one description, in French and English).
//
// Severity, by what an attacker gets (docs/architecture.md, "The attack chain": a taken mailbox,
// then "forgot password" on amelipro). "Critical services" are the mailbox and amelipro.
// - breached-mailbox (found in a breach, password not changed since): critical.
// - pwned-password: critical on a critical service, else high. reused-password: high.
//   weak-password (fails the policy, neither pwned nor reused): high on a critical service, else
//   medium. One finding per account for its password, the worst: pwned, then reused, then weak.
//   declared-password (the person's self-assessment, newer than the check, answered "no" to a
//   question): high on a critical service, else medium; it stands instead of the check's findings.
// - mfa-none: critical on a critical service; high on Pro Santé Connect, FranceConnect, MSSanté
//   and the bank; medium elsewhere. mfa-weak: a code by e-mail is high on a critical service,
//   medium elsewhere; SMS on a critical service is low. 'unknown' is not a finding: it is listed
//   as not checked.
// - walkthrough-incomplete: medium when not started, low when started.
// - domain-email-auth (the practice's domain: DMARC missing, "none", unreadable or doubled, or
//   SPF bad): medium, for the IT provider (else the referent).
// - stealer-log (HIBP's stealer logs name a website where the address's password was typed on an
//   infected computer): critical, one per address, with its playbook; its service is the riskiest
//   one of the catalogue among the websites (espacepro.ameli.fr → amelipro), on the person's
//   account for it when they have one, else their mailbox. It runs from the first website's first
//   sighting and stays while HIBP lists it (the Actions page records the clean-up).
// - breach-recheck-due (the addresses were last all checked longer ago than the practice's
//   cadence): medium, for the referent, due from the day the cadence ran out.
// Due: the day the problem was first recorded (else the report's day) + 7 days (critical), 30
// (high), 90 (medium), 180 (low); overdue when that day is before the report's. "First recorded"
// is the start of the problem's current run, so a re-check that finds it again does not push the
// date back: a breach, the first check that found the address with no clean answer since; a
// password, the first of its failing verdicts in a row; MFA none or weak, the first record of that
// status in a row; an unfinished walkthrough, the day the person was added to the staff list; the
// domain, its latest check.
//
// Id: the kind and what it is about — "<kind>:<service>:<account id>", "walkthrough-incomplete:<person
// id>", "domain-email-auth:<domain>" — so it is the same in every report and after a restart, and the
// status the practice gave it (the Actions page) follows it. A password that goes from weak to pwned
// is a new finding (a new kind), with no status yet: the practice has not judged that one.
// A status stops applying when the problem ended and came back after it was set (its current run
// started later): it was about the earlier problem. "Done" by hand never removes the finding; a
// check recorded after it that still finds the problem says so (stillFoundAt), and the finding is
// open again.

export const DUE_DAYS: Readonly<Record<Severity, number>> = { critical: 7, high: 30, medium: 90, low: 180 };

const SECOND_TIER_SERVICES: readonly ServiceId[] = ['pro-sante-connect', 'franceconnect', 'mssante', 'bank'];

const isCritical = (service: ServiceId) => CRITICAL_SERVICES.includes(service);

/** A person as the report shows them: ref, name (or initials), place in the roster. */
export interface PreparedPerson {
  ref: string;
  name: string;
  index: number;
  input: ReportInputPerson;
  accounts: PreparedAccount[];
}

export interface PreparedAccount {
  ref: string;
  index: number;
  /** The identifier as shown (masked when anonymised). */
  identifier: string;
  input: ReportInputAccount;
}

export interface FindingContext {
  language: ReportLanguage;
  /** The report's day (YYYY-MM-DD). */
  reportDay: string;
  policyName: string;
  walkthroughInScope: boolean;
  domain: DomainCheck | null;
  /** Who fixes the domain: the IT provider's name if one is on the roster, else the referent. */
  domainOwner: string;
  /** The score's facts, for the points each finding adds once fixed. */
  facts: ScoreFacts;
  /** What the practice said about findings, by finding id. */
  statuses: ReadonlyMap<string, StoredFindingStatus>;
  /** Who set a status and why are left out of an anonymised report. */
  anonymised: boolean;
  /** Who runs the practice's checks: the referent. */
  practiceOwner?: string;
  /** The re-check cadence and the last full check; absent: no cadence applies. */
  recheck?: ReportInputRecheck | null;
}

interface Draft {
  severity: Severity;
  kind: FindingKind;
  person: PreparedPerson | null;
  account: PreparedAccount | null;
  service: ServiceId | null;
  params: FindingParams;
  owner: string;
  detectedAt: string | null;
  /** The latest evidence that the problem is there (a check, a record, an answer), if any. */
  seenAt: string | null;
  /** Whether detectedAt starts the problem's current run (false for the domain: its latest check). */
  runTracked: boolean;
  /** What fixing it changes in the score's facts. */
  fix: ScoreFix;
  /** The day it is due when the finding carries its own (a "later" answer's day). */
  due?: string;
  /** The status the finding carries itself (a "later" answer); a status set on the Actions page after it wins. */
  ownStatus?: FindingStatus;
}

function passwordDraft(person: PreparedPerson, account: PreparedAccount, language: ReportLanguage, policyName: string): Draft | null {
  const { password, service } = account.input;
  // A self-assessment newer than the check is what counts: a "no" is a finding, four "yes" none.
  if (password.declared) return declaredDraft(person, account, language);
  if (password.verdict === 'never-checked' || password.checkedAt === null) return null;
  const label = accountLabel(service, account.identifier, language);
  // From the first of the failing verdicts in a row: a re-check that fails again keeps the date.
  const base = {
    person,
    account,
    service,
    owner: person.name,
    detectedAt: password.failingSince ?? password.checkedAt,
    seenAt: password.checkedAt,
    runTracked: true,
    fix: { kind: 'password', account: account.input.key } as const,
  };
  if (password.pwned === 'pwned') {
    return { ...base, kind: 'pwned-password', severity: isCritical(service) ? 'critical' : 'high', params: { kind: 'pwned-password', account: label, count: password.pwnedCount } };
  }
  const others = password.reusedWith
    .map((key) => person.accounts.find((candidate) => candidate.input.key === key))
    .filter((other): other is PreparedAccount => other !== undefined);
  if (others.length > 0) {
    return {
      ...base,
      kind: 'reused-password',
      severity: 'high',
      params: { kind: 'reused-password', account: label, others: others.map((other) => accountLabel(other.input.service, other.identifier, language)) },
    };
  }
  if (password.verdict === 'fail') {
    return {
      ...base,
      kind: 'weak-password',
      severity: isCritical(service) ? 'high' : 'medium',
      params: { kind: 'weak-password', account: label, policy: policyName, rules: password.failedRules.filter((rule) => rule !== 'not-pwned' && rule !== 'not-reused') },
    };
  }
  return null;
}

/** declared-password: the self-assessment answered "no" to at least one question; as weak-password in severity. */
function declaredDraft(person: PreparedPerson, account: PreparedAccount, language: ReportLanguage): Draft | null {
  const { password, service } = account.input;
  const declared = password.declared!;
  const answers = declarationNos(declared.answers);
  if (answers.length === 0) return null;
  return {
    person,
    account,
    service,
    owner: person.name,
    kind: 'declared-password',
    severity: isCritical(service) ? 'high' : 'medium',
    detectedAt: declared.declaredAt,
    seenAt: declared.declaredAt,
    runTracked: true,
    fix: { kind: 'password', account: account.input.key },
    params: { kind: 'declared-password', account: accountLabel(service, account.identifier, language), answers },
  };
}

/**
 * Whether this MFA status is itself a finding (mfa-weak): a code by e-mail anywhere, SMS on a
 * critical service. The dashboard and the PDF show these apart from "protected".
 */
export function isWeakMfa(status: MfaStatus, service: ServiceId): boolean {
  return status === 'email-code' || (status === 'sms' && isCritical(service));
}

function mfaDraft(person: PreparedPerson, account: PreparedAccount, language: ReportLanguage): Draft | null {
  const { mfa, service } = account.input;
  const label = accountLabel(service, account.identifier, language);
  // From the first record of this status in a row: declaring it again keeps the date.
  const base = {
    person,
    account,
    service,
    owner: person.name,
    detectedAt: mfa.since ?? mfa.checkedAt,
    seenAt: mfa.checkedAt,
    runTracked: true,
    fix: { kind: 'mfa', account: account.input.key } as const,
  };
  if (mfa.status === 'none') {
    const severity: Severity = isCritical(service) ? 'critical' : SECOND_TIER_SERVICES.includes(service) ? 'high' : 'medium';
    return { ...base, kind: 'mfa-none', severity, params: { kind: 'mfa-none', account: label } };
  }
  if (mfa.status === 'email-code') {
    return {
      ...base,
      kind: 'mfa-weak',
      severity: isCritical(service) ? 'high' : 'medium',
      params: { kind: 'mfa-weak', account: label, status: 'email-code', mailbox: service === 'mailbox' },
    };
  }
  if (mfa.status === 'sms' && isCritical(service)) {
    return { ...base, kind: 'mfa-weak', severity: 'low', params: { kind: 'mfa-weak', account: label, status: 'sms', mailbox: service === 'mailbox' } };
  }
  return null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function stealerLogDraft(person: PreparedPerson, account: PreparedAccount): Draft | null {
  const sites = account.input.breach?.stealerLogs ?? [];
  if (sites.length === 0) return null;
  // The riskiest service a website belongs to names the finding; the person's account for it
  // carries it when they have one.
  const services = sites.map((site) => site.service).filter((service): service is ServiceId => service !== null);
  const service = services.length > 0 ? services.reduce((worst, next) => (serviceRank(next) < serviceRank(worst) ? next : worst)) : null;
  const target = (service && person.accounts.find((candidate) => candidate.input.service === service)) || account;
  const firstSeen = sites.reduce((min, site) => (site.firstSeenAt < min ? site.firstSeenAt : min), sites[0]!.firstSeenAt);
  return {
    severity: 'critical',
    kind: 'stealer-log',
    person,
    account: target,
    service: service ?? account.input.service,
    params: { kind: 'stealer-log', account: account.identifier, websites: sites.map((site) => ({ website: site.website, service: site.service })) },
    owner: person.name,
    detectedAt: firstSeen,
    // Only the sites the latest search still names are here: that check saw it again.
    seenAt: account.input.breach?.checkedAt ?? firstSeen,
    // The sites are kept once seen: the first sighting starts the run.
    runTracked: true,
    // The score does not count stealer logs.
    fix: null,
  };
}

function recheckDraft(context: FindingContext): Draft | null {
  const recheck = context.recheck;
  if (!recheck || recheck.lastFullCheckAt === null) return null;
  const reportTime = Date.parse(`${context.reportDay}T23:59:59`);
  const last = Date.parse(recheck.lastFullCheckAt);
  const days = Math.floor((reportTime - last) / DAY_MS);
  if (!Number.isFinite(days) || days <= recheck.cadenceDays) return null;
  return {
    severity: 'medium',
    kind: 'breach-recheck-due',
    person: null,
    account: null,
    service: null,
    params: { kind: 'breach-recheck-due', days, cadence: recheck.cadenceDays },
    owner: context.practiceOwner ?? context.domainOwner,
    detectedAt: new Date(last + recheck.cadenceDays * DAY_MS).toISOString(),
    seenAt: null,
    // A full check ends the run; the next time the cadence passes is a new one.
    runTracked: true,
    fix: null,
  };
}

/** What is wrong with the practice's domain, if it was checked and something is. */
export function domainProblems(domain: DomainCheck | null): DomainProblem[] {
  if (!domain || domain.skipped !== null) return [];
  const problems: DomainProblem[] = [];
  const dmarc = domain.dmarc.finding;
  if (dmarc === 'missing' || dmarc === 'none' || dmarc === 'malformed' || dmarc === 'multiple' || dmarc === 'pct-zero') problems.push({ check: 'dmarc', finding: dmarc });
  if (domain.spf.status === 'bad') problems.push({ check: 'spf', finding: domain.spf.finding });
  return problems;
}

function drafts(people: readonly PreparedPerson[], context: FindingContext): Draft[] {
  const found: Draft[] = [];
  for (const person of people) {
    for (const account of person.accounts) {
      const breach = account.input.breach;
      if (breach && breach.status === 'breached' && !breach.remediated) {
        found.push({
          severity: 'critical',
          kind: 'breached-mailbox',
          person,
          account,
          service: account.input.service,
          params: { kind: 'breached-mailbox', account: account.identifier, breaches: breach.breaches.map((entry) => entry.title) },
          owner: person.name,
          detectedAt: breach.detectedAt ?? breach.checkedAt,
          seenAt: breach.checkedAt,
          runTracked: true,
          fix: { kind: 'mailbox', account: account.input.key },
        });
      }
      const stealerLog = stealerLogDraft(person, account);
      if (stealerLog) found.push(stealerLog);
      const password = passwordDraft(person, account, context.language, context.policyName);
      if (password) found.push(password);
      const mfa = mfaDraft(person, account, context.language);
      if (mfa) found.push(mfa);
    }
    if (context.walkthroughInScope) {
      const steps = [...person.input.accounts.flatMap((account) => account.steps), ...person.input.personSteps];
      const answered = steps.filter((step) => step.answer !== null).length;
      if (steps.length > 0 && answered < steps.length) {
        found.push({
          severity: answered === 0 ? 'medium' : 'low',
          kind: 'walkthrough-incomplete',
          person,
          account: null,
          service: null,
          params: { kind: 'walkthrough-incomplete', answered, total: steps.length },
          owner: person.name,
          // Due from the day the person was added to the staff list (their plan exists from then).
          detectedAt: person.input.addedAt ?? null,
          // An answer given after "done" was set, with steps still unanswered, still finds it.
          seenAt: steps.reduce<string | null>((latest, step) => (step.answeredAt !== null && (latest === null || step.answeredAt > latest) ? step.answeredAt : latest), null),
          runTracked: true,
          fix: { kind: 'steps', person: person.input.key },
        });
      }
      found.push(...laterDrafts(person, context.language));
    }
    for (const account of person.accounts) {
      const users = account.input.sharedWith ?? [];
      if (users.length === 0) continue;
      found.push({
        severity: isCritical(account.input.service) ? 'high' : 'medium',
        kind: 'shared-credential',
        person,
        account,
        service: account.input.service,
        params: { kind: 'shared-credential', account: accountLabel(account.input.service, account.identifier, context.language), service: account.input.service, users },
        owner: person.name,
        detectedAt: null,
        seenAt: null,
        runTracked: false,
        fix: null,
      });
    }
  }
  const problems = domainProblems(context.domain);
  if (context.domain && problems.length > 0) {
    found.push({
      severity: 'medium',
      kind: 'domain-email-auth',
      person: null,
      account: null,
      service: null,
      params: { kind: 'domain-email-auth', domain: context.domain.domain, problems },
      owner: context.domainOwner,
      detectedAt: context.domain.checkedAt,
      seenAt: context.domain.checkedAt,
      // Only the latest check is kept: no run to tell a new problem from the same one.
      runTracked: false,
      // The score does not count the domain.
      fix: null,
    });
  }
  const recheck = recheckDraft(context);
  if (recheck) found.push(recheck);
  return found;
}

/**
 * Walkthrough items answered "later": one finding each, pending until its day (status "later",
 * due that day), low: it is planned, not failed.
 */
function laterDrafts(person: PreparedPerson, language: ReportLanguage): Draft[] {
  const items = [
    ...person.accounts.flatMap((account) => account.input.steps.map((step) => ({ step, account }))),
    ...person.input.personSteps.map((step) => ({ step, account: null })),
  ];
  return items.flatMap(({ step, account }) => {
    if (step.answer !== 'later' || !step.until || !step.step) return [];
    const draft: Draft = {
      severity: 'low',
      kind: 'walkthrough-later',
      person,
      account,
      service: account?.input.service ?? null,
      params: {
        kind: 'walkthrough-later',
        step: step.step,
        account: account ? accountLabel(account.input.service, account.identifier, language) : null,
        until: step.until,
      },
      owner: person.name,
      detectedAt: step.answeredAt,
      seenAt: step.answeredAt,
      runTracked: false,
      fix: null,
      due: step.until,
      ownStatus: { value: 'later', setAt: step.answeredAt, setBy: person.name, until: step.until, reason: null, stillFoundAt: null },
    };
    return [draft];
  });
}

/** The finding's stable id: its kind and what it is about (see the top of this file). */
export function findingId(draft: Pick<Draft, 'kind' | 'account' | 'person' | 'service' | 'params'>): string {
  // One per item: the step names which one ("walkthrough-later:<step>:<service>:<account id>").
  if (draft.params.kind === 'walkthrough-later') {
    const about = draft.account && draft.service ? `${draft.service}:${draft.account.input.key}` : (draft.person?.input.key ?? '');
    return `${draft.kind}:${draft.params.step}:${about}`;
  }
  if (draft.account && draft.service) return `${draft.kind}:${draft.service}:${draft.account.input.key}`;
  if (draft.person) return `${draft.kind}:${draft.person.input.key}`;
  return draft.params.kind === 'domain-email-auth' ? `${draft.kind}:${draft.params.domain}` : draft.kind;
}

const TODO: FindingStatus = { value: 'todo', setAt: null, setBy: null, until: null, reason: null, stillFoundAt: null };

function statusOf(draft: Draft, stored: StoredFindingStatus | undefined, anonymised: boolean): FindingStatus {
  const own = draft.ownStatus;
  if (own && (!stored || (own.setAt !== null && stored.setAt < own.setAt))) return anonymised ? { ...own, setBy: '—' } : own;
  if (!stored) return TODO;
  // The problem ended and came back since: the status was about the earlier one.
  if (draft.runTracked && draft.detectedAt !== null && draft.detectedAt > stored.setAt) return TODO;
  return {
    value: stored.status,
    setAt: stored.setAt,
    setBy: anonymised ? '—' : stored.setBy,
    until: stored.until,
    reason: anonymised ? null : stored.reason,
    stillFoundAt: stored.status === 'done' && draft.seenAt !== null && draft.seenAt > stored.setAt ? draft.seenAt : null,
  };
}

/**
 * Every finding, sorted by severity, then by service risk (mailbox, amelipro, … ; practice-wide
 * ones after the accounts), then by the person's place in the roster; numbered F001, F002…
 */
export function buildFindings(people: readonly PreparedPerson[], context: FindingContext): Finding[] {
  const rank = (draft: Draft) => [
    SEVERITIES.indexOf(draft.severity),
    draft.service === null ? Number.MAX_SAFE_INTEGER : serviceRank(draft.service),
    draft.person === null ? Number.MAX_SAFE_INTEGER : draft.person.index,
    draft.account === null ? Number.MAX_SAFE_INTEGER : draft.account.index,
    FINDING_KIND_ORDER.indexOf(draft.kind),
  ];
  const sorted = drafts(people, context)
    .map((draft) => ({ draft, key: rank(draft) }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i += 1) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
      return 0;
    });
  const pointsOf = pointsCalculator(context.facts);
  return sorted.map(({ draft }, index) => {
    const from = draft.detectedAt ? dayOf(draft.detectedAt, context.reportDay) : context.reportDay;
    const dueDate = draft.due ?? addDays(from, DUE_DAYS[draft.severity]);
    const { title, action, playbook } = findingTexts(draft.params, context.language);
    const id = findingId(draft);
    return {
      id,
      ref: `F${String(index + 1).padStart(3, '0')}`,
      severity: draft.severity,
      kind: draft.kind,
      personRef: draft.person?.ref ?? null,
      accountRef: draft.account?.ref ?? null,
      service: draft.service,
      title,
      action,
      ...(playbook ? { playbook } : {}),
      owner: draft.owner,
      detectedAt: draft.detectedAt,
      dueDate,
      overdue: dueDate < context.reportDay,
      points: wholePoints(pointsOf(draft.fix)),
      status: statusOf(draft, context.statuses.get(id), context.anonymised),
    };
  });
}
