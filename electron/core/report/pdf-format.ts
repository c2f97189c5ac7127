import { formatDate } from '../model/date-format.ts';
import type { ReportLanguage } from '../model/schemas/report.ts';
import { dateTimeFormat, numberFormat } from '../text/intl-formats.ts';
import { LOCALES } from '../text/template.ts';

// The formats the PDF and CSV renderers print numbers, days and instants in. Their words are
// text/pdf.*.ts (headings, column names, a name for every code the report carries).

const NBSP = '\u00a0';

/**
 * French typography puts a narrow no-break space (U+202F) before « : » and inside « », and Intl
 * writes French thousands and "58 %" with one; Roboto (every face pdfmake ships, and Roboto 3) has
 * no glyph for it. The ordinary no-break space keeps the same meaning — the sign never starts a
 * line — and prints.
 */
export function printable(text: string): string {
  return text.replace(/\u202f/gu, NBSP);
}

/**
 * PDF texts hold narrow no-break spaces (French typography, Intl's French formatting), which Roboto
 * lacks: every string of a document goes through printable() once, at the end (pdf-engine.ts's
 * renderPdf; paged-pdf.ts's renderPagedPdf, part by part), the page headers and footers pdfmake
 * asks for page by page included.
 */
export function printableContent<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (typeof value === 'function') return ((...args: unknown[]) => printableContent((value as (...given: unknown[]) => unknown)(...args))) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => printableContent(item)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, printableContent(item)])) as T;
  }
  return value;
}

/** A calendar day ("2025-03-07") for the language, read as a day (no time zone can shift it). */
export function formatDay(day: string, language: ReportLanguage): string {
  return printable(formatDate(dateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone: 'UTC' }), new Date(`${day}T00:00:00Z`)));
}

/** A calendar day in full ("1er juillet 2026", "1 July 2026"), for the first page and the signature. */
export function formatLongDay(day: string, language: ReportLanguage): string {
  return printable(formatDate(dateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }), new Date(`${day}T00:00:00Z`)));
}

/** An instant for the language, in this machine's time zone (the practice's). */
export function formatInstant(instant: string, language: ReportLanguage, withTime = false): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return printable(formatDate(dateTimeFormat(LOCALES[language], withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'medium' }), date));
}

/** A number for the language ("12 345" in French, "12,345" in English). */
export function formatNumber(value: number, language: ReportLanguage): string {
  return printable(numberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(value));
}

/**
 * Points as people read them: a whole number, half up (docs/score.md, "How points are shown"). The
 * JSON keeps the formula's decimals; only what is printed rounds.
 */
export function formatPoints(value: number, language: ReportLanguage): string {
  return printable(numberFormat(LOCALES[language], { maximumFractionDigits: 0 }).format(Math.round(Math.round(value * 1e6) / 1e6)));
}

/** A share 0–1 as a percentage ("58 %", "58%"). */
export function formatPercent(value: number, language: ReportLanguage): string {
  return printable(numberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 }).format(value));
}
