import type { DmarcCheck, DomainNotCheckedReason } from '../model/schemas/mail-domain.ts';
import { isUnanswered } from '../model/schemas/mail-domain.ts';
import { DEADLINE_PASSED, type CheckDeadline } from './check-deadline.ts';
import type { DnsResolver } from './dns-resolver.ts';
import { organizationalDomain } from './organizational-domain.ts';
import { joinedTxt } from './spf-evaluation.ts';
import { tagList } from './tag-list.ts';

// DMARC as a receiver applies it (RFC 7489): the record at _dmarc.<domain>, else, for a
// subdomain, the organisational domain's record, whose sp= (or p= without it) is the policy
// (§6.6.3 step 3, §6.3 "sp"). "v=DMARC1" must be the first tag and match exactly (§6.3: "DMARC1"
// in upper case; a record that does not is ignored). pct= lowers the policy one step for the
// mail it does not cover (§6.6.4): with pct=0, quarantine is in effect none.

const DMARC_VERSION = /^v\s*=\s*DMARC1\s*(?:;|$)/u;
const POLICIES = ['reject', 'quarantine', 'none'] as const;
type Policy = (typeof POLICIES)[number];

function asPolicy(value: string | undefined): Policy | null {
  const lower = value?.toLowerCase();
  return (POLICIES as readonly string[]).includes(lower ?? '') ? (lower as Policy) : null;
}

/** One step down for the share of mail pct= leaves out (§6.6.4): reject → quarantine → none. */
function lowered(policy: Policy): Policy {
  return policy === 'reject' ? 'quarantine' : 'none';
}

type Lookup = { status: 'found'; records: string[] } | { status: 'absent' } | { status: 'unanswered'; reason: DomainNotCheckedReason };

async function dmarcRecords(resolver: DnsResolver, domain: string, deadline: CheckDeadline): Promise<Lookup> {
  const answer = await deadline.race(resolver.txt(`_dmarc.${domain}`));
  if (answer === DEADLINE_PASSED) return { status: 'unanswered', reason: 'timeout' };
  if (isUnanswered(answer.status)) return { status: 'unanswered', reason: answer.status as DomainNotCheckedReason };
  const records = joinedTxt(answer).filter((record) => DMARC_VERSION.test(record));
  return records.length ? { status: 'found', records } : { status: 'absent' };
}

function notChecked(reason: DomainNotCheckedReason) {
  return { finding: 'not-checked' as const, status: 'not-checked' as const, reason };
}

export async function checkDmarc(resolver: DnsResolver, domain: string, deadline: CheckDeadline): Promise<DmarcCheck> {
  const empty = {
    check: 'dmarc' as const,
    records: [] as string[],
    policy: null,
    subdomainPolicy: null,
    percent: null,
    reportTo: [] as string[],
    inheritedFrom: null,
    effectivePolicy: null,
  };
  let lookup = await dmarcRecords(resolver, domain, deadline);
  let inheritedFrom: string | null = null;
  const organization = organizationalDomain(domain);
  if (lookup.status === 'absent' && organization && organization !== domain) {
    // A subdomain without its own record is covered by its organisation's (§6.6.3).
    inheritedFrom = organization;
    lookup = await dmarcRecords(resolver, organization, deadline);
  }
  if (lookup.status === 'unanswered') return { ...empty, ...notChecked(lookup.reason) };
  if (lookup.status === 'absent') return { ...empty, finding: 'missing', status: 'bad' };
  const records = lookup.records;
  // More than one DMARC record: receivers apply none of them (RFC 7489 §6.6.3).
  if (records.length > 1) return { ...empty, records, inheritedFrom, finding: 'multiple', status: 'bad' };
  const tags = tagList(records[0]!);
  const ownPolicy = asPolicy(tags.get('p'));
  const subdomainPolicy = asPolicy(tags.get('sp'));
  const pct = tags.has('pct') ? Number(tags.get('pct')) : 100;
  const percent = /^\d{1,3}$/u.test(tags.get('pct') ?? '100') && pct <= 100 ? pct : null;
  const reportTo = (tags.get('rua') ?? '')
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean);
  // For a subdomain covered by its organisation's record, sp= comes first.
  const policy = inheritedFrom ? (subdomainPolicy ?? ownPolicy) : ownPolicy;
  const found = { ...empty, records, policy, subdomainPolicy, percent, reportTo, inheritedFrom };
  if (!ownPolicy || !policy) return { ...found, finding: 'malformed', status: 'bad' };
  const effectivePolicy = percent === 0 && policy !== 'none' ? lowered(policy) : policy;
  const result = { ...found, effectivePolicy };
  if (effectivePolicy !== policy) {
    // pct=0: the policy is written but applied to no message.
    return { ...result, finding: 'pct-zero', status: effectivePolicy === 'quarantine' ? 'acceptable' : 'warning' };
  }
  if (policy === 'reject') return { ...result, finding: 'reject', status: percent === 100 ? 'good' : 'acceptable' };
  if (policy === 'quarantine') return { ...result, finding: 'quarantine', status: 'acceptable' };
  return { ...result, finding: 'none', status: 'warning' };
}
