import { createSocket } from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DnsResolver, parseDnsServers } from '../../electron/core/mfa/dns-resolver.ts';
import { checkDomainHygiene, DKIM_SELECTORS, skippedDomainCheck } from '../../electron/core/mfa/domain-hygiene.ts';
import { detectMailboxProvider, detectMailboxProviders, type ProviderForMx } from '../../electron/core/mfa/mailbox-provider.ts';
import {
  DKIM_KEY_PROBLEMS,
  DKIM_KEY_STATES,
  DMARC_FINDINGS,
  DKIM_FINDINGS,
  MTA_STS_POLICY_PROBLEMS,
  SPF_PROBLEM_CODES,
  DOMAIN_NOT_CHECKED_REASONS,
  MAILBOX_DETECTION_REASONS,
  MTA_STS_FINDINGS,
  SPF_FINDINGS,
} from '../../electron/core/model/schemas/mail-domain.ts';
import { messages } from '../support/messages.ts';
import { startFakeDns, type FakeDnsServer, type FakeZone } from '../support/fake-dns.ts';
import { dkimPublicKey } from '../support/dkim-key.ts';
import { policyText, startFakeMtaSts, type FakeMtaStsServer } from '../support/fake-mta-sts.ts';

// The resolver and the practice-domain checks against a real DNS server on loopback: each
// verdict, and every way a lookup can go wrong (NXDOMAIN, no answer, SERVFAIL, garbage).

const KEY = dkimPublicKey();
// Longer than one TXT character-string (255 octets): published as several strings, read as one.
const LONG_KEY = dkimPublicKey('rsa', 3072);

const ZONE: FakeZone = {
  // Everything as recommended.
  'good.fr': { TXT: ['google-site-verification=abc', 'v=spf1 include:spf.protection.outlook.com -all'], MX: [{ exchange: 'good-fr.mail.protection.outlook.com', priority: 0 }] },
  'spf.protection.outlook.com': { TXT: ['v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip6:2a01:111:f400::/48 -all'] },
  '_dmarc.good.fr': { TXT: ['v=DMARC1; p=reject; rua=mailto:dmarc@good.fr'] },
  'selector1._domainkey.good.fr': { TXT: [`v=DKIM1; k=rsa; p=${KEY}`] },
  '_mta-sts.good.fr': { TXT: ['v=STSv1; id=20240101T000000'] },
  'mta-sts.good.fr': { A: ['127.0.0.1'] },
  '_spf.google.com': { TXT: ['v=spf1 include:_netblocks.google.com ~all'] },
  '_netblocks.google.com': { TXT: ['v=spf1 ip4:35.190.247.0/24 ip4:64.233.160.0/19 ~all'] },
  // Acceptable: ~all written across two strings, quarantine, a DKIM key longer than 255 octets.
  'soft.fr': { TXT: [['v=spf1 include:_spf.google.com', ' ~all']] },
  '_dmarc.soft.fr': { TXT: ['v=DMARC1; p=quarantine; pct=100; rua=mailto:a@soft.fr,mailto:b@rapports.fr'] },
  'google._domainkey.soft.fr': { TXT: [`v=DKIM1; k=rsa; p=${LONG_KEY}`] },
  // Weak: ?all, p=none without reports.
  'neutral.fr': { TXT: ['v=spf1 mx ?all'] },
  '_dmarc.neutral.fr': { TXT: ['v=DMARC1; p=none'] },
  // Open to anyone.
  'open.fr': { TXT: ['v=spf1 a mx all'] },
  // Broken in the ways real zones are.
  'twice.fr': { TXT: ['v=spf1 include:_spf.google.com ~all', 'v=spf1 include:mx.ovh.com -all'] },
  '_dmarc.twice.fr': { TXT: ['v=DMARC1; p=reject', 'v=DMARC1; p=none'] },
  'garbage.fr': { TXT: ['v=spf1 include:_spf.google.com ~~all blah!'] },
  '_dmarc.garbage.fr': { TXT: ['v=DMARC1; p=banana'] },
  'noall.fr': { TXT: ['v=spf1 include:_spf.google.com'] },
  'nospf.fr': { TXT: ['v=spf10 -all', 'MS=ms12345'], MX: [{ exchange: 'mx1.nospf.fr', priority: 10 }] },
  'revoked.fr': { TXT: ['v=spf1 -all'] },
  'default._domainkey.revoked.fr': { TXT: ['v=DKIM1; p='] },
  '_mta-sts.revoked.fr': { TXT: ['v=STSv1;'] },
  // A redirect to the provider's policy.
  'redirect.fr': { TXT: ['v=spf1 redirect=_spf.hebergeur.fr'] },
  '_spf.hebergeur.fr': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  // A record too big for UDP: the resolver must retry over TCP.
  'big.fr': {
    TXT: [`v=spf1 ${Array.from({ length: 60 }, (_, i) => `ip4:198.51.100.${i}`).join(' ')} -all`],
  },
  // Nothing answers.
  'slow.fr': 'timeout',
  '_dmarc.slow.fr': 'timeout',
  '_mta-sts.slow.fr': 'timeout',
  ...Object.fromEntries(DKIM_SELECTORS.map((selector) => [`${selector}._domainkey.slow.fr`, 'timeout' as const])),
  // Some selectors do not answer, the rest say "no such name".
  'partial.fr': { TXT: ['v=spf1 -all'] },
  'default._domainkey.partial.fr': 'timeout',
  'selector1._domainkey.partial.fr': 'servfail',
  // Mailboxes.
  'multi-mx.fr': {
    MX: [
      { exchange: 'backup.mx.example.net.', priority: 20 },
      { exchange: 'ASPMX.L.GOOGLE.COM.', priority: 1 },
      { exchange: 'alt1.aspmx.l.google.com', priority: 5 },
    ],
  },
  'nullmx.fr': { MX: [{ exchange: '', priority: 0 }] },
  'orange.fr': { MX: [{ exchange: 'smtp-in.orange.fr', priority: 10 }] },
  // Server trouble.
  'broken.fr': 'servfail',
  'closed.fr': 'refused',
  'mangled.fr': 'malformed',
};

let dns: FakeDnsServer;
let resolver: DnsResolver;
let https: FakeMtaStsServer;

beforeAll(async () => {
  dns = await startFakeDns(ZONE);
  https = await startFakeMtaSts(['mta-sts.good.fr']);
  https.answers.set('mta-sts.good.fr', { body: policyText('enforce', ['*.mail.protection.outlook.com']) });
  // Short timeouts: the "never answers" names must not hold the suite up.
  resolver = new DnsResolver({ servers: [dns.address], timeoutMs: 400, tries: 1 });
});
afterAll(async () => {
  await dns.close();
  await https.close();
});

describe('DNS resolver', () => {
  it('returns MX and TXT records, TXT strings kept apart', async () => {
    expect(await resolver.mx('good.fr')).toEqual({ status: 'ok', records: [{ exchange: 'good-fr.mail.protection.outlook.com', priority: 0 }] });
    expect(await resolver.txt('soft.fr')).toEqual({ status: 'ok', records: [['v=spf1 include:_spf.google.com', ' ~all']] });
  });

  it('tells a missing name from a name without that record', async () => {
    expect((await resolver.txt('nowhere.fr')).status).toBe('nxdomain');
    expect((await resolver.mx('soft.fr')).status).toBe('no-data');
  });

  it('turns every server failure into a status instead of an exception', async () => {
    expect(await resolver.txt('slow.fr')).toMatchObject({ status: 'timeout' });
    expect(await resolver.txt('broken.fr')).toMatchObject({ status: 'servfail', code: 'ESERVFAIL' });
    expect(await resolver.txt('closed.fr')).toMatchObject({ status: 'refused', code: 'EREFUSED' });
    expect(await resolver.txt('mangled.fr')).toMatchObject({ status: 'bad-response' });
  });

  it('says "network" when no server is there', async () => {
    const socket = createSocket('udp4');
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    const port = socket.address().port;
    await new Promise<void>((resolve) => socket.close(() => resolve()));
    const nobody = new DnsResolver({ servers: [`127.0.0.1:${port}`], timeoutMs: 400, tries: 1 });
    expect((await nobody.txt('good.fr')).status).toMatch(/^(network|timeout)$/u);
  });

  it('reads answers too big for UDP over TCP', async () => {
    const answer = await resolver.txt('big.fr');
    expect(answer.status).toBe('ok');
    expect(dns.queries.filter((query) => query === 'txt big.fr').length).toBeGreaterThanOrEqual(2);
  });

  it('accepts HYGIE_DNS_SERVERS as IP addresses with optional ports, and nothing else', () => {
    expect(parseDnsServers('127.0.0.1:5353, 192.168.1.1 [::1]:53')).toEqual(['127.0.0.1:5353', '192.168.1.1', '[::1]:53']);
    expect(parseDnsServers('')).toEqual([]);
    expect(parseDnsServers(undefined)).toEqual([]);
    expect(() => parseDnsServers('dns.example.com')).toThrow(/HYGIE_DNS_SERVERS/u);
    expect(() => parseDnsServers('127.0.0.1:99999')).toThrow(/HYGIE_DNS_SERVERS/u);
  });
});

describe('practice domain hygiene', () => {
  const check = (domain: string) => checkDomainHygiene(resolver, domain, { mtaSts: { port: https.port, extraCa: [https.ca] } });

  it('rates a domain set up as recommended good on every check', async () => {
    const result = await check('good.fr');
    expect(result.spf).toMatchObject({ status: 'good', finding: 'hard-fail', all: '-all', records: ['v=spf1 include:spf.protection.outlook.com -all'] });
    expect(result.dmarc).toMatchObject({ status: 'good', finding: 'reject', policy: 'reject', percent: 100, reportTo: ['mailto:dmarc@good.fr'] });
    expect(result.dkim).toMatchObject({ status: 'good', finding: 'found', selectorsFound: ['selector1'], selectorsUnanswered: [] });
    expect(result.mtaSts).toMatchObject({ status: 'good', finding: 'enforce', mode: 'enforce', policyId: '20240101T000000' });
    expect(result.skipped).toBeNull();
  });

  it('joins split TXT strings and rates ~all and quarantine as acceptable', async () => {
    const result = await check('soft.fr');
    expect(result.spf).toMatchObject({ status: 'acceptable', finding: 'soft-fail', all: '~all', records: ['v=spf1 include:_spf.google.com ~all'] });
    expect(result.dmarc).toMatchObject({ status: 'acceptable', finding: 'quarantine', reportTo: ['mailto:a@soft.fr', 'mailto:b@rapports.fr'] });
    expect(result.dkim).toMatchObject({ status: 'good', selectorsFound: ['google'] });
    expect(result.dkim.records[0]).toContain(LONG_KEY);
    expect(result.mtaSts).toMatchObject({ status: 'info', finding: 'absent' });
  });

  it('flags ?all and p=none as weak, and notes that nobody receives DMARC reports', async () => {
    const result = await check('neutral.fr');
    expect(result.spf).toMatchObject({ status: 'bad', finding: 'neutral', all: '?all' });
    expect(result.dmarc).toMatchObject({ status: 'warning', finding: 'none', reportTo: [] });
  });

  it('flags a bare "all" as letting anyone send as the practice', async () => {
    expect((await check('open.fr')).spf).toMatchObject({ status: 'bad', finding: 'pass-all', all: 'all' });
  });

  it('refuses two SPF records and two DMARC records (receivers ignore both)', async () => {
    const result = await check('twice.fr');
    expect(result.spf).toMatchObject({ status: 'bad', finding: 'multiple' });
    expect(result.spf.records).toHaveLength(2);
    expect(result.dmarc).toMatchObject({ status: 'bad', finding: 'multiple' });
  });

  it('calls garbage garbage', async () => {
    const result = await check('garbage.fr');
    expect(result.spf).toMatchObject({ status: 'bad', finding: 'malformed' });
    expect(result.dmarc).toMatchObject({ status: 'bad', finding: 'malformed', policy: null });
  });

  it('says SPF is missing when no record starts with v=spf1 (v=spf10 is not one), and bad without an "all"', async () => {
    expect((await check('nospf.fr')).spf).toMatchObject({ status: 'bad', finding: 'missing', records: [] });
    expect((await check('noall.fr')).spf).toMatchObject({ status: 'bad', finding: 'no-all' });
  });

  it('follows an SPF redirect to the policy that applies', async () => {
    expect((await check('redirect.fr')).spf).toMatchObject({ status: 'good', finding: 'hard-fail', redirect: '_spf.hebergeur.fr', all: '-all' });
  });

  it('reads an SPF record too long for UDP', async () => {
    expect((await check('big.fr')).spf).toMatchObject({ status: 'good', finding: 'hard-fail' });
  });

  it('treats a domain that does not exist as bad, and an unfound DKIM as unconfirmed rather than absent', async () => {
    const result = await check('nowhere.fr');
    expect(result.spf).toMatchObject({ status: 'bad', finding: 'domain-not-found' });
    expect(result.dmarc).toMatchObject({ status: 'bad', finding: 'missing' });
    expect(result.dkim).toMatchObject({ status: 'warning', finding: 'not-confirmed', selectorsFound: [] });
    expect(result.dkim.selectorsTried).toEqual([...DKIM_SELECTORS]);
    expect(result.mtaSts).toMatchObject({ status: 'info', finding: 'absent' });
  });

  it('warns about a revoked DKIM key and a malformed MTA-STS record', async () => {
    const result = await check('revoked.fr');
    expect(result.dkim).toMatchObject({ status: 'warning', finding: 'revoked-only', selectorsFound: [] });
    expect(result.mtaSts).toMatchObject({ status: 'warning', finding: 'malformed' });
  });

  it('marks every check "not checked" with its reason when nothing answers, never good', async () => {
    const result = await check('slow.fr');
    for (const item of [result.spf, result.dmarc, result.dkim, result.mtaSts]) {
      expect(item).toMatchObject({ status: 'not-checked', finding: 'not-checked', reason: 'timeout' });
    }
  });

  it('names the DKIM selectors it could not rule in or out', async () => {
    const result = await check('partial.fr');
    expect(result.dkim).toMatchObject({ status: 'warning', finding: 'not-confirmed' });
    expect(result.dkim.selectorsUnanswered.sort()).toEqual(['default', 'selector1']);
  });

  it('reports SERVFAIL, REFUSED and an unparseable answer as not checked', async () => {
    expect((await check('broken.fr')).spf).toMatchObject({ status: 'not-checked', reason: 'servfail' });
    expect((await check('closed.fr')).spf).toMatchObject({ status: 'not-checked', reason: 'refused' });
    expect((await check('mangled.fr')).spf).toMatchObject({ status: 'not-checked', reason: 'bad-response' });
  });

  it('does not check a consumer domain and says why', () => {
    const result = skippedDomainCheck('gmail.com');
    expect(result.skipped).toBe('consumer-domain');
    expect([result.spf, result.dmarc, result.dkim, result.mtaSts].map((item) => item.status)).toEqual(Array(4).fill('not-checked'));
  });
});

describe('mailbox provider detection', () => {
  // A stand-in for the catalogue's MX patterns: the real catalogue is exercised in mfa-dns-core.test.ts.
  const catalogue: ProviderForMx = (hosts) => {
    for (const host of hosts) {
      if (host.endsWith('.google.com')) return 'google';
      if (host === 'gmail-smtp-in.l.google.com') return 'google';
    }
    return null;
  };

  it('sorts MX hosts by priority and names the provider of the best one', async () => {
    expect(await detectMailboxProvider(resolver, catalogue, 'Multi-MX.fr')).toEqual({
      domain: 'multi-mx.fr',
      provider: 'google',
      mxHosts: ['aspmx.l.google.com', 'alt1.aspmx.l.google.com', 'backup.mx.example.net'],
      status: 'detected',
      source: 'mx',
    });
  });

  it('says "unknown provider" when the catalogue does not recognise the hosts', async () => {
    expect(await detectMailboxProvider(resolver, () => null, 'multi-mx.fr')).toMatchObject({ status: 'unknown-provider', provider: null });
  });

  it('knows consumer domains without asking the DNS, and asks when the catalogue does not recognise them', async () => {
    dns.queries.length = 0;
    expect(await detectMailboxProvider(resolver, catalogue, 'gmail.com')).toEqual({
      domain: 'gmail.com',
      provider: 'google',
      mxHosts: [],
      status: 'detected',
      source: 'known-domain',
    });
    expect(dns.queries).toEqual([]);
    expect(await detectMailboxProvider(resolver, catalogue, 'orange.fr')).toMatchObject({ status: 'unknown-provider', source: 'mx', mxHosts: ['smtp-in.orange.fr'] });
    expect(dns.queries).toEqual(['mx orange.fr']);
  });

  it('tells a domain without mail from one the DNS did not answer for', async () => {
    expect(await detectMailboxProvider(resolver, catalogue, 'nowhere.fr')).toMatchObject({ status: 'no-mx', reason: 'nxdomain' });
    expect(await detectMailboxProvider(resolver, catalogue, 'soft.fr')).toMatchObject({ status: 'no-mx', reason: 'no-data' });
    expect(await detectMailboxProvider(resolver, catalogue, 'nullmx.fr')).toMatchObject({ status: 'no-mx', reason: 'null-mx' });
    expect(await detectMailboxProvider(resolver, catalogue, 'slow.fr')).toMatchObject({ status: 'not-checked', reason: 'timeout', provider: null });
    expect(await detectMailboxProvider(resolver, catalogue, 'broken.fr')).toMatchObject({ status: 'not-checked', reason: 'servfail' });
  });

  it('looks each domain up once, however it is written', async () => {
    dns.queries.length = 0;
    const results = await detectMailboxProviders(resolver, catalogue, ['multi-mx.fr', 'MULTI-MX.FR', 'good.fr', 'slow.fr']);
    expect(results.map((result) => [result.domain, result.status])).toEqual([
      ['multi-mx.fr', 'detected'],
      ['good.fr', 'unknown-provider'],
      ['slow.fr', 'not-checked'],
    ]);
    expect(dns.queries.sort()).toEqual(['mx good.fr', 'mx multi-mx.fr', 'mx slow.fr']);
  });
});

describe('the words for every result', () => {
  it('has a verdict for every finding and a fix for every one that is not good, in French and English', () => {
    const good = new Set(['hard-fail', 'reject', 'found', 'enforce']);
    const checks = { spf: SPF_FINDINGS, dmarc: DMARC_FINDINGS, dkim: DKIM_FINDINGS, mtaSts: MTA_STS_FINDINGS };
    for (const lang of ['fr', 'en'] as const) {
      const domain = messages[lang].domain;
      for (const [check, findings] of Object.entries(checks)) {
        for (const finding of findings.filter((finding) => finding !== 'not-checked')) {
          expect(domain.findings[check][finding]?.verdict, `${lang} ${check} ${finding}`).toBeTruthy();
          if (!good.has(finding)) expect(domain.findings[check][finding]?.fix, `${lang} ${check} ${finding} fix`).toBeTruthy();
        }
      }
      for (const reason of DOMAIN_NOT_CHECKED_REASONS) expect(domain.reasons[reason], `${lang} ${reason}`).toBeTruthy();
      // The folded technical details: every code a check can carry has its sentence.
      for (const code of SPF_PROBLEM_CODES) expect(domain.technical.spfProblem[code], `${lang} spf ${code}`).toBeTruthy();
      for (const state of DKIM_KEY_STATES) expect(domain.technical.dkimStates[state], `${lang} dkim ${state}`).toBeTruthy();
      for (const problem of DKIM_KEY_PROBLEMS) expect(domain.technical.dkimProblems[problem], `${lang} dkim ${problem}`).toBeTruthy();
      for (const problem of MTA_STS_POLICY_PROBLEMS) expect(domain.technical.mtaStsProblem[problem], `${lang} mta-sts ${problem}`).toBeTruthy();
      for (const reason of MAILBOX_DETECTION_REASONS) expect(domain.providers.reasons[reason], `${lang} ${reason}`).toBeTruthy();
    }
  });
});
