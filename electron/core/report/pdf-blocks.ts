import type { Content, CustomTableLayout, TableCell } from 'pdfmake';
import type { MappingStatus, Report, ReportAccount, ReportLanguage, ReportPerson, ScoreBand, Severity } from '../model/schemas/report.ts';
import { SERVICE_LABELS } from '../model/service-labels.ts';
import { TEXTS, type NodeTexts } from '../text/messages.ts';

// The report PDF's look and the small blocks its sections are made of: colours, tables, headings,
// the two-column metadata grid, the coloured chip beside a word. report-pdf.ts assembles the
// document; report-pdf-first-page.ts, report-pdf-mapping.ts and report-pdf-appendix.ts write their
// sections from these.

/** The words of the report's language around its own texts. */
export type PdfTexts = NodeTexts['pdf'];

export const INK = '#1b2230';
export const MUTED = '#5a6475';
export const ACCENT = '#1f3a5f';
export const RULE = '#c8ced8';
export const STRONG_RULE = '#8d97a8';
export const HEAD_FILL = '#e6ebf2';
export const ZEBRA_FILL = '#f6f8fb';
export const NOTICE_FILL = '#fff4d6';
export const GOOD = '#1d6b3f';
export const BAD = '#a1261d';

/**
 * A severity's colour, printed as a chip beside the word (never colour alone). Each passes WCAG AA
 * as text on white (contrast 4.5:1 or more): 7.9, 5.6, 6.4 and 6.6.
 */
export const SEVERITY_COLOURS: Readonly<Record<Severity, string>> = {
  critical: '#9b1c1c',
  high: '#b3400a',
  medium: '#8a4b00',
  low: '#2f5d8a',
};

/** A mapping status's colour: the same rule, a word always beside it. */
export const MAPPING_COLOURS: Readonly<Record<MappingStatus, string>> = {
  compliant: GOOD,
  todo: BAD,
  'not-checked': '#8a4b00',
  'out-of-scope': MUTED,
  'not-applicable': MUTED,
};

/** The app's score bands (renderer's dashboard): the number's colour and the chart's backgrounds. */
export const BAND_COLOURS: Readonly<Record<ScoreBand, { ink: string; fill: string }>> = {
  good: { ink: GOOD, fill: '#e4f2e8' },
  warning: { ink: '#8a4b00', fill: '#fdf0d5' },
  danger: { ink: BAD, fill: '#f9e3e0' },
};

export const MARGIN_X = 48;
export const PAGE_WIDTH = 595.28;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
export const CELL_PADDING = 5;

export interface Context {
  report: Report;
  t: PdfTexts;
  language: ReportLanguage;
  people: ReadonlyMap<string, ReportPerson>;
  accounts: ReadonlyMap<string, ReportAccount>;
}

export function context(report: Report): Context {
  return {
    report,
    t: TEXTS[report.language].pdf,
    language: report.language,
    people: new Map(report.people.map((person) => [person.personRef, person])),
    accounts: new Map(report.people.flatMap((person) => person.accounts.map((account) => [account.accountRef, account] as const))),
  };
}

/** A data table's look; `titleRows` rows above the column headers carry a title, unfilled and unruled. */
export function tableLayout(titleRows: number): CustomTableLayout {
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

export const PLAIN_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 8,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

export function h1(text: string): Content {
  return { text, style: 'h1' };
}

export function h2(text: Content): Content {
  return { text, style: 'h2' } as Content;
}

export function lead(text: string): Content {
  return { text, style: 'lead' };
}

export function head(text: string): TableCell {
  return { text, style: 'tableHeader' };
}

export function muted(text: string): Content {
  return { text, color: MUTED, fontSize: 8 };
}

/** Kept on one page: for sections that are short by nature. */
export function together(...blocks: Content[]): Content {
  return { unbreakable: true, stack: blocks };
}

/**
 * A table whose header repeats on every page it runs over, kept with its first row, rows never
 * split. `title` (optional) sits above the column headers as part of the header, so it can never
 * be left alone at the foot of a page and tells whose rows continue on the next one.
 */
export function dataTable(widths: (number | string)[], header: TableCell[], rows: TableCell[][], title?: Content): Content {
  const titleRows: TableCell[][] = title ? [[{ stack: [title], colSpan: widths.length, margin: [-CELL_PADDING, 0, 0, 3] }, ...widths.slice(1).map(() => ({}))]] : [];
  return {
    table: { headerRows: titleRows.length + 1, keepWithHeaderRows: 1, dontBreakRows: true, widths, body: [...titleRows, header, ...rows] },
    layout: tableLayout(titleRows.length),
    margin: [0, 2, 0, 8],
  };
}

/** Label and value rows; a label never wraps (its column is as wide as the longest one). */
export function keyValues(rows: [string, string][]): Content {
  return {
    table: { widths: ['auto', '*'], body: rows.map(([key, value]) => [{ text: key, color: MUTED, noWrap: true }, { text: value }]) },
    layout: PLAIN_LAYOUT,
  };
}

/** Metadata in a two-column grid: two label/value lists side by side, labels on one line. */
export function metadataGrid(left: [string, string][], right: [string, string][]): Content {
  // The left list (period, policy) carries the longer values.
  return { columns: [{ width: '50%', stack: [keyValues(left)] }, { width: '*', stack: [keyValues(right)] }], columnGap: 18 };
}

export function notice(text: string): Content {
  return {
    table: { widths: ['*'], body: [[{ text, margin: [6, 5, 6, 5] }]] },
    layout: { hLineWidth: () => 0, vLineWidth: () => 0, fillColor: () => NOTICE_FILL },
    margin: [0, 6, 0, 0],
  };
}

/** A small square of colour, then the word in that colour: the chip that replaces filled cells. */
export function chip(word: string, colour: string, fontSize = 8.5): Content {
  return { text: [{ text: '■ ', color: colour, fontSize }, { text: word, color: colour, bold: true, fontSize }], noWrap: true };
}

/** "amelipro" or "Messagerie · jeanne@cabinet.fr", for an accountRef of this report. */
export function accountName(ctx: Context, accountRef: string): string {
  const account = ctx.accounts.get(accountRef);
  if (!account) return accountRef;
  const service = SERVICE_LABELS[account.service][ctx.language];
  return account.identifier ? `${service} · ${account.identifier}` : service;
}

/**
 * The footer of the short documents a person prints (the recovery kit, the walkthrough sheet): a
 * thin rule across the page, then the document's line and "page / pages".
 */
export function ruledFooter(text: string, marginX: number, top: number): (currentPage: number, pageCount: number) => Content {
  const width = PAGE_WIDTH - 2 * marginX;
  return (currentPage, pageCount) => ({
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5, lineColor: RULE }] },
      { columns: [{ text, width: '*' }, { text: `${currentPage} / ${pageCount}`, width: 'auto' }], fontSize: 7.5, color: MUTED, margin: [0, 4, 0, 0] },
    ],
    margin: [marginX, top, marginX, 0],
  });
}
