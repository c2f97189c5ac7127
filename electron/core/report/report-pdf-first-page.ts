import type { Content } from 'pdfmake';
import type { Column } from 'pdfmake/interfaces';
import type { Finding } from '../model/schemas/report.ts';
import { TEXTS } from '../text/messages.ts';
import { fill } from '../text/template.ts';
import { ACCENT, BAND_COLOURS, chip, CONTENT_WIDTH, HEAD_FILL, INK, metadataGrid, MUTED, notice, SEVERITY_COLOURS, type Context } from './pdf-blocks.ts';
import { formatDay, formatLongDay } from './pdf-format.ts';

// The first page, the one everyone reads — the doctor who signs, the insurer, an inspector: the
// title (a review, not a claim of conformity), the practice, the period, who prepared and signs
// it, the score with its band in words and its trend, three sentences on where the practice
// stands, the three most urgent actions, the scope in three lists, and what the fingerprint in
// the footer proves. On its own it is the one-page summary (`hygie report --summary`).

/** The period the review covers: from the first recorded score to the report's day. */
function period({ report, t, language }: Context): string {
  const to = report.signature.date;
  const from = report.scoreHistory[0]?.date ?? to;
  return from < to ? fill(t.firstPage.periodRange, { from: formatLongDay(from, language), to: formatLongDay(to, language) }) : fill(t.firstPage.periodDay, { day: formatLongDay(to, language) });
}

function header(ctx: Context): Content[] {
  const { report, t } = ctx;
  const { practice, signature } = report;
  const place = [practice.profession, practice.city].filter((part) => part && part !== t.none).join(' · ');
  const left: [string, string][] = [[t.firstPage.period, period(ctx)]];
  if (practice.finess) left.push([t.practiceLabels.finess, practice.finess]);
  left.push([t.policy, report.policy.name]);
  const right: [string, string][] = [
    [t.firstPage.preparedBy, report.generatedBy],
    [t.firstPage.responsible, signature.responsible],
    [t.firstPage.referent, signature.referent],
    [t.firstPage.nextReview, formatLongDay(signature.nextReview, ctx.language)],
  ];
  return [
    { text: t.documentTitle, style: 'title' },
    { text: practice.name, style: 'practice' },
    ...(place ? [{ text: place, color: MUTED, margin: [0, 1, 0, 0] } as Content] : []),
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1.5, lineColor: ACCENT }], margin: [0, 5, 0, 7] },
    metadataGrid(left, right),
  ];
}

function scoreBox({ report, t, language }: Context): Column {
  const { overview, score } = report;
  const words = TEXTS[language].compliance;
  const inner: Content[] =
    score.value === null || overview.band === null
      ? [{ text: t.score.noScore, margin: [0, 4, 0, 4] }]
      : [
          { text: [{ text: String(score.value), fontSize: 34, bold: true, color: BAND_COLOURS[overview.band].ink }, { text: ` ${t.score.outOf}`, fontSize: 13, color: MUTED }] },
          chip(words.band[overview.band], BAND_COLOURS[overview.band].ink, 10),
        ];
  return {
    width: 140,
    table: { widths: ['*'], body: [[{ stack: inner, margin: [8, 4, 8, 6] }]] },
    layout: { hLineWidth: () => 0, vLineWidth: () => 0, fillColor: () => (overview.band ? BAND_COLOURS[overview.band].fill : HEAD_FILL) },
  };
}

function standing(ctx: Context): Content {
  const { report, t } = ctx;
  return {
    columns: [
      scoreBox(ctx),
      {
        width: '*',
        stack: [
          { text: t.firstPage.standing, style: 'h2', margin: [0, 0, 0, 3] },
          { ul: report.overview.sentences.map((sentence) => ({ text: sentence, margin: [0, 0, 0, 2] })), color: INK },
        ],
      },
    ],
    columnGap: 14,
    margin: [0, 12, 0, 0],
  };
}

function urgentActions(ctx: Context): Content[] {
  const { report, t, language } = ctx;
  const byRef = new Map(report.findings.map((finding) => [finding.ref, finding]));
  const urgent = report.overview.urgent.map((ref) => byRef.get(ref)).filter((finding): finding is Finding => finding !== undefined);
  const heading: Content = { text: t.firstPage.urgent, style: 'h2' };
  if (urgent.length === 0) return [heading, { text: t.firstPage.urgentNone, color: MUTED }];
  return [
    heading,
    {
      table: {
        widths: [62, '*'],
        body: urgent.map((finding, index) => [
          { stack: [{ text: `${index + 1}.`, bold: true, fontSize: 11, color: ACCENT }, chip(t.names.severity[finding.severity], SEVERITY_COLOURS[finding.severity], 7.5)] },
          {
            stack: [
              { text: finding.action, bold: true },
              { text: finding.title, color: MUTED, fontSize: 8.5 },
              {
                text: [
                  { text: fill(t.firstPage.urgentWho, { owner: finding.owner, due: formatDay(finding.dueDate, language) }), fontSize: 8.5 },
                  ...(finding.overdue ? [{ text: `  ${t.findings.overdue}`, bold: true, color: SEVERITY_COLOURS.critical, fontSize: 8 }] : []),
                ],
              },
            ],
          },
        ]),
      },
      layout: { hLineWidth: (i: number) => (i === 0 ? 0 : 0.4), vLineWidth: () => 0, hLineColor: () => '#c8ced8', paddingTop: () => 4, paddingBottom: () => 4, paddingLeft: () => 0, paddingRight: () => 6 },
    },
  ];
}

function scopeLists({ report, t }: Context): Content[] {
  const list = (title: string, items: readonly string[], colour: string): Content => ({
    stack: [{ text: title, bold: true, color: colour, margin: [0, 0, 0, 2] }, { ul: items.map((item) => ({ text: item, fontSize: 8 })), markerColor: colour }],
  });
  return [
    { text: t.firstPage.scope, style: 'h2' },
    {
      columns: [list(t.firstPage.verified, report.scope.verified, ACCENT), list(t.firstPage.declared, report.scope.declared, INK), list(t.firstPage.outOfScope, report.scope.outOfScope, MUTED)],
      columnGap: 12,
    },
  ];
}

/** The first page; `alone`: the one-page summary, which says where the rest is. */
export function firstPage(ctx: Context, alone: boolean): Content[] {
  const { report, t } = ctx;
  const blocks: Content[] = [...header(ctx)];
  if (report.origin === 'audit') blocks.push(notice(t.auditOrigin));
  if (report.anonymised) blocks.push(notice(t.anonymisedNotice));
  blocks.push(standing(ctx), ...urgentActions(ctx), ...scopeLists(ctx));
  blocks.push({ text: t.firstPage.conformityNote, style: 'note', margin: [0, 8, 0, 0] });
  blocks.push({ text: t.firstPage.integrity, fontSize: 7.5, color: MUTED, margin: [0, 4, 0, 0] });
  if (alone) blocks.push({ text: t.firstPage.summaryOnly, fontSize: 7.5, color: MUTED, italics: true, margin: [0, 4, 0, 0] });
  return blocks;
}
