import { isIPv4, isIPv6 } from 'node:net';

// One SPF record read term by term, as RFC 7208's grammar (§12) has it: a record that does not
// parse is a permanent error for every receiver (§4.6), so a term the grammar does not allow
// (ip4:300.1.1.1/40, "~~all", an unknown mechanism) makes the whole record invalid. Macros (§7)
// are kept as written; only the ones that name the domain itself can be expanded without a
// message in hand (spf-evaluation.ts).

export type Qualifier = '+' | '-' | '~' | '?';

export type SpfMechanism =
  | { kind: 'all'; qualifier: Qualifier; text: string }
  | { kind: 'include' | 'exists'; qualifier: Qualifier; text: string; domain: string }
  | { kind: 'a' | 'mx' | 'ptr'; qualifier: Qualifier; text: string; domain: string | null }
  | { kind: 'ip4' | 'ip6'; qualifier: Qualifier; text: string };

export interface ParsedSpf {
  mechanisms: SpfMechanism[];
  /** Every redirect= modifier (more than one is a permanent error, §6). */
  redirects: string[];
}

/** Why a record does not parse: the offending term, for the technical details. */
export interface SpfSyntaxError {
  code: 'leading-space' | 'bad-term' | 'duplicate-modifier';
  term: string;
}

/** "v=spf1" then a space or the end, exactly at the start (§4.5: a leading space is not a version section). */
export const SPF_VERSION = /^v=spf1(?: |$)/iu;
/** What a record published with stray whitespace in front looks like: not SPF to any receiver. */
export const SPF_VERSION_AFTER_SPACE = /^\s+v=spf1(?:\s|$)/iu;

const MACRO_EXPAND = String.raw`%\{[slodiphcrtv]\d*r?[.\-+,/_=]*\}|%%|%_|%-`;
const MACRO_LITERAL = String.raw`[\x21-\x24\x26-\x7e]`;
const MACRO_STRING = new RegExp(`^(?:${MACRO_EXPAND}|${MACRO_LITERAL})*$`, 'iu');
const ENDS_WITH_MACRO = new RegExp(`(?:${MACRO_EXPAND})$`, 'iu');
const TOPLABEL = /^(?:[a-z0-9]*[a-z][a-z0-9]*|[a-z0-9]+-[a-z0-9-]*[a-z0-9])$/iu;

/** domain-spec = macro-string domain-end, domain-end = "." toplabel ["."] / macro-expand. */
export function isDomainSpec(spec: string): boolean {
  if (!spec || !MACRO_STRING.test(spec)) return false;
  if (ENDS_WITH_MACRO.test(spec)) return true;
  const labels = spec.replace(/\.$/u, '').split('.');
  return labels.length >= 2 && TOPLABEL.test(labels.at(-1)!);
}

const CIDR4 = /^(?:0|[1-9]\d?)$/u;
const CIDR6 = /^(?:0|[1-9]\d{0,2})$/u;

function cidrOk(value: string | undefined, pattern: RegExp, max: number): boolean {
  return value === undefined || (pattern.test(value) && Number(value) <= max);
}

/** "/24", "//64", "/24//64" after a, mx. */
function dualCidrOk(text: string): boolean {
  const match = /^(?:\/([^/]*))?(?:\/\/([^/]*))?$/u.exec(text);
  return match !== null && cidrOk(match[1], CIDR4, 32) && cidrOk(match[2], CIDR6, 128);
}

function parseMechanism(term: string): SpfMechanism | null {
  const qualifier = (/^[+\-~?]/u.test(term) ? term[0] : '+') as Qualifier;
  const body = /^[+\-~?]/u.test(term) ? term.slice(1) : term;
  const match = /^([a-z0-9]+)(.*)$/iu.exec(body);
  if (!match) return null;
  const name = match[1]!.toLowerCase();
  const rest = match[2]!;
  switch (name) {
    case 'all':
      return rest === '' ? { kind: 'all', qualifier, text: term } : null;
    case 'include':
    case 'exists': {
      const domain = rest.startsWith(':') ? rest.slice(1) : '';
      return isDomainSpec(domain) ? { kind: name, qualifier, text: term, domain } : null;
    }
    case 'a':
    case 'mx': {
      // a[:domain-spec][dual-cidr-length]: the CIDR part is what follows the domain's last "/".
      const cidrAt = rest.search(/\/.*$/u);
      const domainPart = cidrAt >= 0 ? rest.slice(0, cidrAt) : rest;
      const cidr = cidrAt >= 0 ? rest.slice(cidrAt) : '';
      if (domainPart !== '' && !(domainPart.startsWith(':') && isDomainSpec(domainPart.slice(1)))) return null;
      if (!dualCidrOk(cidr)) return null;
      return { kind: name, qualifier, text: term, domain: domainPart ? domainPart.slice(1) : null };
    }
    case 'ptr': {
      if (rest !== '' && !(rest.startsWith(':') && isDomainSpec(rest.slice(1)))) return null;
      return { kind: 'ptr', qualifier, text: term, domain: rest ? rest.slice(1) : null };
    }
    case 'ip4': {
      const network = /^:([^/]+)(?:\/(.*))?$/u.exec(rest);
      if (!network || !isIPv4(network[1]!) || !cidrOk(network[2], CIDR4, 32)) return null;
      // qnum has no leading zeros (§12): 010.0.0.1 is not an address here.
      if (network[1]!.split('.').some((octet) => octet.length > 1 && octet.startsWith('0'))) return null;
      return { kind: 'ip4', qualifier, text: term };
    }
    case 'ip6': {
      const network = /^:([^/]+)(?:\/(.*))?$/u.exec(rest);
      if (!network || !isIPv6(network[1]!) || !cidrOk(network[2], CIDR6, 128)) return null;
      return { kind: 'ip6', qualifier, text: term };
    }
    default:
      return null;
  }
}

/** Parse one record (already known to start with "v=spf1"); a syntax error when any term is not SPF. */
export function parseSpf(record: string): ParsedSpf | SpfSyntaxError {
  const terms = record.split(/ +/u).slice(1).filter(Boolean);
  const mechanisms: SpfMechanism[] = [];
  const redirects: string[] = [];
  let explanations = 0;
  for (const term of terms) {
    const modifier = /^([a-z][a-z0-9\-_.]*)=(.*)$/iu.exec(term);
    if (modifier) {
      const name = modifier[1]!.toLowerCase();
      const value = modifier[2]!;
      if (name === 'redirect' || name === 'exp') {
        if (!isDomainSpec(value)) return { code: 'bad-term', term };
        if (name === 'redirect') redirects.push(value);
        else explanations += 1;
        // §6: "redirect" and "exp" MUST NOT appear in a record more than once each.
        if (redirects.length > 1 || explanations > 1) return { code: 'duplicate-modifier', term };
      } else if (!MACRO_STRING.test(value)) {
        return { code: 'bad-term', term };
      }
      // Unknown modifiers are ignored (§6).
      continue;
    }
    const mechanism = parseMechanism(term);
    if (!mechanism) return { code: 'bad-term', term };
    mechanisms.push(mechanism);
  }
  return { mechanisms, redirects };
}

export function isSyntaxError(parsed: ParsedSpf | SpfSyntaxError): parsed is SpfSyntaxError {
  return 'code' in parsed;
}
