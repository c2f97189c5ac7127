import type { PersonResult } from '../model/schemas/breach-check.ts';
import { RECHECK_DAYS_MAX, RECHECK_DAYS_MIN } from '../model/schemas/watch.ts';
import type { Store } from '../store/store.ts';

// How often the practice wants its staff's addresses checked again (a setting of the practice,
// default every 30 days), and when they were last all checked: the oldest of the addresses'
// latest checks. Past the cadence, a re-check is due — the watcher runs it while Hygie is open
// (with a key), and the report and the dashboard turn it into an action otherwise.

export const DEFAULT_RECHECK_DAYS = 30;

const RECHECK_DAYS_KEY = 'watch.recheckDays';

export function recheckDays(store: Store): number {
  const saved = store.settings.get<number | null>(RECHECK_DAYS_KEY, null);
  return typeof saved === 'number' && Number.isInteger(saved) && saved >= RECHECK_DAYS_MIN && saved <= RECHECK_DAYS_MAX ? saved : DEFAULT_RECHECK_DAYS;
}

export function setRecheckDays(store: Store, days: number): void {
  const before = recheckDays(store);
  store.settings.set(RECHECK_DAYS_KEY, days);
  if (before !== days) store.audit.append('watch.recheck-days', null, { days });
}

/**
 * When every address on the staff list was last checked: the oldest of their latest checks.
 * null when an address was never checked, or there is none: nothing was fully checked yet.
 */
export function lastFullCheckAt(persons: readonly PersonResult[]): string | null {
  const emails = persons.flatMap((person) => person.emails);
  if (emails.length === 0 || emails.some((email) => email.checkedAt === null)) return null;
  return emails.reduce((oldest, email) => (email.checkedAt! < oldest ? email.checkedAt! : oldest), emails[0]!.checkedAt!);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `since` to `now` (0 on the same day's hours). */
export function daysSince(since: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / DAY_MS));
}
