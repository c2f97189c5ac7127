import type { DomainNotCheckedReason } from '../model/schemas/mail-domain.ts';
import { isUnanswered } from '../model/schemas/mail-domain.ts';
import { DEADLINE_PASSED, type CheckDeadline } from './check-deadline.ts';
import type { DnsAnswer, DnsResolver, MxRecord } from './dns-resolver.ts';
import { isSyntaxError, parseSpf, SPF_VERSION, SPF_VERSION_AFTER_SPACE, type Qualifier, type SpfSyntaxError } from './spf-record.ts';

// check_host() of RFC 7208 for the sender that matters here: a server the practice never listed
// (a spoofer's). Its address matches no ip4/ip6, a or mx term, so every term is evaluated in
// order, includes and redirects followed, until an "all", an include that passes everyone, or the
// end: the verdict is what any receiver would answer that spoofer. The limits are the RFC's:
// 10 terms that query the DNS (§4.6.4), 2 void lookups (§4.6.4), 10 MX names per mx term, a
// redirect= or exp= at most once (§6), an include or redirect to a name without one SPF record
// is a permanent error (§5.2, §6.1), and a loop never ends (caught here before the limit would).

export const SPF_MAX_LOOKUPS = 10;
export const SPF_MAX_VOID_LOOKUPS = 2;
const SPF_MAX_MX_NAMES = 10;

export type SpfProblemCode =
  | SpfSyntaxError['code']
  | 'multiple-records'
  | 'target-not-found'
  | 'too-many-lookups'
  | 'too-many-void-lookups'
  | 'too-many-mx'
  | 'loop'
  | 'sender-macro';

export interface SpfProblem {
  code: SpfProblemCode;
  /** The term at fault (include:…, redirect=…), when one is. */
  term: string | null;
  /** The domain whose record holds it. */
  domain: string;
}

export type SpfResult = 'pass' | 'fail' | 'softfail' | 'neutral';

export type SpfOutcome =
  | { result: SpfResult; decidedBy: string | null }
  | { result: 'none'; answer: 'nxdomain' | 'no-data' | 'no-spf' | 'leading-space' }
  | { result: 'permerror'; problem: SpfProblem }
  | { result: 'temperror'; reason: DomainNotCheckedReason };

const RESULT_OF: Record<Qualifier, SpfResult> = { '+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral' };

/** A TXT record's strings are one text, joined without separator (RFC 7208 §3.3). */
export function joinedTxt(answer: DnsAnswer<string[]>): string[] {
  return answer.status === 'ok' ? answer.records.map((strings) => strings.join('')) : [];
}

/**
 * Expand a domain-spec's macros. Only the ones about the domain itself (%{d} with its
 * transformers, %%, %_, %-) have a value without a message; any other (%{i}, %{s}…) depends on
 * the sender, and the term cannot be evaluated for "any sender": null.
 */
export function expandDomainSpec(spec: string, domain: string): string | null {
  let senderDependent = false;
  const expanded = spec.replace(/%\{([a-z])(\d*)(r?)([.\-+,/_=]*)\}|%%|%_|%-/giu, (whole, letter?: string, digits?: string, reverse?: string, delimiters?: string) => {
    if (whole === '%%') return '%';
    if (whole === '%_') return ' ';
    if (whole === '%-') return '%20';
    if (letter?.toLowerCase() !== 'd') {
      senderDependent = true;
      return '';
    }
    const splitOn = new RegExp(`[${(delimiters || '.').replace(/[-\\\]^]/gu, '\\$&')}]`, 'u');
    let parts = domain.split(splitOn);
    if (reverse) parts = parts.reverse();
    const keep = Number(digits || '0');
    if (keep > 0) parts = parts.slice(-keep);
    return parts.join('.');
  });
  if (senderDependent) return null;
  return expanded.toLowerCase().replace(/\.$/u, '');
}

type Looked<T> = DnsAnswer<T> | typeof DEADLINE_PASSED;

export class SpfEvaluator {
  lookups = 0;
  voidLookups = 0;
  /** Every include and redirect target followed, in order. */
  readonly followed: string[] = [];
  /** The first redirect= followed, for the details. */
  firstRedirect: string | null = null;
  readonly #resolver: DnsResolver;
  readonly #deadline: CheckDeadline;
  readonly #cache = new Map<string, Promise<Looked<unknown>>>();

  constructor(resolver: DnsResolver, deadline: CheckDeadline) {
    this.#resolver = resolver;
    this.#deadline = deadline;
  }

  /** TXT, A and MX answers, each asked once per check, each racing the check's deadline. */
  txt(name: string): Promise<Looked<string[]>> {
    return this.#ask(`txt ${name}`, () => this.#resolver.txt(name)) as Promise<Looked<string[]>>;
  }

  #a(name: string): Promise<Looked<string>> {
    return this.#ask(`a ${name}`, () => this.#resolver.a(name)) as Promise<Looked<string>>;
  }

  #mx(name: string): Promise<Looked<MxRecord>> {
    return this.#ask(`mx ${name}`, () => this.#resolver.mx(name)) as Promise<Looked<MxRecord>>;
  }

  #ask(key: string, lookup: () => Promise<DnsAnswer<unknown>>): Promise<Looked<unknown>> {
    let pending = this.#cache.get(key);
    if (!pending) {
      pending = this.#deadline.race(lookup());
      this.#cache.set(key, pending);
    }
    return pending;
  }

  /** check_host(<domain>) for a sender no term lists. */
  async checkHost(domain: string, stack: readonly string[] = [domain]): Promise<SpfOutcome> {
    const answer = await this.txt(domain);
    if (answer === DEADLINE_PASSED) return { result: 'temperror', reason: 'timeout' };
    if (isUnanswered(answer.status)) return { result: 'temperror', reason: answer.status as DomainNotCheckedReason };
    if (answer.status === 'nxdomain' || answer.status === 'no-data') return { result: 'none', answer: answer.status };
    const texts = joinedTxt(answer);
    const records = texts.filter((text) => SPF_VERSION.test(text));
    if (records.length === 0) return { result: 'none', answer: texts.some((text) => SPF_VERSION_AFTER_SPACE.test(text)) ? 'leading-space' : 'no-spf' };
    if (records.length > 1) return { result: 'permerror', problem: { code: 'multiple-records', term: null, domain } };
    const parsed = parseSpf(records[0]!);
    if (isSyntaxError(parsed)) return { result: 'permerror', problem: { code: parsed.code, term: parsed.term, domain } };

    for (const mechanism of parsed.mechanisms) {
      if (mechanism.kind === 'all') return { result: RESULT_OF[mechanism.qualifier], decidedBy: mechanism.text };
      if (mechanism.kind === 'ip4' || mechanism.kind === 'ip6') continue;
      const problem = (code: SpfProblemCode): SpfOutcome => ({ result: 'permerror', problem: { code, term: mechanism.text, domain } });
      this.lookups += 1;
      if (this.lookups > SPF_MAX_LOOKUPS) return problem('too-many-lookups');
      // ptr needs the sender's address: it counts, and matches nobody in particular.
      if (mechanism.kind === 'ptr') continue;
      const spec = ('domain' in mechanism ? mechanism.domain : null) ?? domain;
      const target = expandDomainSpec(spec, domain);
      if (target === null) {
        // exists:%{i}.list.example asks about the sender: an unlisted one is not on the list.
        if (mechanism.kind === 'exists') continue;
        return problem('sender-macro');
      }
      if (mechanism.kind === 'include') {
        const outcome = await this.#follow(target, stack, mechanism.text, domain);
        if (outcome.result === 'pass') return { result: RESULT_OF[mechanism.qualifier], decidedBy: `${mechanism.text} → ${outcome.decidedBy ?? ''}`.trim() };
        if (outcome.result === 'permerror' || outcome.result === 'temperror') return outcome;
        continue;
      }
      const looked = mechanism.kind === 'mx' ? await this.#mx(target) : await this.#a(target);
      if (looked === DEADLINE_PASSED) return { result: 'temperror', reason: 'timeout' };
      if (isUnanswered(looked.status)) return { result: 'temperror', reason: looked.status as DomainNotCheckedReason };
      if (looked.status !== 'ok' || looked.records.length === 0) {
        this.voidLookups += 1;
        if (this.voidLookups > SPF_MAX_VOID_LOOKUPS) return problem('too-many-void-lookups');
        continue;
      }
      if (mechanism.kind === 'mx' && looked.records.length > SPF_MAX_MX_NAMES) return problem('too-many-mx');
      // exists:name with an address matches every sender.
      if (mechanism.kind === 'exists') return { result: RESULT_OF[mechanism.qualifier], decidedBy: mechanism.text };
    }

    const redirect = parsed.redirects[0];
    if (redirect === undefined) return { result: 'neutral', decidedBy: null };
    const term = `redirect=${redirect}`;
    this.lookups += 1;
    if (this.lookups > SPF_MAX_LOOKUPS) return { result: 'permerror', problem: { code: 'too-many-lookups', term, domain } };
    const target = expandDomainSpec(redirect, domain);
    if (target === null) return { result: 'permerror', problem: { code: 'sender-macro', term, domain } };
    this.firstRedirect ??= target;
    return this.#follow(target, stack, term, domain);
  }

  /** An include's or redirect's target: its own check_host, where "none" is a permanent error. */
  async #follow(target: string, stack: readonly string[], term: string, domain: string): Promise<SpfOutcome> {
    if (stack.includes(target)) return { result: 'permerror', problem: { code: 'loop', term, domain } };
    this.followed.push(target);
    const outcome = await this.checkHost(target, [...stack, target]);
    if (outcome.result !== 'none') return outcome;
    if (outcome.answer === 'nxdomain' || outcome.answer === 'no-data') {
      this.voidLookups += 1;
      if (this.voidLookups > SPF_MAX_VOID_LOOKUPS) return { result: 'permerror', problem: { code: 'too-many-void-lookups', term, domain } };
    }
    return { result: 'permerror', problem: { code: 'target-not-found', term, domain } };
  }
}
