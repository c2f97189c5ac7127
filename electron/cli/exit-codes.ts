import type { AuditSummary } from '../core/breach/audit-report-schema.ts';

// What a script calling `hygie audit` can rely on.
export const EXIT = {
  /** Every address checked, none breached. */
  allClean: 0,
  /** hygie report: the files are written and the report recorded. */
  written: 0,
  /** At least one address breached. */
  breached: 1,
  /** Usage or configuration error: the message says what to fix. */
  usage: 2,
  /** Some addresses could not be checked, none breached: not a clean bill of health. */
  incomplete: 3,
  /** A bug: nothing a user setting can fix. */
  internal: 70,
} as const;

export function exitCodeFor(summary: AuditSummary): number {
  if (summary.breached > 0) return EXIT.breached;
  if (summary.notChecked > 0) return EXIT.incomplete;
  return EXIT.allClean;
}
