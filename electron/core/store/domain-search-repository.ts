import { z } from 'zod';
import { NotCheckedReasonSchema, type NotCheckedReason } from '../model/schemas/breach.ts';
import type { AuditLog } from './audit-log.ts';
import type { SqliteDatabase } from './encrypted-database.ts';

// HIBP's searches of the practice's verified domains, as the breach job recorded them: per domain
// and kind, the latest answer (or why none came), the aliases of the latest answer kept through a
// later failure; the stealer-log websites with when each was first seen; the aliases the practice
// chose to ignore. Rows of the encrypted database like every other result.

export type DomainSearchKind = 'breaches' | 'stealer-logs';

/** What one search of one domain came back as. */
export type DomainSearchAnswer =
  | { status: 'answered'; aliases: ReadonlyMap<string, readonly string[]> }
  | { status: 'not-checked'; reason: NotCheckedReason; httpStatus?: number; rayId?: string; retryAt?: string }
  /** The domain holds more breached addresses than the plan's DomainSearchMaxBreachedAccounts: not asked. */
  | { status: 'too-large'; pwnCount: number; cap: number }
  /** Stealer logs: the key's plan does not include them: not asked. */
  | { status: 'not-in-plan' };

export interface StoredDomainSearch {
  domain: string;
  kind: DomainSearchKind;
  checkedAt: string;
  answer: DomainSearchAnswer;
  /** The aliases of the latest search that answered, and when (also when the latest one failed). */
  lastAnswered: { at: string; aliases: Map<string, string[]> } | null;
}

export interface StealerLogSite {
  domain: string;
  alias: string;
  website: string;
  firstSeenAt: string;
  lastSeenAt: string;
}

const DetailsSchema = z.object({
  httpStatus: z.number().int().optional(),
  rayId: z.string().optional(),
  retryAt: z.string().optional(),
  pwnCount: z.number().optional(),
  cap: z.number().optional(),
});
const AliasesSchema = z.record(z.string(), z.array(z.string()));

interface SearchRow {
  domain: string;
  kind: DomainSearchKind;
  checked_at: string;
  status: string;
  reason: string | null;
  details: string | null;
  aliases: string | null;
  answered_at: string | null;
}

function parsed<S extends z.ZodType>(schema: S, text: string | null): z.output<S> | null {
  if (text === null) return null;
  try {
    const result = schema.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** A stored row back to its answer; one that no longer reads is an unanswered search, never an empty one. */
function toAnswer(row: SearchRow, aliases: Map<string, string[]> | null): DomainSearchAnswer {
  const details = parsed(DetailsSchema, row.details) ?? {};
  if (row.status === 'answered' && aliases !== null) return { status: 'answered', aliases };
  if (row.status === 'too-large' && details.pwnCount !== undefined && details.cap !== undefined) return { status: 'too-large', pwnCount: details.pwnCount, cap: details.cap };
  if (row.status === 'not-in-plan') return { status: 'not-in-plan' };
  const reason = NotCheckedReasonSchema.safeParse(row.reason);
  return {
    status: 'not-checked',
    reason: reason.success ? reason.data : 'malformed',
    ...(details.httpStatus !== undefined ? { httpStatus: details.httpStatus } : {}),
    ...(details.rayId ? { rayId: details.rayId } : {}),
    ...(details.retryAt ? { retryAt: details.retryAt } : {}),
  };
}

export class DomainSearchRepository {
  readonly #db: SqliteDatabase;
  readonly #audit: AuditLog;
  readonly #actor: string;
  readonly #now: () => Date;

  constructor(db: SqliteDatabase, audit: AuditLog, actor: string, now: () => Date) {
    this.#db = db;
    this.#audit = audit;
    this.#actor = actor;
    this.#now = now;
  }

  /** Records one search's answer; an answered stealer-log search also records its websites as seen now. */
  record(domain: string, kind: DomainSearchKind, checkedAt: string, answer: DomainSearchAnswer): void {
    const aliases = answer.status === 'answered' ? JSON.stringify(Object.fromEntries(answer.aliases)) : null;
    const details =
      answer.status === 'not-checked'
        ? { ...(answer.httpStatus !== undefined ? { httpStatus: answer.httpStatus } : {}), ...(answer.rayId ? { rayId: answer.rayId } : {}), ...(answer.retryAt ? { retryAt: answer.retryAt } : {}) }
        : answer.status === 'too-large'
          ? { pwnCount: answer.pwnCount, cap: answer.cap }
          : null;
    this.#db
      .prepare(
        `INSERT INTO domain_search (domain, kind, checked_at, status, reason, details, aliases, answered_at)
         VALUES (@domain, @kind, @checkedAt, @status, @reason, @details, @aliases, @answeredAt)
         ON CONFLICT (domain, kind) DO UPDATE SET
           checked_at = excluded.checked_at, status = excluded.status, reason = excluded.reason, details = excluded.details,
           aliases = COALESCE(excluded.aliases, domain_search.aliases), answered_at = COALESCE(excluded.answered_at, domain_search.answered_at)`,
      )
      .run({
        domain,
        kind,
        checkedAt,
        status: answer.status,
        reason: answer.status === 'not-checked' ? answer.reason : null,
        details: details && Object.keys(details).length > 0 ? JSON.stringify(details) : null,
        aliases,
        answeredAt: aliases === null ? null : checkedAt,
      });
    if (kind === 'stealer-logs' && answer.status === 'answered') {
      const upsert = this.#db.prepare(
        `INSERT INTO stealer_log_site (domain, alias, website, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (domain, alias, website) DO UPDATE SET last_seen_at = excluded.last_seen_at`,
      );
      for (const [alias, websites] of answer.aliases) for (const website of websites) upsert.run(domain, alias, website.toLowerCase(), checkedAt, checkedAt);
    }
  }

  /** The latest search of every domain and kind. */
  latest(): StoredDomainSearch[] {
    const rows = this.#db.prepare('SELECT * FROM domain_search ORDER BY domain, kind').all() as SearchRow[];
    return rows.map((row) => {
      const aliases = parsed(AliasesSchema, row.aliases);
      const map = aliases ? new Map(Object.entries(aliases)) : null;
      return {
        domain: row.domain,
        kind: row.kind,
        checkedAt: row.checked_at,
        answer: toAnswer(row, map),
        lastAnswered: map && row.answered_at ? { at: row.answered_at, aliases: map } : null,
      };
    });
  }

  /**
   * The stealer-log websites the latest answered search of each domain still lists (one HIBP no
   * longer lists is history, not a finding).
   */
  currentStealerLogSites(): StealerLogSite[] {
    const rows = this.#db
      .prepare(
        `SELECT s.domain, s.alias, s.website, s.first_seen_at, s.last_seen_at FROM stealer_log_site s
         JOIN domain_search d ON d.domain = s.domain AND d.kind = 'stealer-logs'
         WHERE s.last_seen_at = d.answered_at
         ORDER BY s.domain, s.alias, s.website`,
      )
      .all() as { domain: string; alias: string; website: string; first_seen_at: string; last_seen_at: string }[];
    return rows.map((row) => ({ domain: row.domain, alias: row.alias, website: row.website, firstSeenAt: row.first_seen_at, lastSeenAt: row.last_seen_at }));
  }

  /** Websites first seen at or after `since` (a re-check's news). */
  stealerLogSitesSince(since: string): StealerLogSite[] {
    return this.currentStealerLogSites().filter((site) => site.firstSeenAt >= since);
  }

  ignoredAliases(): Set<string> {
    const rows = this.#db.prepare('SELECT domain, alias FROM domain_alias_ignored').all() as { domain: string; alias: string }[];
    return new Set(rows.map((row) => `${row.alias}@${row.domain}`));
  }

  /** "Ignore": left out of the "not on the staff list" list from now on. */
  ignoreAlias(domain: string, alias: string): void {
    this.#db
      .prepare('INSERT INTO domain_alias_ignored (domain, alias, ignored_at, ignored_by) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING')
      .run(domain, alias, this.#now().toISOString(), this.#actor);
    this.#audit.append('breach.alias-ignore', `${alias}@${domain}`);
  }

  /** Back on the list. */
  unignoreAlias(domain: string, alias: string): void {
    const removed = this.#db.prepare('DELETE FROM domain_alias_ignored WHERE domain = ? AND alias = ?').run(domain, alias).changes;
    if (removed > 0) this.#audit.append('breach.alias-unignore', `${alias}@${domain}`);
  }
}
