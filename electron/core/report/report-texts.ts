import type { MfaStatus } from '../model/schemas/mfa.ts';
import type { DeclarationQuestion, PolicyRuleKind } from '../model/schemas/password.ts';
import type { PolicyId, Profession } from '../model/schemas/practice.ts';
import type { FindingKind, NotCheckedEntry, ReportLanguage } from '../model/schemas/report.ts';
import type { ServiceId, StaffRole } from '../model/schemas/staff.ts';
import type { WalkthroughStepId } from '../model/schemas/walkthrough.ts';
import { POLICIES } from '../password/policies.ts';
import { TEXTS, type NodeTexts } from '../text/messages.ts';
import { dataClassName } from '../text/data-classes.ts';
import { fill, LOCALES } from '../text/template.ts';
import { formatDay } from './pdf-format.ts';

// The report's sentences in its language: what each finding is and what to do about it, why
// something was not checked and how to get it checked, and the names of roles, services,
// professions and policies. The words are text/report.*.ts, text/labels.*.ts and
// text/password.*.ts; this file chooses and fills them.

export function roleName(role: StaffRole, language: ReportLanguage): string {
  return TEXTS[language].labels.roles[role];
}

export function serviceName(service: ServiceId, language: ReportLanguage): string {
  return TEXTS[language].labels.services[service];
}

export function professionName(profession: Profession, language: ReportLanguage): string {
  return TEXTS[language].labels.professions[profession];
}

export function policyName(policy: PolicyId, language: ReportLanguage): string {
  return POLICIES[policy].title[language];
}

/** HIPAA: what the practice's written procedure must show; other policies: none. */
export function policyProcedures(policy: PolicyId, language: ReportLanguage): string[] {
  return (POLICIES[policy].procedures ?? []).map((procedure) => procedure[language]);
}

/** An account as a sentence names it: "la boîte mail x@y" / "mailbox x@y", or the service's name. */
export function accountLabel(service: ServiceId, identifier: string, language: ReportLanguage): string {
  if (service === 'mailbox') return fill(TEXTS[language].report.mailboxAccount, { identifier });
  return serviceName(service, language);
}

/** The same, at the start of a sentence. */
function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

/** What the failed rules get wrong, as a finding's title lists them ("trop court, facile à deviner"). */
export function ruleNames(rules: readonly PolicyRuleKind[], language: ReportLanguage): string {
  return rules.map((rule) => TEXTS[language].password.rules[rule].failure).join(', ');
}

type DmarcFinding = keyof NodeTexts['report']['domainProblems']['dmarc'];

/** What a domain check found wrong: DMARC or SPF, with the finding's code. */
export type DomainProblem = { check: 'dmarc'; finding: DmarcFinding } | { check: 'spf'; finding: string };

function domainProblemText(problem: DomainProblem, language: ReportLanguage): string {
  const problems = TEXTS[language].report.domainProblems;
  if (problem.check === 'dmarc') return problems.dmarc[problem.finding];
  return Object.hasOwn(problems.spf, problem.finding) ? problems.spf[problem.finding as keyof typeof problems.spf] : problems.spfOther;
}

export type FindingParams =
  | { kind: 'breached-mailbox'; account: string; breaches: readonly string[] }
  | { kind: 'pwned-password'; account: string; count: number | null }
  | { kind: 'reused-password'; account: string; others: readonly string[] }
  | { kind: 'weak-password'; account: string; policy: string; rules: readonly PolicyRuleKind[] }
  | { kind: 'declared-password'; account: string; answers: readonly DeclarationQuestion[] }
  | { kind: 'mfa-none'; account: string }
  | { kind: 'mfa-weak'; account: string; status: Extract<MfaStatus, 'sms' | 'email-code'>; mailbox: boolean }
  | { kind: 'walkthrough-incomplete'; answered: number; total: number }
  | { kind: 'walkthrough-later'; step: WalkthroughStepId; account: string | null; until: string }
  | { kind: 'shared-credential'; account: string; service: ServiceId; users: readonly string[] }
  | { kind: 'domain-email-auth'; domain: string; problems: readonly DomainProblem[] }
  | { kind: 'stealer-log'; account: string; websites: readonly { website: string; service: ServiceId | null }[] }
  | { kind: 'breach-recheck-due'; days: number; cadence: number };

const count = (value: number, language: ReportLanguage) => value.toLocaleString(LOCALES[language]);

/** "12 janvier 2027": a planned day, in words (UTC, so the day never shifts). */
const longDay = (day: string, language: ReportLanguage) =>
  new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** A stealer log's websites as a sentence names them: "amelipro (espacepro.ameli.fr), netflix.com". */
function stealerLogWebsites(websites: readonly { website: string; service: ServiceId | null }[], language: ReportLanguage): string {
  const t = TEXTS[language].report.findings.stealerLog;
  return websites
    .map((site) => (site.service === null ? site.website : fill(t.websiteWithService, { service: serviceName(site.service, language), website: site.website })))
    .join(t.websiteSeparator);
}

/**
 * A finding's title (what is wrong, on which account), action (what to do, concretely) and, for
 * the findings that need more than one sentence, its steps in order (the playbook).
 */
export function findingTexts(params: FindingParams, language: ReportLanguage): { title: string; action: string; playbook?: string[] } {
  const t = TEXTS[language].report.findings;
  switch (params.kind) {
    case 'breached-mailbox': {
      const account = capitalised(accountLabel('mailbox', params.account, language));
      return { title: fill(t.breachedMailbox.title, { account, breaches: params.breaches.join(', ') }), action: t.breachedMailbox.action };
    }
    case 'pwned-password': {
      const times = params.count === null ? '' : fill(t.pwnedPassword.times, { count: count(params.count, language) });
      return { title: fill(t.pwnedPassword.title, { account: params.account, times }), action: t.pwnedPassword.action };
    }
    case 'reused-password':
      return { title: fill(t.reusedPassword.title, { account: params.account, others: params.others.join(', ') }), action: t.reusedPassword.action };
    case 'weak-password': {
      const rules = params.rules.length > 0 ? ` (${ruleNames(params.rules, language)})` : '';
      return { title: fill(t.weakPassword.title, { account: params.account, policy: params.policy, rules }), action: t.weakPassword.action };
    }
    case 'declared-password': {
      const answers = params.answers.map((question) => t.declaredPassword.answers[question]).join(t.declaredPassword.separator);
      return {
        title: fill(t.declaredPassword.title, { account: params.account, answers }),
        action: t.declaredPassword.action,
        playbook: params.answers.map((question) => t.declaredPassword.steps[question]),
      };
    }
    case 'mfa-none':
      return { title: fill(t.mfaNone.title, { account: params.account }), action: t.mfaNone.action };
    case 'mfa-weak':
      if (params.status === 'email-code') {
        const action = params.mailbox ? t.mfaEmailCode.actionOnMailbox : t.mfaEmailCode.action;
        return { title: fill(t.mfaEmailCode.title, { account: params.account }), action };
      }
      return { title: fill(t.mfaSms.title, { account: params.account }), action: t.mfaSms.action };
    case 'walkthrough-incomplete':
      if (params.answered === 0) return { title: fill(t.walkthroughNotStarted.title, { total: count(params.total, language) }), action: t.walkthroughNotStarted.action };
      return {
        title: fill(t.walkthroughUnfinished.title, { answered: count(params.answered, language), total: count(params.total, language) }),
        action: t.walkthroughUnfinished.action,
      };
    case 'walkthrough-later': {
      const item = t.walkthroughItems[params.step];
      const title = params.account ? fill(t.walkthroughLater.titleOnAccount, { item, account: params.account }) : fill(t.walkthroughLater.title, { item });
      return { title, action: fill(t.walkthroughLater.action, { until: longDay(params.until, language) }) };
    }
    case 'shared-credential':
      return {
        title: fill(t.sharedCredential.title, { account: params.account, users: params.users.join(', ') }),
        action: params.service === 'amelipro' ? t.sharedCredential.actionAmelipro : t.sharedCredential.action,
      };
    case 'domain-email-auth': {
      const problems = params.problems.map((problem) => domainProblemText(problem, language)).join(t.domainEmailAuth.separator);
      return { title: fill(t.domainEmailAuth.title, { domain: params.domain, problems }), action: t.domainEmailAuth.action };
    }
    case 'stealer-log': {
      const websites = stealerLogWebsites(params.websites, language);
      return {
        title: fill(t.stealerLog.title, { account: params.account, websites }),
        action: t.stealerLog.action,
        playbook: t.stealerLog.playbook.map((step) => (step.includes('{{websites}}') ? step.replace('{{websites}}', websites) : step)),
      };
    }
    case 'breach-recheck-due':
      return { title: fill(t.recheckDue.title, { days: count(params.days, language), cadence: count(params.cadence, language) }), action: t.recheckDue.action };
  }
}

export const FINDING_KIND_ORDER: readonly FindingKind[] = [
  'breached-mailbox',
  'pwned-password',
  'reused-password',
  'weak-password',
  'declared-password',
  'mfa-none',
  'mfa-weak',
  'walkthrough-incomplete',
  'shared-credential',
  'walkthrough-later',
  'domain-email-auth',
  'stealer-log',
  'breach-recheck-due',
];

/** The text of `table[key]`, or `otherwise` when the table has no such key. */
function entryOr<T extends Readonly<Record<string, string>>>(table: T, key: string, otherwise: string): string {
  return Object.hasOwn(table, key) ? table[key as keyof T]! : otherwise;
}

/** Why something was not checked, and what to do, in the report's language. */
export function notCheckedExplanation(
  entry: Pick<NotCheckedEntry, 'check' | 'reason'> & { sourceName?: string | null; source?: string | null; domain?: string | null },
  language: ReportLanguage,
): string {
  const t = TEXTS[language].report.notChecked;
  if (entry.reason === 'not-in-scope' && (entry.check === 'mfa' || entry.check === 'password' || entry.check === 'walkthrough')) return t.notInScope[entry.check];
  switch (entry.check) {
    case 'breach': {
      const reason = entryOr(t.breach, entry.reason, t.breach['never-checked']);
      const source =
        entry.sourceName != null
          ? fill(t.corpusSource, { name: entry.sourceName })
          : entry.source != null && entry.source.startsWith('hibp')
            ? t.hibpSource
            : null;
      return source ? fill(t.withSource, { source, reason }) : reason;
    }
    case 'mfa':
      return t.mfaNeverRecorded;
    case 'password':
      return entryOr(t.password, entry.reason, t.passwordNotChecked);
    case 'domain':
      return entryOr(t.domain, entry.reason, t.domainUnanswered);
    case 'walkthrough':
      return t.notInScope.walkthrough;
    case 'stealer-logs':
      return entryOr(t.stealerLogs, entry.reason, t.stealerLogs.default).replace('{{domain}}', entry.domain ?? '');
  }
}

/** A data class of HIBP's in the report's language; one this table does not know is shown as it came, marked as HIBP's term. */
export function dataClassLabel(name: string, language: ReportLanguage): string {
  return dataClassName(name, language) ?? fill(TEXTS[language].compliance.breach.unknownClass, { name });
}

/** A breach in one line of the report's language: its site, its date and what it exposed. */
export function breachSummary(breach: { title: string; breachDate: string | null; dataClasses: readonly string[] }, language: ReportLanguage): string {
  const t = TEXTS[language].compliance.breach;
  const date = breach.breachDate ? fill(t.date, { date: formatDay(breach.breachDate, language) }) : '';
  if (breach.dataClasses.length === 0) return fill(t.summaryNoClasses, { site: breach.title, date });
  // Inside a sentence a known class is lower case; an unknown one stays as HIBP wrote it.
  const classes = breach.dataClasses
    .map((name) => {
      const known = dataClassName(name, language);
      return known === null ? dataClassLabel(name, language) : known.toLocaleLowerCase(LOCALES[language]);
    })
    .join(t.separator);
  return fill(t.summary, { site: breach.title, date, classes });
}
