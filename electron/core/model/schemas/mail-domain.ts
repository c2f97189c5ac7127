import * as z from 'zod';

// What the DNS tells about e-mail: which provider hosts each staff mailbox domain (from its MX
// records), and how well the practice's own domain is protected against spoofing (SPF, DMARC,
// DKIM, MTA-STS). Core returns codes and values; the renderer's i18n (area "domain") words them.
// A lookup that did not answer is "not checked", with its reason: never good, never bad.

/** How one DNS lookup ended. */
export const DNS_LOOKUP_STATUSES = [
  'ok',
  'nxdomain', // the name does not exist
  'no-data', // the name exists, without a record of this type
  'timeout',
  'servfail', // the server could not answer (often DNSSEC or a broken zone)
  'refused', // the server refused to answer
  'bad-response', // an answer that does not parse
  'network', // no server reached
] as const;
export const DnsLookupStatusSchema = z.enum(DNS_LOOKUP_STATUSES);
export type DnsLookupStatus = z.infer<typeof DnsLookupStatusSchema>;

/** The lookup failures that leave a result unknown (nxdomain and no-data are answers). */
export const DNS_UNANSWERED = ['timeout', 'servfail', 'refused', 'bad-response', 'network'] as const;
export type DnsUnanswered = (typeof DNS_UNANSWERED)[number];

export function isUnanswered(status: DnsLookupStatus): status is DnsUnanswered {
  return (DNS_UNANSWERED as readonly string[]).includes(status);
}

// ── Mailbox providers ───────────────────────────────────────────────────────

export const MAILBOX_DETECTION_STATUSES = ['detected', 'unknown-provider', 'no-mx', 'not-checked'] as const;
export const MailboxDetectionStatusSchema = z.enum(MAILBOX_DETECTION_STATUSES);

/** Why there is no provider: an unanswered lookup, a domain without mail, or never looked up. */
export const MAILBOX_DETECTION_REASONS = [...DNS_UNANSWERED, 'nxdomain', 'no-data', 'null-mx', 'never-checked'] as const;
export const MailboxDetectionReasonSchema = z.enum(MAILBOX_DETECTION_REASONS);
export type MailboxDetectionReason = z.infer<typeof MailboxDetectionReasonSchema>;

export const MailboxDetectionSchema = z.object({
  /** The e-mail domain, lower-cased (cabinet-dupont.fr, gmail.com). */
  domain: z.string(),
  /** The catalogue's id of the provider, when known. */
  provider: z.string().nullable(),
  /** The provider's name from the catalogue, in both languages. */
  providerName: z.object({ fr: z.string(), en: z.string() }).nullable(),
  /** MX hosts, lower-cased, best priority first. */
  mxHosts: z.array(z.string()),
  status: MailboxDetectionStatusSchema,
  reason: MailboxDetectionReasonSchema.optional(),
  /** 'mx': from the domain's MX records; 'known-domain': a consumer domain (gmail.com…) whose provider is known. */
  source: z.enum(['mx', 'known-domain']).nullable(),
  /** When the stored conclusion was reached; null if never. */
  detectedAt: z.string().nullable(),
  /** When the last attempt ran, and why it failed if it did (a failed attempt keeps the earlier conclusion). */
  checkedAt: z.string().nullable(),
  lastFailure: MailboxDetectionReasonSchema.nullable(),
  /** How many addresses on the roster use this domain. */
  emails: z.number().int(),
});
export type MailboxDetection = z.infer<typeof MailboxDetectionSchema>;

// ── The practice's domain ───────────────────────────────────────────────────

/**
 * good: as recommended. acceptable: meets the reference (policies.md) but can be tightened.
 * warning: weak or unconfirmed. bad: missing or broken. info: optional, not set up.
 * not-checked: the DNS did not answer (or the domain is a consumer one): never counted as good.
 */
export const DOMAIN_CHECK_STATUSES = ['good', 'acceptable', 'warning', 'bad', 'info', 'not-checked'] as const;
export const DomainCheckStatusSchema = z.enum(DOMAIN_CHECK_STATUSES);
export type DomainCheckStatus = z.infer<typeof DomainCheckStatusSchema>;

export const DOMAIN_NOT_CHECKED_REASONS = [...DNS_UNANSWERED, 'consumer-domain'] as const;
export const DomainNotCheckedReasonSchema = z.enum(DOMAIN_NOT_CHECKED_REASONS);
export type DomainNotCheckedReason = z.infer<typeof DomainNotCheckedReasonSchema>;

// SPF findings are what RFC 7208's check_host() answers a sender the practice never listed,
// includes and redirects followed (spf-evaluation.ts).
export const SPF_FINDINGS = [
  'hard-fail', // ends -all: good
  'soft-fail', // ends ~all: acceptable
  'neutral', // ?all: bad
  'pass-all', // +all, a bare "all", or an include that passes everyone: anyone may send as the practice
  'no-all', // no all mechanism, no redirect: receivers treat unlisted senders as neutral
  'multiple', // more than one v=spf1 record: a permanent error, SPF is ignored
  'malformed', // a term that is not SPF, a second redirect=, a record starting with a space
  'include-broken', // an include or redirect to a name without one valid SPF record (permerror)
  'too-many-lookups', // more than 10 terms querying the DNS (§4.6.4): permerror
  'too-many-void-lookups', // more than 2 lookups answering nothing (§4.6.4): permerror
  'loop', // an include or redirect chain that comes back to itself: permerror
  'unevaluated', // a term that depends on the sending server (macros): not fully evaluated
  'missing',
  'domain-not-found', // the domain itself does not exist (NXDOMAIN)
  'not-checked',
] as const;

export const DMARC_FINDINGS = ['reject', 'quarantine', 'none', 'pct-zero', 'multiple', 'malformed', 'missing', 'not-checked'] as const;
export const DKIM_FINDINGS = ['found', 'testing', 'invalid', 'revoked-only', 'not-confirmed', 'not-checked'] as const;
// The policy file decides (RFC 8461 §3.2): the TXT record only says there is one to fetch.
export const MTA_STS_FINDINGS = ['enforce', 'testing', 'mode-none', 'policy-missing', 'policy-invalid', 'malformed', 'absent', 'not-checked'] as const;

/** The technical reason behind an SPF verdict, for the folded details. */
export const SPF_PROBLEM_CODES = [
  'leading-space',
  'bad-term',
  'duplicate-modifier',
  'multiple-records',
  'target-not-found',
  'too-many-lookups',
  'too-many-void-lookups',
  'too-many-mx',
  'loop',
  'sender-macro',
] as const;

export const DKIM_KEY_STATES = ['valid', 'testing', 'revoked', 'invalid'] as const;
export const DKIM_KEY_PROBLEMS = ['version-not-first', 'bad-version', 'not-a-key', 'unknown-key-type', 'no-key'] as const;

export const MTA_STS_POLICY_PROBLEMS = [
  'not-found', // no policy host, or no file there (404…)
  'http-status', // an answer other than 200
  'redirect', // 3xx: RFC 8461 §3.3 says never to follow it
  'tls', // the certificate is not valid for the mta-sts host
  'content-type', // not text/plain
  'too-large',
  'syntax', // version, mode or max_age missing or wrong
] as const;

const base = {
  status: DomainCheckStatusSchema,
  reason: DomainNotCheckedReasonSchema.optional(),
  /** The records read (TXT strings of one record joined, as the standards say). */
  records: z.array(z.string()),
};

export const SpfCheckSchema = z.object({
  check: z.literal('spf'),
  finding: z.enum(SPF_FINDINGS),
  ...base,
  /**
   * The term that decides for a sender nobody listed, as written (-all, ~all, +all, or
   * "include:x → +all" when an include passes everyone), after redirects; null when none does.
   */
  all: z.string().nullable(),
  /** The domain a redirect= modifier pointed to, when followed. */
  redirect: z.string().nullable(),
  /** Terms that queried the DNS (include, a, mx, ptr, exists, redirect), out of the 10 allowed. */
  lookups: z.number().int().default(0),
  /** Of those, the ones whose answer was empty or "no such name", out of the 2 allowed. */
  voidLookups: z.number().int().default(0),
  /** The include and redirect targets followed, in order. */
  followed: z.array(z.string()).default([]),
  /** The technical reason for a permanent error: its code, the term and the domain holding it. */
  problem: z.object({ code: z.enum(SPF_PROBLEM_CODES), term: z.string().nullable(), domain: z.string() }).nullable().default(null),
});

export const DmarcCheckSchema = z.object({
  check: z.literal('dmarc'),
  finding: z.enum(DMARC_FINDINGS),
  ...base,
  policy: z.enum(['reject', 'quarantine', 'none']).nullable(),
  subdomainPolicy: z.enum(['reject', 'quarantine', 'none']).nullable(),
  /** Share of mail the policy applies to (pct=), 100 when absent. */
  percent: z.number().int().nullable(),
  /** Where aggregate reports go (rua=); empty: nobody receives them. */
  reportTo: z.array(z.string()),
  /**
   * The organisational domain whose record applies (RFC 7489 §6.6.3), when the practice's domain
   * is a subdomain without a record of its own; its sp= (else p=) is then the policy.
   */
  inheritedFrom: z.string().nullable().default(null),
  /** What receivers apply once pct= is taken into account (pct=0 lowers it one step, §6.6.4). */
  effectivePolicy: z.enum(['reject', 'quarantine', 'none']).nullable().default(null),
});

export const DkimCheckSchema = z.object({
  check: z.literal('dkim'),
  finding: z.enum(DKIM_FINDINGS),
  ...base,
  /** Selectors with a public key published. */
  selectorsFound: z.array(z.string()),
  /** Selectors tried, found or not. */
  selectorsTried: z.array(z.string()),
  /** Selectors whose lookup did not answer: those could not be ruled in or out. */
  selectorsUnanswered: z.array(z.string()),
  /** Every key record found, with what it is worth (RFC 6376 §3.6.1). */
  keys: z
    .array(z.object({ selector: z.string(), state: z.enum(DKIM_KEY_STATES), problem: z.enum(DKIM_KEY_PROBLEMS).nullable() }))
    .default([]),
});

export const MtaStsCheckSchema = z.object({
  check: z.literal('mta-sts'),
  finding: z.enum(MTA_STS_FINDINGS),
  ...base,
  policyId: z.string().nullable(),
  /** The policy file's mode, once fetched (enforce, testing, none). */
  mode: z.enum(['enforce', 'testing', 'none']).nullable().default(null),
  /** Why the policy file could not be used, and what was seen (an HTTP status, a content type). */
  policyProblem: z.object({ code: z.enum(MTA_STS_POLICY_PROBLEMS), detail: z.string().nullable() }).nullable().default(null),
});

export const DomainCheckItemSchema = z.discriminatedUnion('check', [SpfCheckSchema, DmarcCheckSchema, DkimCheckSchema, MtaStsCheckSchema]);
export type DomainCheckItem = z.infer<typeof DomainCheckItemSchema>;
export type SpfCheck = z.infer<typeof SpfCheckSchema>;
export type DmarcCheck = z.infer<typeof DmarcCheckSchema>;
export type DkimCheck = z.infer<typeof DkimCheckSchema>;
export type MtaStsCheck = z.infer<typeof MtaStsCheckSchema>;

export const DomainCheckSchema = z.object({
  domain: z.string(),
  checkedAt: z.string(),
  /** How long the lookups took, for the curious and the bench; not a verdict. */
  durationMs: z.number().int(),
  /** null: checked; 'consumer-domain': gmail.com and the like are the provider's to configure. */
  skipped: z.enum(['consumer-domain']).nullable(),
  spf: SpfCheckSchema,
  dmarc: DmarcCheckSchema,
  dkim: DkimCheckSchema,
  mtaSts: MtaStsCheckSchema,
});
export type DomainCheck = z.infer<typeof DomainCheckSchema>;
