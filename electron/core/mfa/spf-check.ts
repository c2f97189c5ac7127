import type { DomainNotCheckedReason, SpfCheck } from '../model/schemas/mail-domain.ts';
import { SPF_FINDINGS } from '../model/schemas/mail-domain.ts';
import type { CheckDeadline } from './check-deadline.ts';
import type { DnsResolver } from './dns-resolver.ts';
import { joinedTxt, SpfEvaluator, type SpfProblem, type SpfProblemCode } from './spf-evaluation.ts';
import { SPF_VERSION, SPF_VERSION_AFTER_SPACE } from './spf-record.ts';
import { DEADLINE_PASSED } from './check-deadline.ts';

// The practice's SPF verdict: RFC 7208 evaluated for a sender nobody listed (spf-evaluation.ts),
// turned into a finding the interface words. What could not be evaluated to the end (a DNS
// failure, the check's time bound) is "not checked", never good.

type SpfFinding = (typeof SPF_FINDINGS)[number];

const FINDING_OF_PROBLEM: Record<SpfProblemCode, SpfFinding> = {
  'leading-space': 'malformed',
  'bad-term': 'malformed',
  'duplicate-modifier': 'malformed',
  'multiple-records': 'include-broken',
  'target-not-found': 'include-broken',
  'too-many-lookups': 'too-many-lookups',
  'too-many-mx': 'too-many-lookups',
  'too-many-void-lookups': 'too-many-void-lookups',
  loop: 'loop',
  'sender-macro': 'unevaluated',
};

function notChecked(reason: DomainNotCheckedReason) {
  return { finding: 'not-checked' as const, status: 'not-checked' as const, reason };
}

function verdictOfAll(result: 'pass' | 'fail' | 'softfail' | 'neutral', decidedBy: string | null): Pick<SpfCheck, 'finding' | 'status'> {
  if (result === 'fail') return { finding: 'hard-fail', status: 'good' };
  if (result === 'softfail') return { finding: 'soft-fail', status: 'acceptable' };
  if (result === 'pass') return { finding: 'pass-all', status: 'bad' };
  return decidedBy === null ? { finding: 'no-all', status: 'bad' } : { finding: 'neutral', status: 'bad' };
}

function problemVerdict(problem: SpfProblem, topDomain: string): Pick<SpfCheck, 'finding' | 'status'> {
  // A syntax error in a provider's record the practice includes breaks the practice's SPF too.
  const finding = problem.domain !== topDomain && FINDING_OF_PROBLEM[problem.code] === 'malformed' ? 'include-broken' : FINDING_OF_PROBLEM[problem.code];
  // Permanent errors fail every receiver's check; a term that depends on the sender was not
  // evaluated to the end: not good, not proven broken either.
  return { finding, status: finding === 'unevaluated' ? 'warning' : 'bad' };
}

export async function checkSpf(resolver: DnsResolver, domain: string, deadline: CheckDeadline): Promise<SpfCheck> {
  const evaluator = new SpfEvaluator(resolver, deadline);
  const empty = { check: 'spf' as const, records: [] as string[], all: null, redirect: null, lookups: 0, voidLookups: 0, followed: [] as string[], problem: null };
  const answer = await evaluator.txt(domain);
  if (answer === DEADLINE_PASSED) return { ...empty, ...notChecked('timeout') };
  if (answer.status !== 'ok' && answer.status !== 'nxdomain' && answer.status !== 'no-data') return { ...empty, ...notChecked(answer.status) };
  if (answer.status === 'nxdomain') return { ...empty, finding: 'domain-not-found', status: 'bad' };
  const texts = joinedTxt(answer);
  const records = texts.filter((text) => SPF_VERSION.test(text));
  if (records.length === 0) {
    // " v=spf1 …" is not a version section (§4.5): every receiver ignores it. Said as broken,
    // since the practice meant to publish one.
    const spaced = texts.filter((text) => SPF_VERSION_AFTER_SPACE.test(text));
    if (spaced.length) return { ...empty, records: spaced, finding: 'malformed', status: 'bad', problem: { code: 'leading-space', term: null, domain } };
    return { ...empty, finding: 'missing', status: 'bad' };
  }
  // Two SPF records make every receiver's check a permanent error (RFC 7208 §4.5).
  if (records.length > 1) return { ...empty, records, finding: 'multiple', status: 'bad', problem: { code: 'multiple-records', term: null, domain } };

  const outcome = await evaluator.checkHost(domain);
  const found = {
    ...empty,
    records,
    redirect: evaluator.firstRedirect,
    lookups: evaluator.lookups,
    voidLookups: evaluator.voidLookups,
    followed: [...evaluator.followed],
  };
  switch (outcome.result) {
    case 'temperror':
      return { ...found, ...notChecked(outcome.reason) };
    case 'permerror':
      return { ...found, ...problemVerdict(outcome.problem, domain), problem: outcome.problem };
    case 'none':
      // Only reached for the top domain, already handled above; a record that vanished meanwhile.
      return { ...found, finding: 'missing', status: 'bad' };
    default:
      return { ...found, all: outcome.decidedBy, ...verdictOfAll(outcome.result, outcome.decidedBy) };
  }
}
