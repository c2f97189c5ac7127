import type { ReportLanguage } from '../model/schemas/report.ts';
import { dateTimeFormat, numberFormat } from '../text/intl-formats.ts';
import { LOCALES } from '../text/template.ts';

// The formats the PDF and CSV renderers print numbers, days and instants in. Their words are
// text/pdf.*.ts (headings, column names, a name for every code the report carries).

const NBSP = '\u00a0';

/**
 * Intl writes French thousands and "58 %" with a narrow no-break space (U+202F), which Roboto
 * lacks; the ordinary no-break space keeps the same meaning and prints.
 */
export function printable(text: string): string {
  return text.replace(/\u202f/gu, NBSP);
}

/**
 * PDF texts may hold a narrow no-break space (Intl's French formatting), which Roboto lacks:
 * every string of the content goes through printable() once, at the end.
 */
export function printableContent<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => printableContent(item)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, printableContent(item)])) as T;
  }
  return value;
}

/** French writes the first of the month "1er" ("1er juillet"), which Intl does not. */
function firstOfMonth(text: string, language: ReportLanguage): string {
  return language === 'fr' ? text.replace(/^1(?=[\s\u00a0\u202f])/u, '1er') : text;
}

/** A calendar day ("2025-03-07") for the language, read as a day (no time zone can shift it). */
export function formatDay(day: string, language: ReportLanguage): string {
  return printable(firstOfMonth(dateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)), language));
}

/** A calendar day in full ("1er juillet 2026", "1 July 2026"), for the first page and the signature. */
export function formatLongDay(day: string, language: ReportLanguage): string {
  return printable(firstOfMonth(dateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)), language));
}

/** An instant for the language, in this machine's time zone (the practice's). */
export function formatInstant(instant: string, language: ReportLanguage, withTime = false): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return printable(
    firstOfMonth(dateTimeFormat(LOCALES[language], withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'medium' }).format(date), language),
  );
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
