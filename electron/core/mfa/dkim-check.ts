import { createPublicKey } from 'node:crypto';
import type { DKIM_KEY_PROBLEMS, DKIM_KEY_STATES, DkimCheck, DomainNotCheckedReason } from '../model/schemas/mail-domain.ts';
import { isUnanswered } from '../model/schemas/mail-domain.ts';
import { DEADLINE_PASSED, type CheckDeadline } from './check-deadline.ts';
import type { DnsAnswer, DnsResolver } from './dns-resolver.ts';
import { joinedTxt } from './spf-evaluation.ts';
import { firstTag, tagList } from './tag-list.ts';

// DKIM key records (RFC 6376 §3.6.1) under the selectors the common providers use. A key counts
// only when a verifier could use it: v=, if there, first and exactly "DKIM1"; p= a public key of
// its k= type (rsa by default, ed25519 per RFC 8463); not in test mode (t=y: "Verifiers MUST NOT
// treat messages from Signers in testing mode differently from unsigned email"). DKIM has no way
// to list a domain's selectors, so not finding one is "could not confirm", never "absent".

/** Selectors the common providers publish their DKIM keys under. */
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

type KeyState = (typeof DKIM_KEY_STATES)[number];
type KeyProblem = (typeof DKIM_KEY_PROBLEMS)[number];

export interface DkimKeyVerdict {
  state: KeyState;
  problem: KeyProblem | null;
}

function isPublicKey(type: string, base64: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/u.test(base64)) return false;
  const bytes = Buffer.from(base64, 'base64');
  if (type === 'ed25519') return bytes.length === 32;
  for (const format of ['spki', 'pkcs1'] as const) {
    try {
      const key = createPublicKey({ key: bytes, format: 'der', type: format });
      if (key.asymmetricKeyType === 'rsa') return true;
    } catch {
      // Not this encoding.
    }
  }
  return false;
}

/** What one TXT record at <selector>._domainkey is worth; null when it is not a DKIM key record at all. */
export function dkimKeyVerdict(record: string): DkimKeyVerdict | null {
  const tags = tagList(record);
  if (!tags.has('p') && !tags.has('v')) return null;
  if (tags.has('v') && firstTag(record) !== 'v') return { state: 'invalid', problem: 'version-not-first' };
  // "DKIM1" compared as a string (RFC 6376 §3.6.1): "DKIM1.0" or "dkim1" is another value.
  if (tags.has('v') && tags.get('v') !== 'DKIM1') return { state: 'invalid', problem: 'bad-version' };
  if (!tags.has('p')) return { state: 'invalid', problem: 'no-key' };
  const key = tags.get('p')!.replace(/\s+/gu, '');
  if (key === '') return { state: 'revoked', problem: null };
  const type = (tags.get('k') ?? 'rsa').toLowerCase();
  if (type !== 'rsa' && type !== 'ed25519') return { state: 'invalid', problem: 'unknown-key-type' };
  if (!isPublicKey(type, key)) return { state: 'invalid', problem: 'not-a-key' };
  const flags = (tags.get('t') ?? '').split(':').map((flag) => flag.trim().toLowerCase());
  return flags.includes('y') ? { state: 'testing', problem: null } : { state: 'valid', problem: null };
}

function notChecked(reason: DomainNotCheckedReason) {
  return { finding: 'not-checked' as const, status: 'not-checked' as const, reason };
}

export async function checkDkim(resolver: DnsResolver, domain: string, selectors: readonly string[], deadline: CheckDeadline): Promise<DkimCheck> {
  const answers = await Promise.all(
    selectors.map(async (selector): Promise<{ selector: string; answer: DnsAnswer<string[]> | typeof DEADLINE_PASSED }> => ({
      selector,
      answer: await deadline.race(resolver.txt(`${selector}._domainkey.${domain}`)),
    })),
  );
  const keys: (DkimKeyVerdict & { selector: string; record: string })[] = [];
  const unanswered: { selector: string; reason: DomainNotCheckedReason }[] = [];
  for (const { selector, answer } of answers) {
    if (answer === DEADLINE_PASSED) {
      unanswered.push({ selector, reason: 'timeout' });
      continue;
    }
    if (isUnanswered(answer.status)) {
      unanswered.push({ selector, reason: answer.status as DomainNotCheckedReason });
      continue;
    }
    for (const record of joinedTxt(answer)) {
      const verdict = dkimKeyVerdict(record);
      if (verdict) keys.push({ selector, record, ...verdict });
    }
  }
  const having = (state: KeyState) => keys.filter((key) => key.state === state);
  const result = {
    check: 'dkim' as const,
    records: keys.map((key) => `${key.selector}: ${key.record}`),
    selectorsFound: [...new Set(having('valid').map((key) => key.selector))],
    selectorsTried: [...selectors],
    selectorsUnanswered: unanswered.map((item) => item.selector),
    keys: keys.map((key) => ({ selector: key.selector, state: key.state, problem: key.problem })),
  };
  if (having('valid').length) return { ...result, finding: 'found', status: 'good' };
  if (unanswered.length === selectors.length) return { ...result, ...notChecked(unanswered[0]!.reason) };
  if (having('testing').length) return { ...result, finding: 'testing', status: 'warning' };
  if (having('invalid').length) return { ...result, finding: 'invalid', status: 'bad' };
  if (having('revoked').length) return { ...result, finding: 'revoked-only', status: 'warning' };
  return { ...result, finding: 'not-confirmed', status: 'warning' };
}
