import type { PolicyId } from '../model/schemas/practice.ts';
import type { BreachSource } from '../model/schemas/breach.ts';
import { sourceFamily } from '../model/source-id.ts';
import type { Store } from '../store/store.ts';

// Since when a problem has lasted, from the check_result history (rows are only ever added).
// A finding's due date runs from the start of its current run — the first check that found the
// problem with no good answer since — not from the latest check: re-checking a problem that is
// still there must not push its due date back, or nothing would ever become overdue.

interface Row {
  account_id: string;
  status: string;
  source: string | null;
  checked_at: string;
  details: string | null;
}

function rowsOf(store: Store, kind: 'breach' | 'password' | 'mfa'): Row[] {
  return store.db
    .prepare(`SELECT account_id, status, source, checked_at, details FROM check_result WHERE kind = ? ORDER BY checked_at, id`)
    .all(kind) as Row[];
}

function parsed(details: string | null): unknown {
  try {
    return details ? JSON.parse(details) : null;
  } catch {
    return null;
  }
}

/** One source family's current run of 'breached' answers for one mailbox. */
export interface BreachRun {
  /** The first 'breached' answer after the last 'clean' one (a failed check neither starts nor ends a run). */
  since: string | null;
  /** Breach name → the first answer of this run that listed it. */
  firstFound: Map<string, string>;
}

/** account id → source family ('hibp', 'corpus:<id>') → its current breached run. */
export function breachRuns(store: Store): Map<string, Map<string, BreachRun>> {
  const runs = new Map<string, Map<string, BreachRun>>();
  for (const row of rowsOf(store, 'breach')) {
    let families = runs.get(row.account_id);
    if (!families) runs.set(row.account_id, (families = new Map()));
    const family = sourceFamily((row.source ?? '') as BreachSource);
    let run = families.get(family);
    if (!run) families.set(family, (run = { since: null, firstFound: new Map() }));
    if (row.status === 'clean') {
      run.since = null;
      run.firstFound.clear();
    } else if (row.status === 'breached') {
      run.since ??= row.checked_at;
      const details = parsed(row.details) as { breaches?: { name?: unknown }[] } | null;
      for (const breach of Array.isArray(details?.breaches) ? details.breaches : []) {
        if (typeof breach?.name === 'string' && !run.firstFound.has(breach.name)) run.firstFound.set(breach.name, row.checked_at);
      }
    }
  }
  return runs;
}

/**
 * account id → the first verdict of the current run of verdicts that are not 'pass' under
 * `policy` (fail or not-checked alike: neither ends the problem); absent when the latest is 'pass'.
 */
export function passwordRuns(store: Store, policy: PolicyId): Map<string, string> {
  const since = new Map<string, string>();
  for (const row of rowsOf(store, 'password')) {
    const details = parsed(row.details) as { policies?: Record<string, unknown> } | null;
    const underPolicy = details?.policies?.[policy];
    const verdict = typeof underPolicy === 'string' ? underPolicy : row.status;
    if (verdict === 'pass') since.delete(row.account_id);
    else if (!since.has(row.account_id)) since.set(row.account_id, row.checked_at);
  }
  return since;
}

/** account id → the first record of the current run of its latest MFA status. */
export function mfaRuns(store: Store): Map<string, { status: string; since: string }> {
  const runs = new Map<string, { status: string; since: string }>();
  for (const row of rowsOf(store, 'mfa')) {
    const run = runs.get(row.account_id);
    if (!run || run.status !== row.status) runs.set(row.account_id, { status: row.status, since: row.checked_at });
  }
  return runs;
}
