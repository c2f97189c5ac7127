import type { BreachSource, EmailBreachOutcome } from '../core/model/schemas/breach.ts';
import { combineForReport, type AuditEntry } from '../core/breach/audit-report-schema.ts';
import { cancelledOutcomes } from '../core/breach/breach-session.ts';
import type { RosterAddress } from './roster-file.ts';

// Checks every address of the roster through the checker (HIBP and the local corpora), a few at
// a time: the checker's rate limiter paces HIBP across all of them, so more workers only hide
// the round-trip time. Cancelling stops new checks and aborts those under way; every address
// not answered is then reported not-checked 'cancelled', so the report is always complete.

export interface AddressChecker {
  check(email: string, signal?: AbortSignal): Promise<EmailBreachOutcome[]>;
}

export interface AuditRunOptions {
  checker: AddressChecker;
  addresses: readonly RosterAddress[];
  /** The sources a check asks, in order: what a cancelled address is reported against. */
  sources: readonly BreachSource[];
  signal: AbortSignal;
  concurrency?: number;
  onChecked?(entry: AuditEntry, done: number, total: number): void;
  onStarted?(address: RosterAddress): void;
  /** What the entry of an address adds beyond its breaches (its stealer-log websites). */
  extra?(email: string): Pick<AuditEntry, 'stealerLogWebsites'>;
}

export async function runAudit(options: AuditRunOptions): Promise<AuditEntry[]> {
  const { addresses, signal } = options;
  const entries: (AuditEntry | undefined)[] = new Array(addresses.length);
  let next = 0;
  let done = 0;

  const finish = (index: number, outcomes: readonly EmailBreachOutcome[]) => {
    const address = addresses[index]!;
    const answered = outcomes.length > 0 ? outcomes : cancelledOutcomes(options.sources);
    const entry: AuditEntry = { name: address.name, email: address.email, breach: combineForReport(answered), ...options.extra?.(address.email) };
    entries[index] = entry;
    done += 1;
    options.onChecked?.(entry, done, addresses.length);
  };

  const worker = async () => {
    while (!signal.aborted && next < addresses.length) {
      const index = next;
      next += 1;
      options.onStarted?.(addresses[index]!);
      let outcomes: EmailBreachOutcome[];
      try {
        outcomes = await options.checker.check(addresses[index]!.email, signal);
      } catch (error) {
        // The checker answers failures as outcomes; an exception after a cancel is the cancel.
        if (!signal.aborted) throw error;
        outcomes = [];
      }
      finish(index, outcomes);
    }
  };

  const workers = Math.max(1, Math.min(options.concurrency ?? 4, addresses.length));
  await Promise.all(Array.from({ length: workers }, worker));
  for (let index = 0; index < addresses.length; index += 1) {
    if (entries[index] === undefined) finish(index, cancelledOutcomes(options.sources));
  }
  return entries as AuditEntry[];
}
