import type {
  DkimCheck,
  DmarcCheck,
  DomainCheck,
  DomainNotCheckedReason,
  MtaStsCheck,
  SpfCheck,
} from '../api/schemas/mail-domain.ts';
import { isUnanswered } from '../api/schemas/mail-domain.ts';
import type { DnsAnswer, DnsResolver } from './dns-resolver.ts';

// Can someone send mail as the practice? The four DNS records that answer it (policies.md,
// "Email-domain hygiene"; RFC 7208 SPF, RFC 7489 DMARC, RFC 6376 DKIM, RFC 8461 MTA-STS), each
// judged into a status and a finding code the interface words in plain French and English.
// All lookups run in parallel; only an SPF redirect adds a second round.

/**
 * Selectors the common providers publish their DKIM keys under. DKIM has no way to list a
 * domain's selectors, so not finding one here is "could not confirm", never "absent".
 */
export const DKIM_SELECTORS = [
  'default',
  'selector1', // Microsoft 365
  'selector2', // Microsoft 365
  'google', // Google Workspace
  'k1', // Mailchimp, Mailjet
  'k2',
  'mail',
  'dkim',
  's1',
  's2',
  'ovh', // OVHcloud
  'ovhmo', // OVHcloud Exchange / MX Plan
  'mx',
  'smtp',
] as const;

function joined(answer: DnsAnswer<string[]>): string[] {
  // A TXT record longer than 255 octets comes as several strings: they are one text, joined
  // without any separator (RFC 7208 §3.3, RFC 6376 §3.6.2.2).
  return answer.status === 'ok' ? answer.records.map((strings) => strings.join('')) : [];
}

function startsWithTag(record: string, tag: RegExp): boolean {
  return tag.test(record.trimStart());
}

// ── SPF ─────────────────────────────────────────────────────────────────────

const SPF_VERSION = /^v=spf1(?:\s|$)/iu;
const SPF_MECHANISM =
  /^[+\-~?]?(?:all|include:\S+|exists:\S+|a(?::\S+?)?(?:\/\d{1,3}){0,2}|mx(?::\S+?)?(?:\/\d{1,3}){0,2}|ptr(?::\S+)?|ip4:[\d.]+(?:\/\d{1,2})?|ip6:[\da-f:.]+(?:\/\d{1,3})?)$/iu;
const SPF_MODIFIER = /^[a-z][\w.-]*=\S*$/iu;

interface SpfTerms {
  valid: boolean;
  all: string | null;
  redirect: string | null;
}

function readSpf(record: string): SpfTerms {
  const terms = record.trim().split(/\s+/u).slice(1);
  let all: string | null = null;
  let redirect: string | null = null;
  let valid = true;
  for (const term of terms) {
    if (SPF_MECHANISM.test(term)) {
      if (/^[+\-~?]?all$/iu.test(term)) all ??= term.toLowerCase();
    } else if (SPF_MODIFIER.test(term)) {
      const [name, value] = [term.slice(0, term.indexOf('=')).toLowerCase(), term.slice(term.indexOf('=') + 1)];
      if (name === 'redirect') redirect = value.toLowerCase().replace(/\.$/u, '');
    } else {
      valid = false;
    }
  }
  return { valid, all, redirect };
}

function spfFromAll(all: string): Pick<SpfCheck, 'finding' | 'status'> {
  const qualifier = /^[+\-~?]/u.test(all) ? all[0] : '+';
  if (qualifier === '-') return { finding: 'hard-fail', status: 'good' };
  if (qualifier === '~') return { finding: 'soft-fail', status: 'acceptable' };
  if (qualifier === '?') return { finding: 'neutral', status: 'bad' };
  return { finding: 'pass-all', status: 'bad' };
}

function notChecked(reason: DomainNotCheckedReason) {
  return { finding: 'not-checked' as const, status: 'not-checked' as const, reason };
}

async function checkSpf(resolver: DnsResolver, domain: string): Promise<SpfCheck> {
  const empty = { check: 'spf' as const, records: [] as string[], all: null, redirect: null };
  const answer = await resolver.txt(domain);
  if (isUnanswered(answer.status)) return { ...empty, ...notChecked(answer.status as DomainNotCheckedReason) };
  if (answer.status === 'nxdomain') return { ...empty, finding: 'domain-not-found', status: 'bad' };
  const records = joined(answer).filter((record) => startsWithTag(record, SPF_VERSION));
  if (records.length === 0) return { ...empty, finding: 'missing', status: 'bad' };
  // Two SPF records make every receiver's check a permanent error (RFC 7208 §4.5).
  if (records.length > 1) return { ...empty, records, finding: 'multiple', status: 'bad' };
  const terms = readSpf(records[0]!);
  if (!terms.valid) return { ...empty, records, finding: 'malformed', status: 'bad' };
  if (terms.all) return { ...empty, records, all: terms.all, ...spfFromAll(terms.all) };
  if (!terms.redirect) return { ...empty, records, finding: 'no-all', status: 'bad' };
  // "redirect=" hands the whole policy to another domain (a provider's, usually): its "all" counts.
  const target = await resolver.txt(terms.redirect);
  const base = { ...empty, records, redirect: terms.redirect };
  if (isUnanswered(target.status)) return { ...base, ...notChecked(target.status as DomainNotCheckedReason) };
  const targetRecords = joined(target).filter((record) => startsWithTag(record, SPF_VERSION));
  if (targetRecords.length !== 1) return { ...base, finding: targetRecords.length ? 'multiple' : 'missing', status: 'bad' };
  const targetTerms = readSpf(targetRecords[0]!);
  if (!targetTerms.valid) return { ...base, finding: 'malformed', status: 'bad' };
  if (!targetTerms.all) return { ...base, finding: 'no-all', status: 'bad' };
  return { ...base, all: targetTerms.all, ...spfFromAll(targetTerms.all) };
}

// ── DMARC ───────────────────────────────────────────────────────────────────

const DMARC_VERSION = /^v\s*=\s*DMARC1\s*(?:;|$)/iu;
const POLICIES = ['reject', 'quarantine', 'none'] as const;
type Policy = (typeof POLICIES)[number];

function dmarcTags(record: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const part of record.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    tags.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  return tags;
}

function asPolicy(value: string | undefined): Policy | null {
  const lower = value?.toLowerCase();
  return (POLICIES as readonly string[]).includes(lower ?? '') ? (lower as Policy) : null;
}

async function checkDmarc(resolver: DnsResolver, domain: string): Promise<DmarcCheck> {
  const empty = {
    check: 'dmarc' as const,
    records: [] as string[],
    policy: null,
    subdomainPolicy: null,
    percent: null,
    reportTo: [] as string[],
  };
  const answer = await resolver.txt(`_dmarc.${domain}`);
  if (isUnanswered(answer.status)) return { ...empty, ...notChecked(answer.status as DomainNotCheckedReason) };
  const records = joined(answer).filter((record) => startsWithTag(record, DMARC_VERSION));
  if (records.length === 0) return { ...empty, finding: 'missing', status: 'bad' };
  // More than one DMARC record: receivers apply none of them (RFC 7489 §6.6.3).
  if (records.length > 1) return { ...empty, records, finding: 'multiple', status: 'bad' };
  const tags = dmarcTags(records[0]!);
  const policy = asPolicy(tags.get('p'));
  const reportTo = (tags.get('rua') ?? '')
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean);
  const pct = tags.has('pct') ? Number(tags.get('pct')) : 100;
  const found = {
    ...empty,
    records,
    policy,
    subdomainPolicy: asPolicy(tags.get('sp')),
    percent: Number.isInteger(pct) && pct >= 0 && pct <= 100 ? pct : null,
    reportTo,
  };
  if (!policy) return { ...found, finding: 'malformed', status: 'bad' };
  if (policy === 'reject') return { ...found, finding: 'reject', status: found.percent === 100 ? 'good' : 'acceptable' };
  if (policy === 'quarantine') return { ...found, finding: 'quarantine', status: 'acceptable' };
  return { ...found, finding: 'none', status: 'warning' };
}

// ── DKIM ────────────────────────────────────────────────────────────────────

interface DkimKey {
  selector: string;
  record: string;
  revoked: boolean;
}

function dkimKey(record: string): { revoked: boolean } | null {
  const tags = dmarcTags(record);
  // v=DKIM1 is optional but, when present, must come first (RFC 6376 §3.6.1); p= is required.
  if (/^\s*v\s*=/iu.test(record) && !/^\s*v\s*=\s*DKIM1\s*(?:;|$)/iu.test(record)) return null;
  if (!tags.has('p')) return null;
  return { revoked: tags.get('p')!.replace(/\s+/gu, '') === '' };
}

async function checkDkim(resolver: DnsResolver, domain: string, selectors: readonly string[]): Promise<DkimCheck> {
  const answers = await Promise.all(
    selectors.map(async (selector) => ({ selector, answer: await resolver.txt(`${selector}._domainkey.${domain}`) })),
  );
  const keys: DkimKey[] = [];
  const unanswered: { selector: string; reason: DomainNotCheckedReason }[] = [];
  for (const { selector, answer } of answers) {
    if (isUnanswered(answer.status)) {
      unanswered.push({ selector, reason: answer.status as DomainNotCheckedReason });
      continue;
    }
    for (const record of joined(answer)) {
      const key = dkimKey(record);
      if (key) keys.push({ selector, record, revoked: key.revoked });
    }
  }
  const live = keys.filter((key) => !key.revoked);
  const result = {
    check: 'dkim' as const,
    records: keys.map((key) => `${key.selector}: ${key.record}`),
    selectorsFound: [...new Set(live.map((key) => key.selector))],
    selectorsTried: [...selectors],
    selectorsUnanswered: unanswered.map((item) => item.selector),
  };
  if (live.length) return { ...result, finding: 'found', status: 'good' };
  if (unanswered.length === selectors.length) return { ...result, ...notChecked(unanswered[0]!.reason) };
  if (keys.length) return { ...result, finding: 'revoked-only', status: 'warning' };
  return { ...result, finding: 'not-confirmed', status: 'warning' };
}

// ── MTA-STS ─────────────────────────────────────────────────────────────────

const STS_VERSION = /^v\s*=\s*STSv1\s*(?:;|$)/iu;

async function checkMtaSts(resolver: DnsResolver, domain: string): Promise<MtaStsCheck> {
  const empty = { check: 'mta-sts' as const, records: [] as string[], policyId: null };
  const answer = await resolver.txt(`_mta-sts.${domain}`);
  if (isUnanswered(answer.status)) return { ...empty, ...notChecked(answer.status as DomainNotCheckedReason) };
  const records = joined(answer).filter((record) => startsWithTag(record, STS_VERSION));
  // Optional: its absence is information, not a fault.
  if (records.length === 0) return { ...empty, finding: 'absent', status: 'info' };
  const id = dmarcTags(records[0]!).get('id') ?? '';
  // RFC 8461 §3.1: exactly one record, with an id of 1 to 32 letters and digits.
  if (records.length > 1 || !/^[a-z0-9]{1,32}$/iu.test(id)) return { ...empty, records, finding: 'malformed', status: 'warning' };
  return { ...empty, records, policyId: id, finding: 'present', status: 'good' };
}

// ── All four ────────────────────────────────────────────────────────────────

export interface DomainHygieneOptions {
  dkimSelectors?: readonly string[];
  now?: () => Date;
}

/** Check a domain's four records. Never throws for DNS trouble: an unanswered lookup is "not-checked". */
export async function checkDomainHygiene(
  resolver: DnsResolver,
  domain: string,
  options: DomainHygieneOptions = {},
): Promise<DomainCheck> {
  const now = options.now ?? (() => new Date());
  const started = performance.now();
  const name = domain.trim().toLowerCase().replace(/\.$/u, '');
  const [spf, dmarc, dkim, mtaSts] = await Promise.all([
    checkSpf(resolver, name),
    checkDmarc(resolver, name),
    checkDkim(resolver, name, options.dkimSelectors ?? DKIM_SELECTORS),
    checkMtaSts(resolver, name),
  ]);
  return {
    domain: name,
    checkedAt: now().toISOString(),
    durationMs: Math.round(performance.now() - started),
    skipped: null,
    spf,
    dmarc,
    dkim,
    mtaSts,
  };
}

/** The result for a consumer domain (gmail.com…): its records are the provider's, not the practice's. */
export function skippedDomainCheck(domain: string, now: Date = new Date()): DomainCheck {
  const reason = 'consumer-domain' as const;
  return {
    domain: domain.trim().toLowerCase(),
    checkedAt: now.toISOString(),
    durationMs: 0,
    skipped: reason,
    spf: { check: 'spf', records: [], all: null, redirect: null, ...notChecked(reason) },
    dmarc: { check: 'dmarc', records: [], policy: null, subdomainPolicy: null, percent: null, reportTo: [], ...notChecked(reason) },
    dkim: { check: 'dkim', records: [], selectorsFound: [], selectorsTried: [], selectorsUnanswered: [], ...notChecked(reason) },
    mtaSts: { check: 'mta-sts', records: [], policyId: null, ...notChecked(reason) },
  };
}
