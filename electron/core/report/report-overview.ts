import type { Finding, Overview, Report, ReportScopeLists } from '../model/schemas/report.ts';
import { SEVERITIES } from '../model/schemas/report.ts';
import { scoreBand } from '../model/score-band.ts';
import { TEXTS } from '../text/messages.ts';
import { fill, plural } from '../text/template.ts';
import { formatDay } from './pdf-format.ts';

// The report's first page as data, from the report's own fields (so the JSON says what the page
// says): the score's band and its trend against the previous recorded score, three sentences —
// where the practice stands, what is most at risk, what is not known — the three most urgent open
// findings, and the scope in three lists: what Hygie verified, what the practice declared, what
// this review does not look at.

/** The report without the parts built here. */
export type ReportBody = Omit<Report, 'overview' | 'scope' | 'mapping' | 'signature'>;

const SERIOUS = new Set<Finding['severity']>(['critical', 'high']);

/** Open: nothing said yet, or said done and found again, or planned for a day that has passed. */
export function isOpen(finding: Finding, reportDay: string): boolean {
  const { status } = finding;
  if (status.value === 'todo') return true;
  if (status.value === 'done') return status.stillFoundAt !== null;
  if (status.value === 'later') return status.until === null || status.until < reportDay;
  return false;
}

/** Most serious first, then the earliest due. */
function byUrgency(a: Finding, b: Finding): number {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.dueDate.localeCompare(b.dueDate) || a.ref.localeCompare(b.ref);
}

export function reportOverview(report: ReportBody): Overview {
  const { language } = report;
  const t = TEXTS[language].compliance.overview;
  const day = report.generatedAt.slice(0, 10);
  const score = report.score.value;
  const band = score === null ? null : scoreBand(score);
  // The trend compares with the latest score recorded before the report's own day.
  const earlier = report.scoreHistory.filter((point) => point.date < day);
  const previous = earlier[earlier.length - 1];
  const trend = score !== null && previous ? { since: previous.date, previous: previous.score, delta: score - previous.score } : null;

  let first = score === null ? t.noScore : fill(t.score, { score, band: TEXTS[language].compliance.band[band!] });
  if (score !== null) {
    if (trend === null) first += ` ${t.trendNone}`;
    else {
      const values = { since: formatDay(trend.since, language), previous: trend.previous, delta: fill(plural(t.points, Math.abs(trend.delta), language), { count: Math.abs(trend.delta) }) };
      first += ` ${trend.delta > 0 ? fill(t.trendUp, values) : trend.delta < 0 ? fill(t.trendDown, values) : fill(t.trendSame, { since: values.since })}`;
    }
  }

  const open = report.findings.filter((finding) => isOpen(finding, day)).sort(byUrgency);
  const serious = open.filter((finding) => SERIOUS.has(finding.severity));
  const overdue = serious.filter((finding) => finding.overdue).length;
  const second =
    serious.length > 0
      ? fill(plural(t.urgent, serious.length, language), {
          count: serious.length,
          overdue: overdue > 0 ? fill(plural(t.overdue, overdue, language), { count: overdue }) : '',
        })
      : open.length > 0
        ? fill(plural(t.noUrgent, open.length, language), { count: open.length })
        : t.nothingOpen;
  const unchecked = report.notChecked.length;
  const third = unchecked > 0 ? fill(plural(t.notChecked, unchecked, language), { count: unchecked }) : t.allChecked;

  return { band, trend, sentences: [first, second, third], urgent: open.slice(0, 3).map((finding) => finding.ref) };
}

export function reportScope(report: ReportBody): ReportScopeLists {
  const t = TEXTS[report.language].compliance.scope;
  if (report.origin === 'audit') {
    return {
      verified: [t.verified.breaches],
      declared: [t.declared.staff],
      outOfScope: [t.outOfScope.auditOnly, t.outOfScope.backups, t.outOfScope.updates, t.outOfScope.premises, t.outOfScope.workstations, t.outOfScope.software, t.outOfScope.records],
    };
  }
  const accounts = report.people.flatMap((person) => person.accounts);
  const verified: string[] = [t.verified.breaches, t.verified.passwords];
  if (report.practice.emailDomain) verified.push(t.verified.domain);
  if (accounts.some((account) => account.mfa.evidence === 'imported' || account.mfa.evidence === 'detected')) verified.push(t.verified.mfaDetected);
  return {
    verified,
    declared: [t.declared.staff, t.declared.mfa, t.declared.walkthrough, t.declared.statuses],
    outOfScope: [t.outOfScope.backups, t.outOfScope.updates, t.outOfScope.premises, t.outOfScope.workstations, t.outOfScope.software, t.outOfScope.records],
  };
}
