import type { Content, TableCell } from 'pdfmake';
import type { Column } from 'pdfmake/interfaces';
import type { Finding, NotCheckedEntry, Report, ReportAccount, ReportLanguage, ReportPerson, ScorePoint, Severity } from '../model/schemas/report.ts';
import { SCORE_BANDS, SEVERITIES } from '../model/schemas/report.ts';
import { declarationNos } from '../model/schemas/password.ts';
import { SCORE_BAND_FLOORS } from '../model/score-band.ts';
import { SERVICE_LABELS } from '../model/service-labels.ts';
import { TEXTS } from '../text/messages.ts';
import { fill, LOCALES, plural } from '../text/template.ts';
import { formatDay, formatInstant, formatLongDay, formatNumber, formatPercent, formatPoints, printable } from './pdf-format.ts';
import { isWeakMfa } from './findings.ts';
import { renderPagedPdf, type PagedDocument, type PagedPdfOptions } from './paged-pdf.ts';
import {
  accountName,
  ACCENT,
  BAD,
  BAND_COLOURS,
  chip,
  context,
  CONTENT_WIDTH,
  dataTable,
  GOOD,
  h1,
  h2,
  HEAD_FILL,
  head,
  INK,
  keyValues,
  lead,
  MARGIN_X,
  MUTED,
  muted,
  RULE,
  SEVERITY_COLOURS,
  STRONG_RULE,
  together,
  type Context,
  type PdfTexts,
} from './pdf-blocks.ts';
import { firstPage } from './report-pdf-first-page.ts';
import { appendixSection, mappingSection } from './report-pdf-mapping.ts';
import { ruleNames } from './report-texts.ts';
import { dataClassLabel } from './report-texts.ts';

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

type CanvasElement = Extract<Content, { canvas: unknown }>['canvas'][number];

// ── Sections ───────────────────────────────────────────────────────────────────────────────

function scoreSection({ report, t, language }: Context): Content[] {
  const { score } = report;
  const big: Content =
    score.value === null
      ? { text: t.score.noScore, margin: [8, 10, 8, 10] }
      : {
          stack: [
            { text: [{ text: String(score.value), fontSize: 40, bold: true, color: ACCENT }, { text: ` ${t.score.outOf}`, fontSize: 14, color: MUTED }] },
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
  const peopleAndAccounts = [
    fill(plural(t.keyFigures.people, report.summary.people, language), { count: formatNumber(report.summary.people, language) }),
    fill(plural(t.keyFigures.accounts, report.summary.accounts, language), { count: formatNumber(report.summary.accounts, language) }),
  ].join(' · ');
  const figures: [string, string][] = t.keyFigures.rows.map((row) => [row.label, fill(row.value, { ...report.summary, peopleAndAccounts })]);
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
  // The app's bands behind the curve (insufficient, needs work, good), as on the dashboard.
  const bandTops: Record<(typeof SCORE_BANDS)[number], number> = { danger: SCORE_BAND_FLOORS.warning, warning: SCORE_BAND_FLOORS.good, good: 100 };
  const bands: CanvasElement[] = SCORE_BANDS.map((band) => {
    const top = CHART_HEIGHT - (bandTops[band] / 100) * CHART_HEIGHT;
    const bottom = CHART_HEIGHT - (SCORE_BAND_FLOORS[band] / 100) * CHART_HEIGHT;
    return { type: 'rect', x: CHART_AXIS, y: top, w: width, h: bottom - top, color: BAND_COLOURS[band].fill };
  });
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
      { canvas: [...bands, ...grid, ...segments, ...dots] },
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
  return together(
    h1(t.history.heading),
    lead(t.history.chartLabel),
    historyChart(points, language),
    { text: fill(t.history.bands, { colon: t.colon }), fontSize: 7.5, color: MUTED, margin: [0, -4, 0, 6] },
    historyTable(points, ctx),
  );
}

function severityCell(severity: Severity, t: PdfTexts): TableCell {
  return chip(t.names.severity[severity], SEVERITY_COLOURS[severity], 8);
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
      [28, 60, '*', 70, '*', 62],
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
  for (const item of breach.breaches) lines.push({ text: item.summary, fontSize: 8 });
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

/** A self-assessment in force: its word, "declared", its "no" answers and its date — never as if checked. */
function declaredPasswordCell(declared: NonNullable<ReportAccount['password']['declared']>, { t, language }: Context): TableCell {
  const nos = declarationNos(declared.answers);
  const lines: Content[] = [
    { text: nos.length > 0 ? t.names.verdict.fail : t.names.verdict.pass, bold: true, color: nos.length > 0 ? BAD : GOOD },
    { text: t.account.declared, fontSize: 8, italics: true },
  ];
  if (nos.length > 0) lines.push({ text: `${t.account.declaredNo}${t.colon}${nos.map((question) => t.account.declaredQuestions[question]).join(', ')}`, fontSize: 8 });
  lines.push(muted(`${t.account.declaredOn} ${formatInstant(declared.declaredAt, language)}`));
  return { stack: lines };
}

function passwordCell(account: ReportAccount, ctx: Context): TableCell {
  const { t, language } = ctx;
  const { password } = account;
  if (password.declared) return declaredPasswordCell(password.declared, ctx);
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
    lines.push({ text: `${t.account.failedRules}${t.colon}${ruleNames(password.failedRules, language)}`, fontSize: 8 });
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
    { text: fill(t.account.stepsAnswered, { answered: walkthrough.answered, total: walkthrough.total }), bold: walkthrough.answered === walkthrough.total },
    muted(
      `${fill(plural(t.account.stepsDone, walkthrough.done, language), { count: walkthrough.done })} · ${fill(plural(t.account.stepsNotPossible, walkthrough.notPossible, language), { count: walkthrough.notPossible })}`,
    ),
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
        entry.explanation,
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
  // Eleven references at most: the list stays on one page with its heading.
  return [
    together(
      h1(t.references.heading),
      lead(t.references.lead),
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

const SIGNATURE_BOX = { width: 220, height: 70 };

function signatureSection({ report, t, language }: Context): Content {
  const signer = (label: string, name: string): Column => ({
    width: SIGNATURE_BOX.width,
    stack: [
      { text: label, color: MUTED },
      { text: name, bold: true, margin: [0, 1, 0, 4] },
      { text: t.signature.signature, color: MUTED, fontSize: 8, margin: [0, 0, 0, 2] },
      { canvas: [{ type: 'rect', x: 0, y: 0, w: SIGNATURE_BOX.width, h: SIGNATURE_BOX.height, r: 3, lineWidth: 0.8, lineColor: STRONG_RULE }] },
    ],
  });
  const { signature } = report;
  return together(
    h1(t.signature.heading),
    { text: t.signature.lead, margin: [0, 0, 0, 10] },
    { columns: [signer(t.signature.responsible, signature.responsible), signer(t.signature.referent, signature.referent)], columnGap: 24 },
    {
      text: [
        { text: `${t.signature.place}${t.colon}`, color: MUTED },
        { text: signature.place, bold: true },
        { text: `    ${t.signature.date} `, color: MUTED },
        { text: '____ / ____ / ________' },
      ],
      margin: [0, 12, 0, 6],
    },
    { text: [{ text: `${t.signature.nextReview} `, color: MUTED }, { text: formatLongDay(signature.nextReview, language), bold: true }] },
  );
}

// ── The document ───────────────────────────────────────────────────────────────────────────

/** What to render: the whole review, or its first page alone (the one-page summary for the doctor). */
export interface ReportPdfOptions {
  summary?: boolean;
}

/** Where a page's number ends, from the page's right edge, and where its line starts, from the page's foot (the footer's rule, then 5 pt). */
const PAGE_NUMBER_PLACE = { right: MARGIN_X, top: 58 - 18 - 5 };

export function reportDocument(report: Report, jsonSha256: string, options: ReportPdfOptions = {}): PagedDocument {
  const ctx = context(report);
  const { t } = ctx;
  // Made printable part by part as it is drawn (paged-pdf.ts), not all at once.
  const content: Content[] = (
    options.summary
      ? firstPage(ctx, true)
      : [
          ...firstPage(ctx, false),
          // The first page stands alone (it is also the one-page summary): the details start on the next.
          { text: '', pageBreak: 'after' },
          ...scoreSection(ctx),
          historySection(ctx),
          ...findingsSection(ctx),
          ...mappingSection(ctx),
          ...peopleSection(ctx),
          ...aliasesSection(ctx),
          ...notCheckedSection(ctx),
          ...proceduresSection(ctx),
          ...referencesSection(ctx),
          signatureSection(ctx),
          ...appendixSection(ctx),
        ]
  );
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
    // The footer's rule and the JSON's fingerprint; the page's number beside it is pageNumbers.
    footer: () => ({
      stack: [
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: RULE }] },
        // The 64 hex digits on one unbroken line, so the printed hash can be read and compared.
        { text: `${t.footerHash} ${jsonSha256}`, noWrap: true, fontSize: 7, color: MUTED, margin: [0, 5, 0, 0] },
      ],
      margin: [MARGIN_X, 18, MARGIN_X, 0],
    }),
    pageNumbers: { text: (current, total) => fill(t.page, { current, total }), fontSize: 8, bold: true, color: INK, ...PAGE_NUMBER_PLACE },
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

export async function renderReportPdf(report: Report, jsonSha256: string, options: ReportPdfOptions & Pick<PagedPdfOptions, 'onProgress' | 'partSize'> = {}): Promise<Buffer> {
  return renderPagedPdf(reportDocument(report, jsonSha256, options), options);
}
