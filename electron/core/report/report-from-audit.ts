import { DEFAULT_POLICY } from '../model/schemas/practice.ts';
import type { Report } from '../model/schemas/report.ts';
import type { AuditEntry, AuditReport } from '../breach/audit-report-schema.ts';
import { splitFullName } from '../roster/split-full-name.ts';
import { buildReport } from './build-report.ts';
import { localDay } from './report-dates.ts';
import { reportRun, type ReportInput, type ReportInputAccount, type ReportInputPerson, type ReportRunOptions } from './report-input.ts';
import { computeScore, scoreFactsOf } from './score.ts';

// The report of a command-line audit (`hygie audit … --pdf`): a roster file checked against the
// breach sources, nothing else. So the report holds breaches only: MFA, passwords and the
// walkthrough are "not in scope" (said once each), MFA is 'unknown' and passwords never checked —
// which earn nothing in the score, as everywhere. There is no store: no history, no practice
// profile (its name, if given), the default policy (CNIL 2022) for the references.

export interface AuditReportOptions extends ReportRunOptions {
  practiceName: string | null;
}

function accountOf(entry: AuditEntry, index: number, checkedAt: string): ReportInputAccount {
  const { breach } = entry;
  return {
    key: `audit:${index}`,
    service: 'mailbox',
    identifier: entry.email,
    breach: {
      status: breach.status,
      checkedAt,
      detectedAt: breach.status === 'breached' ? checkedAt : null,
      breaches: breach.breaches.map((found) => ({ ...found, dataClasses: [...found.dataClasses] })),
      remediated: false,
      ...(entry.stealerLogWebsites && entry.stealerLogWebsites.length > 0
        ? { stealerLogs: entry.stealerLogWebsites.map((site) => ({ website: site.website, service: site.service, firstSeenAt: checkedAt })) }
        : {}),
      unanswered:
        breach.status === 'not-checked'
          ? breach.sources
              .filter((source) => source.status === 'not-checked')
              .map((source) => ({ source: source.source, sourceName: null, reason: source.reason ?? breach.reason ?? 'malformed', attemptedAt: checkedAt }))
          : [],
    },
    mfa: { status: 'unknown', evidence: null, checkedAt: null },
    password: { verdict: 'never-checked', checkedAt: null, reason: null, failedRules: [], pwned: null, pwnedCount: null, reusedWith: [] },
    steps: [],
  };
}

/** One person per roster row: the audit lists a row's addresses one after the other, under its name. */
function peopleOf(audit: AuditReport): ReportInputPerson[] {
  const people: ReportInputPerson[] = [];
  let previous: string | null = null;
  audit.staff.forEach((entry, index) => {
    const account = accountOf(entry, index, audit.generatedAt);
    const current = people.at(-1);
    if (current && previous === entry.name) {
      current.accounts.push(account);
      return;
    }
    previous = entry.name;
    const { firstName, lastName } = splitFullName(entry.name);
    people.push({ key: `audit-person:${people.length}`, firstName, lastName, role: 'other', accounts: [account], personSteps: [] });
  });
  // The roster's order, as the app lists it: last name, then first name.
  return people
    .map((person, index) => ({ person, index }))
    .sort(
      (a, b) =>
        a.person.lastName.localeCompare(b.person.lastName, 'fr', { sensitivity: 'base' }) ||
        a.person.firstName.localeCompare(b.person.firstName, 'fr', { sensitivity: 'base' }) ||
        a.index - b.index,
    )
    .map(({ person }) => person);
}

export function buildReportFromAudit(audit: AuditReport, options: AuditReportOptions): Report {
  const input: ReportInput = {
    ...reportRun(options),
    origin: 'audit',
    practice: null,
    practiceName: options.practiceName,
    policy: DEFAULT_POLICY,
    scope: { breach: true, mfa: false, password: false, walkthrough: false, domain: false },
    people: peopleOf(audit),
    scoreHistory: [],
    domain: null,
    domainSearch: {
      stealerLogsInPlan: audit.domainSearch.stealerLogsInPlan,
      aliasesNotOnRoster: audit.domainSearch.aliasesNotOnRoster.map((alias) => ({ ...alias, ignored: false })),
      unansweredStealerLogs: audit.domainSearch.domains.flatMap((domain) =>
        domain.stealerLogs === 'not-checked' ? [{ domain: domain.domain, reason: domain.reason ?? 'malformed', attemptedAt: audit.generatedAt }] : [],
      ),
    },
  };
  // No history without a store: the run's own score is its one point.
  const score = computeScore(scoreFactsOf(input));
  return buildReport(score.value === null ? input : { ...input, scoreHistory: [{ date: localDay(options.now), score: score.value }] });
}
