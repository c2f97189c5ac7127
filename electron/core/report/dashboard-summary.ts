import { existsSync } from 'node:fs';
import type { DashboardSummary, Report, ReportLanguage, ReportRecord } from '../model/schemas/report.ts';
import type { StoredReport } from '../store/report-repository.ts';
import type { Store } from '../store/store.ts';
import { isOpenStatus } from '../model/schemas/actions.ts';
import { toCheckItems } from './action-list.ts';
import { localDay } from './report-dates.ts';
import { buildReportFromStore } from './report-from-store.ts';

// The dashboard is the report's model, summed up: the same score (recorded in the history as it
// is computed, one point a day), the same counts and the same findings, so the dashboard and a
// report generated the same minute never disagree.

export interface DashboardOptions {
  language: ReportLanguage;
  now: Date;
  hibpKeySet: boolean;
  generatedBy: string;
  hygieVersion: string;
}

/** A stored report with whether each file is still where it was written. */
export function withFileStatus(report: StoredReport): ReportRecord {
  return { ...report, files: report.files.map((file) => ({ ...file, exists: existsSync(file.path) })) };
}

export function summaryOfReport(report: Report, lastReport: ReportRecord | null): DashboardSummary {
  const { summary } = report;
  const today = localDay(new Date(report.generatedAt));
  const open = report.findings.filter((finding) => isOpenStatus(finding.status, today));
  return {
    score: report.score,
    history: report.scoreHistory,
    // The MFA page's coverage, with the accounts whose factor is itself a finding (mfa-weak) apart:
    // the dashboard shows them as weak, not protected, as the score and the findings judge them.
    mfaCoverage: report.mfaCoverage.map((coverage) => ({
      ...coverage,
      weak: report.findings.filter((finding) => finding.kind === 'mfa-weak' && finding.service === coverage.service).length,
    })),
    breaches: {
      mailboxes: summary.mailboxes,
      // Open breaches only: a remediated mailbox is counted apart, so fixing one turns the tile.
      breached: summary.breachedMailboxes - summary.remediatedMailboxes,
      remediated: summary.remediatedMailboxes,
      clean: summary.cleanMailboxes,
      notChecked: summary.notCheckedMailboxes,
    },
    passwords: {
      accounts: summary.accounts,
      pass: summary.passwordsPass,
      fail: summary.passwordsFail,
      pwned: summary.passwordsPwned,
      reused: summary.passwordsReused,
      notChecked: summary.passwordsNotChecked,
    },
    walkthrough: { people: summary.people, complete: summary.walkthroughComplete, started: summary.walkthroughStarted },
    findings: summary.findings,
    // Findings come sorted by severity: the first three open ones are the most urgent. Done,
    // accepted and postponed ones wait on the Actions page.
    nextActions: open.slice(0, 3),
    openActions: open.length,
    notChecked: toCheckItems(report).length,
    lastReport,
  };
}

export function dashboardSummary(store: Store, options: DashboardOptions): DashboardSummary {
  const report = buildReportFromStore(store, {
    language: options.language,
    anonymise: false,
    generatedBy: options.generatedBy,
    now: options.now,
    hygieVersion: options.hygieVersion,
    hibpKeySet: options.hibpKeySet,
    recordScore: true,
  });
  const newest = store.reports.list()[0];
  return summaryOfReport(report, newest ? withFileStatus(newest) : null);
}
