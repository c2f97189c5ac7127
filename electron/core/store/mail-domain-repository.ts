import {
  DomainCheckSchema,
  type DomainCheck,
  type MailboxDetection,
  type MailboxDetectionReason,
} from '../model/schemas/mail-domain.ts';
import type { SqliteDatabase } from './encrypted-database.ts';

// What the DNS said about e-mail (migration 6): the provider behind each staff e-mail domain,
// and the last hygiene check of the practice's own domain, kept whole for the report.

/** One lookup's conclusion for a domain, as the detector returns it. */
export interface MailboxDetectionAttempt {
  domain: string;
  provider: string | null;
  mxHosts: string[];
  status: MailboxDetection['status'];
  reason?: MailboxDetectionReason;
  source: MailboxDetection['source'];
}

/** A detection as stored; the provider's display name comes from the catalogue, not the database. */
export type StoredMailboxDetection = Omit<MailboxDetection, 'providerName'>;

interface ProviderRow {
  domain: string;
  provider: string | null;
  status: MailboxDetection['status'];
  reason: MailboxDetectionReason | null;
  mx_hosts: string;
  source: MailboxDetection['source'];
  detected_at: string | null;
  checked_at: string;
  last_failure: MailboxDetectionReason | null;
}

/** The domain of an address as stored (email_key is already trimmed and lower-cased). */
export function emailDomainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).trim().toLowerCase();
}

export class MailDomainRepository {
  readonly #db: SqliteDatabase;
  readonly #now: () => Date;

  constructor(db: SqliteDatabase, now: () => Date) {
    this.#db = db;
    this.#now = now;
  }

  /** The e-mail domains of everyone on the roster (removed people excluded), with how many addresses use each. */
  rosterDomains(): Map<string, number> {
    const keys = this.#db
      .prepare(
        `SELECT e.email_key FROM staff_email e JOIN staff s ON s.id = e.staff_id WHERE s.removed_at IS NULL`,
      )
      .pluck()
      .all() as string[];
    const counts = new Map<string, number>();
    for (const key of keys) {
      const domain = emailDomainOf(key);
      counts.set(domain, (counts.get(domain) ?? 0) + 1);
    }
    return counts;
  }

  /**
   * Keep an attempt. An attempt the DNS did not answer records its failure but keeps an earlier
   * conclusion: a timeout today does not forget that the domain was on Microsoft 365 yesterday.
   */
  saveDetection(attempt: MailboxDetectionAttempt): void {
    const now = this.#now().toISOString();
    if (attempt.status === 'not-checked') {
      this.#db
        .prepare(
          `INSERT INTO mailbox_provider (domain, provider, status, reason, mx_hosts, source, detected_at, checked_at, last_failure)
           VALUES (@domain, NULL, 'not-checked', @reason, '[]', NULL, NULL, @now, @reason)
           ON CONFLICT (domain) DO UPDATE SET checked_at = excluded.checked_at, last_failure = excluded.last_failure,
             reason = CASE WHEN mailbox_provider.status = 'not-checked' THEN excluded.reason ELSE mailbox_provider.reason END`,
        )
        .run({ domain: attempt.domain, reason: attempt.reason ?? null, now });
      return;
    }
    this.#db
      .prepare(
        `INSERT INTO mailbox_provider (domain, provider, status, reason, mx_hosts, source, detected_at, checked_at, last_failure)
         VALUES (@domain, @provider, @status, @reason, @mxHosts, @source, @now, @now, NULL)
         ON CONFLICT (domain) DO UPDATE SET provider = excluded.provider, status = excluded.status,
           reason = excluded.reason, mx_hosts = excluded.mx_hosts, source = excluded.source,
           detected_at = excluded.detected_at, checked_at = excluded.checked_at, last_failure = NULL`,
      )
      .run({
        domain: attempt.domain,
        provider: attempt.provider,
        status: attempt.status,
        reason: attempt.reason ?? null,
        mxHosts: JSON.stringify(attempt.mxHosts),
        source: attempt.source,
        now,
      });
  }

  /** One domain's stored detection, or null if it was never looked up. */
  detection(domain: string, emails = 0): StoredMailboxDetection | null {
    const row = this.#db.prepare('SELECT * FROM mailbox_provider WHERE domain = ?').get(domain.toLowerCase()) as
      | ProviderRow
      | undefined;
    return row ? toDetection(row, emails) : null;
  }

  /** The provider of one address's mailbox, as last detected (null: unknown or never looked up). */
  providerForEmail(email: string): string | null {
    return this.detection(emailDomainOf(email))?.provider ?? null;
  }

  /**
   * Every domain on the roster, detected or not: a domain never looked up is listed as
   * "not-checked" (never-checked), so nothing unknown passes as known. Most addresses first.
   */
  detections(): StoredMailboxDetection[] {
    const domains = this.rosterDomains();
    return [...domains]
      .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
      .map(
        ([domain, emails]) =>
          this.detection(domain, emails) ?? {
            domain,
            provider: null,
            mxHosts: [],
            status: 'not-checked',
            reason: 'never-checked',
            source: null,
            detectedAt: null,
            checkedAt: null,
            lastFailure: null,
            emails,
          },
      );
  }

  saveDomainCheck(result: DomainCheck): void {
    this.#db
      .prepare(
        `INSERT INTO domain_check (domain, checked_at, result) VALUES (?, ?, ?)
         ON CONFLICT (domain) DO UPDATE SET checked_at = excluded.checked_at, result = excluded.result`,
      )
      .run(result.domain, result.checkedAt, JSON.stringify(result));
  }

  /** The last check of this domain, or null. Parsed through its schema: a stored row is data, not trust. */
  domainCheck(domain: string): DomainCheck | null {
    const row = this.#db.prepare('SELECT result FROM domain_check WHERE domain = ?').pluck().get(domain.toLowerCase()) as
      | string
      | undefined;
    if (!row) return null;
    const parsed = DomainCheckSchema.safeParse(JSON.parse(row));
    return parsed.success ? parsed.data : null;
  }
}

function toDetection(row: ProviderRow, emails: number): StoredMailboxDetection {
  return {
    domain: row.domain,
    provider: row.provider,
    mxHosts: JSON.parse(row.mx_hosts) as string[],
    status: row.status,
    ...(row.reason ? { reason: row.reason } : {}),
    source: row.source,
    detectedAt: row.detected_at,
    checkedAt: row.checked_at,
    lastFailure: row.last_failure,
    emails,
  };
}
