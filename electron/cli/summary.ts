import type { AuditEntry, AuditReport } from '../core/breach/audit-report-schema.ts';
import { notCheckedText, type CliTexts } from './messages.ts';
import { oneLine } from './output.ts';
import type { RosterToAudit } from './roster-file.ts';

// The readable summary printed on stdout: where the addresses went, what was found per person
// (breached first, then not checked, which is never presented as safe), the counts, what to do.

export interface SummaryInput {
  version: string;
  roster: RosterToAudit;
  /** 'unknown': the key's plan could not be read and HIBP was not asked. */
  hibpMode: 'range' | 'direct' | 'none' | 'unknown';
  /** The verified domains whose search answered for their addresses. */
  searchedDomains?: readonly string[];
  corpusNames: readonly string[];
  report: AuditReport;
  cancelled: number;
  jsonPath: string | null;
}

function person(entry: AuditEntry): string {
  return oneLine(entry.name ? `${entry.name} <${entry.email}>` : entry.email);
}

function breachLine(entry: AuditEntry, colon: string): string {
  const found = entry.breach.breaches.map((breach) => {
    const details = [breach.breachDate, breach.dataClasses.join(', ')].filter((part) => part);
    return oneLine(details.length > 0 ? `${breach.title} (${details.join(' — ')})` : breach.title);
  });
  return `  ${person(entry)}${colon}${found.join(' · ')}`;
}

export function summaryLines(input: SummaryInput, texts: CliTexts): string[] {
  const { roster, report } = input;
  const t = texts.summary;
  const lines = [t.title(input.version), t.roster(oneLine(roster.fileName), roster.addresses.length, roster.people, roster.skipped.length)];
  for (const row of roster.skipped) lines.push(t.skippedLine(row.line, row.issues.map((issue) => texts.rowIssue(issue)).join(' ; ')));
  for (const warning of roster.warnings) lines.push(texts.fileWarning[warning]);

  lines.push(t.sources);
  if (input.searchedDomains && input.searchedDomains.length > 0) lines.push(`  ${t.hibpDomain(input.searchedDomains.join(', '))}`);
  if (input.hibpMode === 'range') lines.push(`  ${t.hibpRange}`);
  if (input.hibpMode === 'direct') lines.push(`  ${t.hibpDirect}`);
  if (input.hibpMode === 'unknown') lines.push(`  ${t.hibpPlanUnread}`);
  for (const name of input.corpusNames) lines.push(`  ${t.corpus(name)}`);

  const byStatus = (status: AuditEntry['breach']['status']) => report.staff.filter((entry) => entry.breach.status === status);
  const breached = byStatus('breached');
  const notChecked = byStatus('not-checked');
  const clean = byStatus('clean');
  if (breached.length > 0) {
    lines.push('', t.breachedHeading(breached.length), ...breached.map((entry) => breachLine(entry, t.colon)));
  }
  if (notChecked.length > 0) {
    lines.push(
      '',
      t.notCheckedHeading(notChecked.length),
      ...notChecked.map((entry) => `  ${person(entry)}${t.colon}${notCheckedText(entry.breach, texts)}`),
    );
  }
  if (clean.length > 0) lines.push('', t.cleanHeading(clean.length), ...clean.map((entry) => `  ${person(entry)}`));
  const stolen = report.staff.filter((entry) => (entry.stealerLogWebsites ?? []).length > 0);
  if (stolen.length > 0) {
    lines.push('', t.stealerLogsHeading(stolen.length), ...stolen.map((entry) => `  ${person(entry)}${t.colon}${entry.stealerLogWebsites!.map((site) => site.website).join(', ')}`));
  }
  if (report.domainSearch.stealerLogsInPlan === false) lines.push('', t.stealerLogsNotInPlan);
  const aliases = report.domainSearch.aliasesNotOnRoster;
  if (aliases.length > 0) {
    lines.push('', t.aliasesHeading(aliases.length), ...aliases.map((alias) => `  ${oneLine(alias.address)}${t.colon}${oneLine([...alias.breaches, ...alias.stealerLogWebsites].join(', '))}`));
  }

  const summary = report.summary;
  lines.push('', t.totals(summary.checked, report.staff.length, summary.breached, summary.clean, summary.notChecked));
  if (input.cancelled > 0) lines.push(t.cancelled(input.cancelled));
  if (summary.breached > 0) lines.push(t.nextStepsBreached);
  if (summary.notChecked > 0) lines.push(t.nextStepsNotChecked);
  if (input.jsonPath) lines.push(t.jsonWritten(input.jsonPath));
  return lines;
}
