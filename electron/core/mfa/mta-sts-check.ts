import type { DomainNotCheckedReason, MtaStsCheck } from '../model/schemas/mail-domain.ts';
import { isUnanswered } from '../model/schemas/mail-domain.ts';
import { DEADLINE_PASSED, type CheckDeadline } from './check-deadline.ts';
import type { DnsResolver } from './dns-resolver.ts';
import { fetchMtaStsPolicy, type MtaStsFetchOptions } from './mta-sts-policy.ts';
import { joinedTxt } from './spf-evaluation.ts';
import { tagList } from './tag-list.ts';

// MTA-STS (RFC 8461): the TXT record at _mta-sts.<domain> only announces a policy; the policy
// file decides. enforce is good; testing only reports, a warning; none is as if not set up; an
// announced policy that cannot be fetched or read is broken. No record at all: optional.

const STS_VERSION = /^v=STSv1\s*(?:;|$)/u;

function notChecked(reason: DomainNotCheckedReason) {
  return { finding: 'not-checked' as const, status: 'not-checked' as const, reason };
}

export async function checkMtaSts(resolver: DnsResolver, domain: string, deadline: CheckDeadline, options: MtaStsFetchOptions = {}): Promise<MtaStsCheck> {
  const empty = { check: 'mta-sts' as const, records: [] as string[], policyId: null, mode: null, policyProblem: null };
  const answer = await deadline.race(resolver.txt(`_mta-sts.${domain}`));
  if (answer === DEADLINE_PASSED) return { ...empty, ...notChecked('timeout') };
  if (isUnanswered(answer.status)) return { ...empty, ...notChecked(answer.status as DomainNotCheckedReason) };
  // §3.1: records that do not begin with "v=STSv1;" are discarded.
  const records = joinedTxt(answer).filter((record) => STS_VERSION.test(record));
  if (records.length === 0) return { ...empty, finding: 'absent', status: 'info' };
  const id = tagList(records[0]!).get('id') ?? '';
  // §3.1: exactly one record, with an id of 1 to 32 letters and digits; otherwise senders treat
  // the domain as having no policy.
  if (records.length > 1 || !/^[a-z0-9]{1,32}$/iu.test(id)) return { ...empty, records, finding: 'malformed', status: 'warning' };
  const base = { ...empty, records, policyId: id };
  const fetched = await fetchMtaStsPolicy(resolver, domain, deadline, options);
  if (fetched.status === 'unanswered') return { ...base, ...notChecked(fetched.reason) };
  if (fetched.status === 'problem') {
    const policyProblem = { code: fetched.problem, detail: fetched.detail };
    return { ...base, policyProblem, finding: fetched.problem === 'not-found' ? 'policy-missing' : 'policy-invalid', status: 'bad' };
  }
  const mode = fetched.policy.mode;
  if (mode === 'enforce') return { ...base, mode, finding: 'enforce', status: 'good' };
  if (mode === 'testing') return { ...base, mode, finding: 'testing', status: 'warning' };
  // mode: none — "as though it does not have any active policy" (RFC 8461 §5), the documented way
  // to retire MTA-STS (§8.3): in effect not set up, like no record at all.
  return { ...base, mode, finding: 'mode-none', status: 'info' };
}
