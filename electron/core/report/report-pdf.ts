import type { Content, CustomTableLayout, TableCell } from 'pdfmake';
import type {
  Finding,
  NotCheckedEntry,
  Report,
  ReportAccount,
  ReportLanguage,
  ReportPerson,
  ScorePoint,
  Severity,
} from '../model/schemas/report.ts';
import { SEVERITIES } from '../model/schemas/report.ts';
import { SERVICE_LABELS } from '../model/service-labels.ts';
import { TEXTS, type NodeTexts } from '../text/messages.ts';
import { fill, LOCALES, plural } from '../text/template.ts';
import { formatDay, formatInstant, formatNumber, formatPercent, formatPoints, printable, printableContent } from './pdf-format.ts';
import { isWeakMfa } from './findings.ts';
import { renderPdf, type DocDefinition } from './pdf-engine.ts';

// The report as the PDF a practice files and shows: A4, real text, every page numbered and
// carrying the SHA-256 of the JSON export generated with it, so a printed copy can be matched to
// its data file. Everything printed comes from the Report (nothing is looked up elsewhere), and
// only the words around it come from text/pdf.*.ts. pdfmake runs in plain Node (CLI, tests, the
// app's main process); it may read the four Roboto files and nothing else, and never the network.
//
// No heading ends a page apart from what it introduces, and that is built into the structure,
// not left to pdfmake's pageBreakBefore (which lays the whole document out again for every break
// it adds: minutes for a large practice). Short sections are unbreakable blocks; the people
// start on a new page; the findings' and the "not checked" headings, and each person's name and
// walkthrough line, are title rows of their table's header: kept with its first row and
// repeated on every page the table runs over.

/** The words of the report's language around its own texts. */
type PdfTexts = NodeTexts['pdf'];

type CanvasElement = Extract<Content, { canvas: unknown }>['canvas'][number];

// ── Look ───────────────────────────────────────────────────────────────────────────────────

const INK = '#1b2230';
const MUTED = '#5a6475';
const ACCENT = '#1f3a5f';
const RULE = '#c8ced8';
const STRONG_RULE = '#8d97a8';
const HEAD_FILL = '#e6ebf2';
const ZEBRA_FILL = '#f6f8fb';
const NOTICE_FILL = '#fff4d6';
const GOOD = '#1d6b3f';
const BAD = '#a1261d';

/** A severity's colour; the word is always printed with it (never colour alone). */
const SEVERITY_COLOURS: Readonly<Record<Severity, string>> = {
  critical: '#9b1c1c',
  high: '#b8430b',
  medium: '#7a5a00',
  low: '#2f5d8a',
};

const MARGIN_X = 48;
const PAGE_WIDTH = 595.28;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const CELL_PADDING = 5;

/** A data table's look; `titleRows` rows above the column headers carry a title, unfilled and unruled. */
function tableLayout(titleRows: number): CustomTableLayout {
  const headerRow = titleRows;
  return {
    hLineWidth: (i, node) => (i < headerRow ? 0 : i === headerRow || i === headerRow + 1 || i === node.table.body.length ? 0.8 : 0.4),
    vLineWidth: () => 0,
    hLineColor: (i) => (i <= headerRow + 1 ? STRONG_RULE : RULE),
    fillColor: (rowIndex) => (rowIndex < headerRow ? null : rowIndex === headerRow ? HEAD_FILL : (rowIndex - headerRow) % 2 === 0 ? ZEBRA_FILL : null),
    paddingLeft: () => CELL_PADDING,
    paddingRight: () => CELL_PADDING,
    paddingTop: (i) => (i < headerRow ? 0 : 4),
    paddingBottom: (i) => (i < headerRow ? 0 : 4),
  };
}

const PLAIN_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 8,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

// ── What every section needs ───────────────────────────────────────────────────────────────

interface Context {
  report: Report;
  t: PdfTexts;
  language: ReportLanguage;
  people: ReadonlyMap<string, ReportPerson>;
  accounts: ReadonlyMap<string, ReportAccount>;
}

function context(report: Report): Context {
  return {
    report,
    t: TEXTS[report.language].pdf,
    language: report.language,
    people: new Map(report.people.map((person) => [person.personRef, person])),
    accounts: new Map(report.people.flatMap((person) => person.accounts.map((account) => [account.accountRef, account] as const))),
  };
}

// ── Small builders ─────────────────────────────────────────────────────────────────────────

function h1(text: string): Content {
  return { text, style: 'h1' };
}

function h2(text: Content): Content {
  return { text, style: 'h2' } as Content;
}

function lead(text: string): Content {
  return { text, style: 'lead' };
}

function head(text: string): TableCell {
  return { text, style: 'tableHeader' };
}

function muted(text: string): Content {
  return { text, color: MUTED, fontSize: 8 };
}

/** Kept on one page: for sections that are short by nature. */
function together(...blocks: Content[]): Content {
  return { unbreakable: true, stack: blocks };
}

/**
 * A table whose header repeats on every page it runs over, kept with its first row, rows never
 * split. `title` (optional) sits above the column headers as part of the header, so it can never
 * be left alone at the foot of a page and tells whose rows continue on the next one.
 */
function dataTable(widths: (number | string)[], header: TableCell[], rows: TableCell[][], title?: Content): Content {
  const titleRows: TableCell[][] = title ? [[{ stack: [title], colSpan: widths.length, margin: [-CELL_PADDING, 0, 0, 3] }, ...widths.slice(1).map(() => ({}))]] : [];
  return {
    table: { headerRows: titleRows.length + 1, keepWithHeaderRows: 1, dontBreakRows: true, widths, body: [...titleRows, header, ...rows] },
    layout: tableLayout(titleRows.length),
    margin: [0, 2, 0, 8],
  };
}

function keyValues(rows: [string, string][]): Content {
  return {
    table: { widths: ['auto', '*'], body: rows.map(([key, value]) => [{ text: key, color: MUTED }, { text: value }]) },
    layout: PLAIN_LAYOUT,
  };
}

function notice(text: string): Content {
  return {
    table: { widths: ['*'], body: [[{ text, margin: [6, 5, 6, 5] }]] },
    layout: { hLineWidth: () => 0, vLineWidth: () => 0, fillColor: () => NOTICE_FILL },
    margin: [0, 6, 0, 0],
  };
}

/** "amelipro" or "Messagerie · jeanne@cabinet.fr", for an accountRef of this report. */
function accountName(ctx: Context, accountRef: string): string {
  const account = ctx.accounts.get(accountRef);
  if (!account) return accountRef;
  const service = SERVICE_LABELS[account.service][ctx.language];
  return account.identifier ? `${service} · ${account.identifier}` : service;
}

// ── Sections ───────────────────────────────────────────────────────────────────────────────

function titleBlock({ report, t, language }: Context): Content[] {
  const { practice } = report;
  const practiceRows: [string, string][] = [[t.practiceLabels.city, practice.city || t.none]];
  if (practice.profession) practiceRows.push([t.practiceLabels.profession, practice.profession]);
  practiceRows.push([t.practiceLabels.finess, practice.finess ?? t.none]);
  if (practice.emailDomain) practiceRows.push([t.practiceLabels.emailDomain, practice.emailDomain]);
  practiceRows.push([t.practiceLabels.referent, practice.referent || t.none]);
  const reportRows: [string, string][] = [
    [t.generatedOn, formatInstant(report.generatedAt, language, true)],
    [t.generatedBy, report.generatedBy],
    [t.policy, report.policy.name],
    [t.reportId, report.reportId],
    [t.hygieVersion, report.hygieVersion],
  ];
  const blocks: Content[] = [
    { text: t.documentTitle, style: 'title' },
    { text: practice.name, style: 'practice' },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1.5, lineColor: ACCENT }], margin: [0, 4, 0, 8] },
    { columns: [keyValues(practiceRows), keyValues(reportRows)], columnGap: 18 },
  ];
  if (report.origin === 'audit') blocks.push(notice(t.auditOrigin));
  if (report.anonymised) blocks.push(notice(t.anonymisedNotice));
  return blocks;
}

function scoreSection({ report, t, language }: Context): Content[] {
  const { score } = report;
  const big: Content =
    score.value === null
      ? { text: t.score.noScore, margin: [8, 10, 8, 10] }
      : {
          stack: [
            { text: [{ text: String(score.value), fontSize: 40, bold: true, color: ACCENT }, { text: ` ${t.score.outOf}`, fontSize: 14, color: MUTED }] },
            { text: `${t.score.formulaVersion} ${score.formulaVersion}`, fontSize: 7.5, color: MUTED },
          ],
          margin: [10, 6, 10, 8],
        };
  const components = dataTable(
    ['*', 'auto', 'auto', 'auto', 'auto'],
    [head(t.componentTable.component), head(t.componentTable.weight), head(t.componentTable.checked), head(t.componentTable.earned), head(t.componentTable.points)],
    score.components.map((component) => [
      t.names.component[component.id],
      { text: formatPoints(component.weight, language), alignment: 'right' },
      { text: `${formatNumber(component.good, language)} / ${formatNumber(component.items, language)}`, alignment: 'right' },
      { text: formatPercent(component.earned, language), alignment: 'right' },
      { text: formatPoints(component.points, language), alignment: 'right', bold: true },
    ]),
  );
  const figures: [string, string][] = t.keyFigures.rows.map((row) => [row.label, fill(row.value, report.summary)]);
  const blocks: Content[] = [
    together(
      h1(t.score.heading),
      {
        columns: [
          {
            width: 150,
            table: { widths: ['*'], body: [[big]] },
            layout: { hLineWidth: () => 0, vLineWidth: () => 0, fillColor: () => HEAD_FILL },
          },
          { width: '*', stack: score.components.length > 0 ? [components] : [] },
        ],
        columnGap: 14,
      },
      { text: t.score.formula, style: 'note', margin: [0, 0, 0, 8] },
    ),
    together(h2(t.keyFigures.heading), keyValues(figures)),
  ];
  if (report.mfaCoverage.length > 0) {
    // At most one row per service: short enough to keep on one page with its heading.
    blocks.push(
      together(
        h2(t.coverage.heading),
        dataTable(
          ['*', 'auto', 'auto', 'auto', 'auto', 'auto'],
          [head(t.coverage.service), head(t.coverage.accounts), head(t.coverage.protected), head(t.coverage.phishingResistant), head(t.coverage.none), head(t.coverage.unknown)],
          report.mfaCoverage.map((row) => [
            SERVICE_LABELS[row.service][language],
            { text: String(row.accounts), alignment: 'right' },
            { text: String(row.protected), alignment: 'right' },
            { text: String(row.phishingResistant), alignment: 'right' },
            { text: String(row.none), alignment: 'right', color: row.none > 0 ? BAD : INK },
            { text: String(row.unknown), alignment: 'right', color: row.unknown > 0 ? MUTED : INK },
          ]),
        ),
      ),
    );
  }
  return blocks;
}

const CHART_HEIGHT = 110;
const CHART_AXIS = 26;

function historyChart(points: readonly ScorePoint[], language: ReportLanguage): Content {
  const width = CONTENT_WIDTH - CHART_AXIS;
  const days = points.map((point) => Date.parse(`${point.date}T00:00:00Z`) / 86_400_000);
  const first = days[0] ?? 0;
  const span = Math.max(1, (days[days.length - 1] ?? 0) - first);
  const xy = points.map((point, index) => ({
    x: CHART_AXIS + (((days[index] ?? first) - first) / span) * width,
    y: CHART_HEIGHT - (point.score / 100) * CHART_HEIGHT,
  }));
  const grid: CanvasElement[] = [0, 25, 50, 75, 100].map((level) => {
    const y = CHART_HEIGHT - (level / 100) * CHART_HEIGHT;
    return { type: 'line', x1: CHART_AXIS, y1: y, x2: CHART_AXIS + width, y2: y, lineWidth: level === 0 ? 0.8 : 0.4, lineColor: level === 0 ? STRONG_RULE : RULE };
  });
  // The curve as separate segments, not one 'polyline': pdfmake 0.3.11 offsets a polyline's
  // points in place (an array it shares with the document), so any second layout of the block
  // would shift the curve; lines carry their own coordinates.
  const segments: CanvasElement[] = xy.slice(1).map((point, index) => {
    const from = xy[index] ?? point;
    return { type: 'line', x1: from.x, y1: from.y, x2: point.x, y2: point.y, lineWidth: 1.6, lineColor: ACCENT, lineCap: 'round' };
  });
  const dots: CanvasElement[] = xy.map((point) => ({ type: 'ellipse', x: point.x, y: point.y, r1: 2.2, r2: 2.2, color: ACCENT }));
  // Each label right-aligned against the axis and centred on its grid line (Roboto's digits are
  // 0.5615 em wide, their middle 0.57 em below the line's top).
  const axisLabels: Content[] = [100, 50, 0].map((level) => ({
    text: String(level),
    style: 'axisLabel',
    relativePosition: { x: CHART_AXIS - 4 - String(level).length * 0.5615 * 7, y: CHART_HEIGHT - (level / 100) * CHART_HEIGHT - 0.57 * 7 },
  }));
  const firstPoint = points[0];
  const lastPoint = points[points.length - 1];
  return {
    stack: [
      ...axisLabels,
      { canvas: [...grid, ...segments, ...dots] },
      {
        columns: [
          { text: firstPoint ? formatDay(firstPoint.date, language) : '', width: '*', margin: [CHART_AXIS, 2, 0, 0] },
          { text: lastPoint ? formatDay(lastPoint.date, language) : '', width: '*', alignment: 'right', margin: [0, 2, 0, 0] },
        ],
        fontSize: 7.5,
        color: MUTED,
      },
    ],
    margin: [0, 4, 0, 8],
  };
}

/** The most recent points as text, at most two rows of six: the chart shows them all. */
const HISTORY_TABLE_POINTS = 12;

function historyTable(points: readonly ScorePoint[], { t, language }: Context): Content {
  const recent = points.slice(-HISTORY_TABLE_POINTS);
  const perRow = Math.min(6, recent.length);
  const rows: TableCell[][] = [];
  for (let start = 0; start < recent.length; start += perRow) {
    const row: TableCell[] = recent
      .slice(start, start + perRow)
      .flatMap((point): TableCell[] => [{ text: formatDay(point.date, language), color: MUTED }, { text: String(point.score), bold: true }]);
    while (row.length < perRow * 2) row.push('', '');
    rows.push(row);
  }
  const header = Array.from({ length: perRow }, () => [head(t.history.date), head(t.history.score)]).flat();
  return dataTable(Array.from({ length: perRow }, () => ['*', 'auto']).flat(), header, rows);
}

function historySection(ctx: Context): Content {
  const { report, t, language } = ctx;
  const points = report.scoreHistory;
  if (points.length === 0) return together(h1(t.history.heading), muted(t.history.empty));
  if (points.length === 1) return together(h1(t.history.heading), lead(t.history.single), historyTable(points, ctx));
  return together(h1(t.history.heading), lead(t.history.chartLabel), historyChart(points, language), historyTable(points, ctx));
}

function severityCell(severity: Severity, t: PdfTexts): TableCell {
  return { text: t.names.severity[severity], bold: true, color: '#ffffff', fillColor: SEVERITY_COLOURS[severity], fontSize: 8 };
}

/** "app:jdupont" → "jdupont": who set a status, as the journal names them. */
function actorName(actor: string | null): string {
  if (actor === null) return '—';
  const colon = actor.indexOf(':');
  return colon > 0 ? actor.slice(colon + 1) : actor;
}

/** What the practice said about a finding (the Actions page), under its title; nothing for "to do". */
function statusLines(finding: Finding, t: PdfTexts, language: ReportLanguage): Content[] {
  const { status } = finding;
  if (status.value === 'todo' || status.setAt === null) return [];
  const words = t.findings.status;
  const date = formatInstant(status.setAt, language);
  const who = actorName(status.setBy);
  const line = (text: string, colour = MUTED): Content => ({ text, color: colour, fontSize: 8, bold: true, margin: [0, 2, 0, 0] });
  switch (status.value) {
    case 'done':
      return [
        status.stillFoundAt === null
          ? line(fill(words.done, { date, who }), GOOD)
          : line(fill(words.doneStillFound, { date, seen: formatInstant(status.stillFoundAt, language) }), BAD),
      ];
    case 'later':
      return [line(fill(words.later, { until: status.until === null ? '—' : formatDay(status.until, language), date, who }))];
    case 'accepted':
      return [line(fill(words.accepted, { date, who })), ...(status.reason === null ? [] : [{ text: fill(words.reason, { reason: status.reason }), fontSize: 8, color: MUTED }])];
  }
}

/** The points it adds to the score once fixed, a whole number. */
function pointsLine(finding: Finding, t: PdfTexts, language: ReportLanguage): Content {
  const text = finding.points === 0 ? t.findings.notScored : fill(plural(t.findings.points, finding.points, language), { points: formatPoints(finding.points, language) });
  return { text, color: MUTED, fontSize: 8, margin: [0, 2, 0, 0] };
}

function findingsSection({ report, t, language }: Context): Content[] {
  const intro: Content[] = [h1(t.findings.heading), lead(t.findings.lead)];
  if (report.findings.length === 0) return [together(...intro, muted(t.findings.empty))];
  const legend: Content = {
    text: SEVERITIES.flatMap((severity, index) => [
      ...(index > 0 ? [{ text: '   ' }] : []),
      { text: '■ ', color: SEVERITY_COLOURS[severity] },
      { text: `${t.names.severity[severity]}${t.colon}${report.summary.findings[severity] ?? 0}`, bold: true },
    ]),
    margin: [0, 0, 0, 4],
  };
  // The heading, its lead and the legend are the table's title rows (see the top of this file).
  return [
    dataTable(
      [28, 52, '*', 70, '*', 62],
      [head(t.findings.id), head(t.findings.severity), head(t.findings.finding), head(t.findings.owner), head(t.findings.action), head(t.findings.due)],
      report.findings.map((finding: Finding) => [
        { text: finding.ref, color: MUTED, fontSize: 8 },
        severityCell(finding.severity, t),
        { stack: [finding.title, ...statusLines(finding, t, language)] },
        finding.owner,
        { stack: [finding.action, ...(finding.playbook ? [{ ol: finding.playbook, fontSize: 8, margin: [0, 2, 0, 0] } as Content] : []), pointsLine(finding, t, language)] },
        {
          stack: [
            { text: formatDay(finding.dueDate, language), noWrap: true },
            ...(finding.overdue ? [{ text: t.findings.overdue, bold: true, color: BAD, fontSize: 8 }] : []),
          ],
        },
      ]),
      { stack: [...intro, legend] },
    ),
  ];
}

/** The domain's addresses HIBP knows that are not on the staff list (none: no section). */
function aliasesSection({ report, t }: Context): Content[] {
  const aliases = report.domainSearch?.aliasesNotOnRoster ?? [];
  if (aliases.length === 0) return [];
  return [
    dataTable(
      [180, '*'],
      [head(t.aliases.address), head(t.aliases.found)],
      aliases.map((alias) => [
        { stack: [alias.address, ...(alias.ignored ? [muted(t.aliases.ignored)] : [])] },
        {
          stack: [
            ...(alias.breaches.length > 0 ? [alias.breaches.join(', ')] : []),
            ...(alias.stealerLogWebsites.length > 0 ? [{ text: `${t.aliases.stealerLogs} ${alias.stealerLogWebsites.join(', ')}`, color: BAD }] : []),
          ],
        },
      ]),
      { stack: [h1(t.aliases.heading), lead(t.aliases.lead)] },
    ),
  ];
}

function breachCell(account: ReportAccount, { t, language }: Context): TableCell {
  const breach = account.breach;
  if (!breach) return muted(t.account.noBreachCheck);
  const colour = breach.status === 'breached' ? BAD : breach.status === 'clean' ? GOOD : MUTED;
  const lines: Content[] = [{ text: t.names.breachStatus[breach.status], bold: true, color: colour, italics: breach.status === 'not-checked' }];
  for (const item of breach.breaches) {
    lines.push({ text: item.breachDate ? `${item.title} (${formatDay(item.breachDate, language)})` : item.title });
  }
  if (breach.status === 'breached' && breach.remediated) lines.push({ text: t.account.breachRemediated, color: GOOD, fontSize: 8 });
  if (breach.stealerLogs && breach.stealerLogs.length > 0) {
    lines.push({ text: `${t.account.stealerLogs} ${breach.stealerLogs.map((site) => site.website).join(', ')}`, bold: true, color: BAD });
  }
  if (breach.checkedAt) lines.push(muted(`${t.account.checkedOn} ${formatInstant(breach.checkedAt, language)}`));
  return { stack: lines };
}

function mfaCell(account: ReportAccount, { t, language }: Context): TableCell {
  const { mfa } = account;
  // A factor that is itself a finding (e-mail code; SMS on a mailbox or amelipro) is in the warning
  // tone and says so in words, never in the protected green.
  const weak = isWeakMfa(mfa.status, account.service);
  const colour = mfa.status === 'none' ? BAD : mfa.status === 'unknown' ? MUTED : weak ? SEVERITY_COLOURS.medium : GOOD;
  const lines: Content[] = [{ text: t.names.mfaStatus[mfa.status], bold: true, color: colour, italics: mfa.status === 'unknown' }];
  if (weak) lines.push({ text: t.account.weakMfa, color: SEVERITY_COLOURS.medium, fontSize: 8 });
  const meta = [mfa.evidence ? t.names.mfaEvidence[mfa.evidence] : '', mfa.checkedAt ? `${t.account.checkedOn} ${formatInstant(mfa.checkedAt, language)}` : '']
    .filter(Boolean)
    .join(' ');
  if (meta) lines.push(muted(meta));
  return { stack: lines };
}

function passwordCell(account: ReportAccount, ctx: Context): TableCell {
  const { t, language } = ctx;
  const { password } = account;
  const colour = password.verdict === 'pass' ? GOOD : password.verdict === 'fail' ? BAD : MUTED;
  const lines: Content[] = [
    {
      text: t.names.verdict[password.verdict],
      bold: true,
      color: colour,
      italics: password.verdict === 'never-checked' || password.verdict === 'not-checked',
    },
  ];
  if (password.failedRules.length > 0) {
    lines.push({ text: `${t.account.failedRules}${t.colon}${password.failedRules.map((rule) => TEXTS[language].password.rules[rule].requirement).join(', ')}`, fontSize: 8 });
  }
  if (password.pwned) {
    const count = password.pwnedCount ? ` (${formatNumber(password.pwnedCount, language)} ${t.account.pwnedCount})` : '';
    lines.push({ text: `${t.names.pwned[password.pwned]}${count}`, fontSize: 8, color: password.pwned === 'pwned' ? BAD : INK });
  }
  if (password.reusedWith.length > 0) {
    lines.push({ text: `${t.account.reusedWith}${t.colon}${password.reusedWith.map((ref) => accountName(ctx, ref)).join(', ')}`, fontSize: 8, color: BAD });
  }
  if (password.checkedAt) lines.push(muted(`${t.account.checkedOn} ${formatInstant(password.checkedAt, language)}`));
  return { stack: lines };
}

function stepsCell(account: ReportAccount, { t, language }: Context): TableCell {
  const { walkthrough } = account;
  if (walkthrough.total === 0) return muted(t.none);
  const lines: Content[] = [
    { text: `${walkthrough.answered} / ${walkthrough.total} ${t.account.stepsAnswered}`, bold: walkthrough.answered === walkthrough.total },
    muted(`${walkthrough.done} ${t.account.stepsDone} · ${walkthrough.notPossible} ${t.account.stepsNotPossible}`),
  ];
  if (walkthrough.lastAnsweredAt) lines.push(muted(formatInstant(walkthrough.lastAnsweredAt, language)));
  return { stack: lines };
}

function personBlock(person: ReportPerson, ctx: Context): Content {
  const { t, language } = ctx;
  const { walkthrough } = person;
  const progress = [`${t.people.walkthrough}${t.colon}${walkthrough.answered} / ${walkthrough.total}`];
  if (walkthrough.complete) progress.push(t.people.walkthroughComplete);
  if (walkthrough.lastAnsweredAt) progress.push(`${t.people.walkthroughLast} ${formatInstant(walkthrough.lastAnsweredAt, language)}`);
  const title: Content = {
    stack: [
      h2([{ text: person.name }, { text: `  ${person.roleName} · ${person.personRef}`, bold: false, color: MUTED, fontSize: 9 }]),
      { text: progress.join(' · '), fontSize: 8.5, color: MUTED },
    ],
  };
  if (person.accounts.length === 0) return together(title, { text: t.people.noAccounts, italics: true, color: MUTED, margin: [0, 3, 0, 8] });
  return dataTable(
    [92, '*', 86, '*', 70],
    [head(t.people.account), head(t.people.breaches), head(t.people.mfa), head(t.people.password), head(t.people.steps)],
    person.accounts.map((account) => [
      {
        stack: [
          { text: SERVICE_LABELS[account.service][language], bold: true },
          ...(account.identifier ? [{ text: account.identifier, fontSize: 8 }] : []),
          muted(account.accountRef),
        ],
      },
      breachCell(account, ctx),
      mfaCell(account, ctx),
      passwordCell(account, ctx),
      stepsCell(account, ctx),
    ]),
    title,
  );
}

function peopleSection(ctx: Context): Content[] {
  const { report, t } = ctx;
  if (report.people.length === 0) return [together(h1(t.people.heading), muted(t.people.noPeople))];
  return [{ stack: [h1(t.people.heading), lead(t.people.lead)], pageBreak: 'before' }, ...report.people.map((person) => personBlock(person, ctx))];
}

function notCheckedWho(entry: NotCheckedEntry, ctx: Context): string {
  const person = entry.personRef ? ctx.people.get(entry.personRef) : undefined;
  const parts: string[] = [];
  if (person) parts.push(person.name);
  else if (entry.personRef) parts.push(entry.personRef);
  if (entry.accountRef) parts.push(accountName(ctx, entry.accountRef));
  else if (entry.service) parts.push(SERVICE_LABELS[entry.service][ctx.language]);
  return parts.length > 0 ? parts.join(' · ') : ctx.t.notChecked.practiceWide;
}

function notCheckedSection(ctx: Context): Content[] {
  const { report, t, language } = ctx;
  const intro: Content[] = [h1(t.notChecked.heading), lead(t.notChecked.lead)];
  if (report.notChecked.length === 0) return [together(...intro, muted(t.notChecked.empty))];
  // The heading and its lead are the table's title rows: they repeat over a long list, and the
  // section can follow the people on the same page without a heading stranded at its foot.
  return [
    dataTable(
      [92, 124, '*', 68],
      [head(t.notChecked.check), head(t.notChecked.who), head(t.notChecked.reason), head(t.notChecked.attempted)],
      report.notChecked.map((entry) => [
        { text: t.names.check[entry.check], bold: true },
        notCheckedWho(entry, ctx),
        { stack: [entry.explanation, muted(entry.reason)] },
        entry.attemptedAt ? formatInstant(entry.attemptedAt, language) : t.none,
      ]),
      { stack: intro },
    ),
  ];
}

function proceduresSection({ report, t }: Context): Content[] {
  if (report.policy.procedures.length === 0) return [];
  return [
    together(
      h1(t.procedures.heading),
      lead(t.procedures.lead),
      { ol: report.policy.procedures.map((procedure) => ({ text: procedure, margin: [0, 0, 0, 3] })), margin: [0, 0, 0, 6] },
    ),
  ];
}

function referencesSection({ report, t }: Context): Content[] {
  if (report.references.length === 0) return [];
  // Seven references at most: the list stays on one page with its heading.
  return [
    together(
      h1(t.references.heading),
      ...report.references.map(
        (reference): Content => ({
          stack: [
            {
              text: [
                { text: reference.title, bold: true },
                ...(reference.policy ? [{ text: `  (${t.references.policyMark})`, color: ACCENT, bold: true, fontSize: 8.5 }] : []),
              ],
            },
            { text: reference.relevance },
            { text: reference.url, link: reference.url, color: ACCENT, fontSize: 8 },
          ],
          margin: [0, 0, 0, 7],
        }),
      ),
    ),
  ];
}

const SIGNATURE_BOX = { width: 230, height: 80 };

function signatureSection({ report, t }: Context): Content {
  const field = (label: string, value: string): Content => ({
    text: [{ text: `${label}${t.colon}`, color: MUTED }, { text: value, bold: true }],
    margin: [0, 0, 0, 8],
  });
  return together(
    h1(t.signature.heading),
    { text: t.signature.lead, margin: [0, 0, 0, 10] },
    {
      columns: [
        {
          width: '*',
          stack: [
            field(t.signature.referent, report.signature.referent),
            field(t.signature.place, report.signature.place),
            { text: t.signature.date, color: MUTED, margin: [0, 6, 0, 0] },
            { canvas: [{ type: 'line', x1: 0, y1: 14, x2: 160, y2: 14, lineWidth: 0.6, lineColor: STRONG_RULE }] },
          ],
        },
        {
          width: SIGNATURE_BOX.width,
          stack: [
            { text: t.signature.signature, color: MUTED, margin: [0, 0, 0, 3] },
            { canvas: [{ type: 'rect', x: 0, y: 0, w: SIGNATURE_BOX.width, h: SIGNATURE_BOX.height, r: 3, lineWidth: 0.8, lineColor: STRONG_RULE }] },
          ],
        },
      ],
      columnGap: 24,
    },
  );
}

// ── The document ───────────────────────────────────────────────────────────────────────────

export function reportDocument(report: Report, jsonSha256: string): DocDefinition {
  const ctx = context(report);
  const { t } = ctx;
  const content: Content[] = printableContent([
    ...titleBlock(ctx),
    ...scoreSection(ctx),
    historySection(ctx),
    ...findingsSection(ctx),
    ...peopleSection(ctx),
    ...aliasesSection(ctx),
    ...notCheckedSection(ctx),
    ...proceduresSection(ctx),
    ...referencesSection(ctx),
    signatureSection(ctx),
  ]);
  const practiceName = printable(report.practice.name);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN_X, 56, MARGIN_X, 58],
    language: LOCALES[report.language],
    info: {
      title: `${t.documentTitle} — ${report.practice.name}`,
      author: report.practice.name,
      subject: t.documentSubject,
      keywords: `${report.reportId}, SHA-256 JSON ${jsonSha256}`,
      creator: `Hygie ${report.hygieVersion}`,
      producer: 'Hygie (pdfmake)',
      creationDate: new Date(report.generatedAt),
    },
    header: (currentPage) =>
      currentPage === 1
        ? null
        : {
            columns: [
              { text: `${practiceName} · ${t.documentTitle}`, width: '*' },
              { text: formatInstant(report.generatedAt, report.language), width: 'auto' },
            ],
            fontSize: 8,
            color: MUTED,
            margin: [MARGIN_X, 26, MARGIN_X, 0],
          },
    footer: (currentPage, pageCount) => ({
      stack: [
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: RULE }] },
        {
          columns: [
            // The 64 hex digits on one unbroken line, so the printed hash can be read and compared.
            { text: `${t.footerHash} ${jsonSha256}`, noWrap: true, fontSize: 7, color: MUTED, width: '*' },
            { text: fill(t.page, { current: currentPage, total: pageCount }), width: 'auto', fontSize: 8, bold: true, color: INK },
          ],
          margin: [0, 5, 0, 0],
        },
      ],
      margin: [MARGIN_X, 18, MARGIN_X, 0],
    }),
    content,
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.2, color: INK },
    styles: {
      title: { fontSize: 19, bold: true, color: ACCENT, margin: [0, 0, 0, 4] },
      practice: { fontSize: 14, bold: true, color: INK },
      h1: { fontSize: 13.5, bold: true, color: ACCENT, margin: [0, 16, 0, 5] },
      h2: { fontSize: 11, bold: true, color: INK, margin: [0, 10, 0, 2] },
      lead: { fontSize: 8.5, color: MUTED, margin: [0, 0, 0, 5] },
      note: { fontSize: 8, color: MUTED, italics: true },
      tableHeader: { bold: true, fontSize: 8, color: INK },
      axisLabel: { fontSize: 7, lineHeight: 1, color: MUTED },
    },
  };
}

export async function renderReportPdf(report: Report, jsonSha256: string): Promise<Buffer> {
  return renderPdf(reportDocument(report, jsonSha256));
}
