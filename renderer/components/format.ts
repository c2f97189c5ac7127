// Dates, times and sizes written the way the interface language writes them ("1er juillet": date-format.ts).
import { formatDate as writeDate } from '../../electron/core/model/date-format.ts';

/** The locale that goes with the interface language (the same one react-aria is given). */
export function uiLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'fr-FR';
}

/** "12 mars 2026 à 10:42" / "12 March 2026 at 10:42" ("1er mars"), in this computer's time zone. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return writeDate(new Intl.DateTimeFormat(uiLocale(language), { dateStyle: 'long', timeStyle: 'short' }), date);
}

/** "12/03/2026 10:42" / "12/03/2026, 10:42": for tables, where space is short. */
export function formatShortDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(uiLocale(language), { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

/** "12 mars 2026" / "12 March 2026": a day alone, in a sentence, in this computer's time zone. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return writeDate(new Intl.DateTimeFormat(uiLocale(language), { dateStyle: 'long' }), date);
}

/** "12/03/2026": a day alone, where even the time would not fit. */
export function formatShortDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(uiLocale(language), { dateStyle: 'short' }).format(date);
}

/** "12 mars 2026" / "12 March 2026": the day of an instant, in this computer's time zone. */
export function formatLongDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return writeDate(new Intl.DateTimeFormat(uiLocale(language), { dateStyle: 'long' }), date);
}

/** A calendar date given without a time zone ("2027-01-01T00:00:00"): shown as that same day. */
export function formatCalendarDate(text: string, language: string): string {
  const day = /^(\d{4}-\d{2}-\d{2})/u.exec(text)?.[1];
  const date = day ? new Date(`${day}T00:00:00Z`) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) return text;
  return writeDate(new Intl.DateTimeFormat(uiLocale(language), { dateStyle: 'long', timeZone: 'UTC' }), date);
}

/** "10:42" */
export function formatTime(date: Date, language: string): string {
  return new Intl.DateTimeFormat(uiLocale(language), { timeStyle: 'short' }).format(date);
}

/** "48 ko" / "48 kB", "1,2 Mo" / "1.2 MB". */
export function formatBytes(bytes: number, language: string): string {
  const locale = uiLocale(language);
  const units = [
    ['byte', 1],
    ['kilobyte', 1024],
    ['megabyte', 1024 ** 2],
    ['gigabyte', 1024 ** 3],
  ] as const;
  let chosen: (typeof units)[number] = units[0];
  for (const unit of units) if (bytes >= unit[1]) chosen = unit;
  const value = bytes / chosen[1];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: chosen[0],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && chosen[0] !== 'byte' ? 1 : 0,
  }).format(value);
}
