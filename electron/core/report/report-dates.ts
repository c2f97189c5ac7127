// Calendar days for the report (YYYY-MM-DD): the report's date, the score history's day and the
// findings' due dates. A day is the computer's local day: "today" for the practice is its own
// calendar, not UTC's (a check at 00:30 in Lyon belongs to that day).

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The local calendar day of an instant. */
export function localDay(at: Date): string {
  return `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** `day` plus `days` calendar days (computed on the date alone, so a DST change cannot shift it). */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year, month - 1, date + days));
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** The local day of an ISO instant; an unreadable one falls back to `fallback`. */
export function dayOf(instant: string, fallback: string): string {
  const at = new Date(instant);
  return Number.isNaN(at.getTime()) ? fallback : localDay(at);
}
