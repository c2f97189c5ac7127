import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DnsResolver } from '../../electron/core/mfa/dns-resolver.ts';
import { checkDomainHygiene, type DomainHygieneOptions } from '../../electron/core/mfa/domain-hygiene.ts';
import { dkimKeyVerdict } from '../../electron/core/mfa/dkim-check.ts';
import { organizationalDomain } from '../../electron/core/mfa/organizational-domain.ts';
import { parseMtaStsPolicy } from '../../electron/core/mfa/mta-sts-policy.ts';
import { dkimPublicKey } from '../support/dkim-key.ts';
import { startFakeDns, type FakeDnsServer, type FakeZone } from '../support/fake-dns.ts';
import { newCertificateAuthority, policyText, startFakeMtaSts, type FakeMtaStsServer } from '../support/fake-mta-sts.ts';

// The domain checks held to the RFCs, case by case, against a real DNS server and a real HTTPS
// server on loopback (issue 13, "Domain checks and directory imports"). The rule is the app's
// own: what was not fully evaluated is never "good". Each test names the section it follows.

const KEY = dkimPublicKey();
const ED25519_KEY = dkimPublicKey('ed25519');

const includes = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `include:${prefix}${index + 1}.test`).join(' ');
const leaves = (prefix: string, count: number): FakeZone =>
  Object.fromEntries(Array.from({ length: count }, (_, index) => [`${prefix}${index + 1}.test`, { TXT: [`v=spf1 ip4:192.0.2.${index + 1} -all`] }]));

const ZONE: FakeZone = {
  // ── SPF ──
  'p.test': { TXT: ['v=spf1 +all'] },
  'strict.test': { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
  'incl-pass.test': { TXT: ['v=spf1 include:p.test -all'] },
  'incl-neutral-q.test': { TXT: ['v=spf1 ?include:p.test -all'] },
  'incl-strict.test': { TXT: ['v=spf1 include:strict.test -all'] },
  'ten.test': { TXT: [`v=spf1 ${includes('t', 10)} -all`] },
  ...leaves('t', 10),
  'eleven.test': { TXT: [`v=spf1 ${includes('e', 11)} -all`] },
  ...leaves('e', 11),
  'nested.test': { TXT: [`v=spf1 include:n-inner.test ${includes('n', 5)} -all`] },
  'n-inner.test': { TXT: [`v=spf1 ${includes('m', 6)} -all`] },
  ...leaves('n', 5),
  ...leaves('m', 6),
  'incl-nx.test': { TXT: ['v=spf1 include:nowhere.test -all'] },
  'incl-nospf.test': { TXT: ['v=spf1 include:nospf-target.test -all'] },
  'nospf-target.test': { TXT: ['google-site-verification=xyz'] },
  'incl-broken.test': { TXT: ['v=spf1 include:garbled.test -all'] },
  'garbled.test': { TXT: ['v=spf1 ip4:10.0.0.1 bogus:thing -all'] },
  'r1.test': { TXT: ['v=spf1 redirect=r2.test'] },
  'r2.test': { TXT: ['v=spf1 redirect=r3.test'] },
  'r3.test': { TXT: ['v=spf1 ip4:203.0.113.0/24 -all'] },
  'loop-a.test': { TXT: ['v=spf1 redirect=loop-b.test'] },
  'loop-b.test': { TXT: ['v=spf1 redirect=loop-a.test'] },
  'iloop.test': { TXT: ['v=spf1 include:iloop.test -all'] },
  'twice-redirect.test': { TXT: ['v=spf1 redirect=r3.test redirect=p.test'] },
  'redirect-nx.test': { TXT: ['v=spf1 redirect=nowhere.test'] },
  'voids.test': { TXT: ['v=spf1 a:none1.test mx:none2.test a:none3.test -all'] },
  'two-voids.test': { TXT: ['v=spf1 a:none1.test mx:none2.test -all'] },
  'spaced.test': { TXT: [' v=spf1 ip4:192.0.2.1 -all'] },
  'badip.test': { TXT: ['v=spf1 ip4:300.1.1.1/40 -all'] },
  'badcidr.test': { TXT: ['v=spf1 ip4:192.0.2.0/33 -all'] },
  'upper.test': { TXT: ['V=SPF1 IP4:192.0.2.1 MX -ALL'], MX: [{ exchange: 'mx.upper.test', priority: 10 }] },
  'exists.test': { TXT: ['v=spf1 exists:always.test -all'] },
  'always.test': { A: ['127.0.0.2'] },
  'exists-macro.test': { TXT: ['v=spf1 exists:%{i}._allow.exists-macro.test -all'] },
  'incl-macro.test': { TXT: ['v=spf1 include:%{i}._spf.incl-macro.test -all'] },
  'incl-d-macro.test': { TXT: ['v=spf1 include:_spf.%{d} -all'] },
  '_spf.incl-d-macro.test': { TXT: ['v=spf1 ip4:192.0.2.9 -all'] },
  'incl-servfail.test': { TXT: ['v=spf1 include:broken-dns.test -all'] },
  'broken-dns.test': 'servfail',
  'slowchain.test': { TXT: ['v=spf1 include:s1.test -all'] },
  's1.test': { TXT: ['v=spf1 include:s2.test -all'], delayMs: 250 },
  's2.test': { TXT: ['v=spf1 include:s3.test -all'], delayMs: 250 },
  's3.test': { TXT: ['v=spf1 -all'], delayMs: 250 },
  // ── DMARC ──
  'cabinet-dupont.fr': { TXT: ['v=spf1 -all'] },
  '_dmarc.cabinet-dupont.fr': { TXT: ['v=DMARC1; p=none; sp=reject; rua=mailto:dmarc@cabinet-dupont.fr'] },
  'mail.cabinet-dupont.fr': { TXT: ['v=spf1 -all'] },
  '_dmarc.maison-medicale.fr': { TXT: ['v=DMARC1; p=quarantine'] },
  '_dmarc.own.maison-medicale.fr': { TXT: ['v=DMARC1; p=none'] },
  '_dmarc.pct0.test': { TXT: ['v=DMARC1; p=quarantine; pct=0'] },
  '_dmarc.pct0-reject.test': { TXT: ['v=DMARC1; p=reject; pct=0'] },
  '_dmarc.lowercase.test': { TXT: ['v=dmarc1; p=reject'] },
  '_dmarc.notfirst.test': { TXT: ['p=reject; v=DMARC1'] },
  // ── DKIM ──
  'selector1._domainkey.notakey.test': { TXT: ['v=DKIM1; k=rsa; p=bm90IGEga2V5IGF0IGFsbA=='] },
  'selector1._domainkey.vnotfirst.test': { TXT: [`k=rsa; v=DKIM1; p=${KEY}`] },
  'selector1._domainkey.testmode.test': { TXT: [`v=DKIM1; k=rsa; t=y; p=${KEY}`] },
  'google._domainkey.ed.test': { TXT: [`v=DKIM1; k=ed25519; p=${ED25519_KEY}`] },
  'selector1._domainkey.mixed.test': { TXT: [`v=DKIM1; t=y; p=${KEY}`] },
  'selector2._domainkey.mixed.test': { TXT: [`v=DKIM1; t=s; p=${KEY}`] },
  // ── MTA-STS ──
  ...Object.fromEntries(
    ['enforce', 'testing', 'none', 'redirect', 'html', 'large', 'syntax', 'missing-file', 'slow', 'wrong-name', 'other-ca', 'refused'].flatMap((name) => [
      [`_mta-sts.${name}.test`, { TXT: ['v=STSv1; id=20261201T000000'] }],
      [`mta-sts.${name}.test`, { A: ['127.0.0.1'] }],
    ]),
  ),
  '_mta-sts.no-host.test': { TXT: ['v=STSv1; id=1'] },
  '_mta-sts.txt-lower.test': { TXT: ['v=stsv1; id=1'] },
};

let dns: FakeDnsServer;
let https: FakeMtaStsServer;
let otherCa: FakeMtaStsServer;
let closedPort: number;
let resolver: DnsResolver;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  dns = await startFakeDns(ZONE);
  resolver = new DnsResolver({ servers: [dns.address], timeoutMs: 400, tries: 1 });
  const hosts = ['enforce', 'testing', 'none', 'redirect', 'html', 'large', 'syntax', 'missing-file', 'slow'].map((name) => `mta-sts.${name}.test`);
  https = await startFakeMtaSts(hosts);
  https.answers.set('mta-sts.enforce.test', { body: policyText('enforce') });
  https.answers.set('mta-sts.testing.test', { body: policyText('testing') });
  https.answers.set('mta-sts.none.test', { body: policyText('none', []) });
  https.answers.set('mta-sts.redirect.test', { status: 301, headers: { location: 'https://mta-sts.enforce.test/.well-known/mta-sts.txt' } });
  https.answers.set('mta-sts.html.test', { contentType: 'text/html', body: `<html>${policyText('enforce')}</html>` });
  https.answers.set('mta-sts.large.test', { body: policyText('enforce') + `# ${'x'.repeat(70 * 1024)}\r\n` });
  https.answers.set('mta-sts.syntax.test', { body: 'mode: enforce\r\nmx: mx1.syntax.test\r\nmax_age: 86400\r\n' });
  https.answers.set('mta-sts.slow.test', { body: policyText('enforce'), delayMs: 2000 });
  // A server whose certificate the app's trust does not cover (another CA), and one for another name.
  otherCa = await startFakeMtaSts(['mta-sts.other-ca.test', 'mta-sts.elsewhere.test'], { ca: await newCertificateAuthority('Someone else') });
  otherCa.answers.set('mta-sts.other-ca.test', { body: policyText('enforce') });
  closedPort = await freePort();
});
afterAll(async () => {
  await dns.close();
  await https.close();
  await otherCa.close();
});

function check(domain: string, options: DomainHygieneOptions = {}) {
  return checkDomainHygiene(resolver, domain, { mtaSts: { port: https.port, extraCa: [https.ca] }, dkimSelectors: ['selector1', 'selector2', 'google'], ...options });
}

describe('SPF evaluated as RFC 7208 does, for a sender the practice never listed', () => {
  it('§5.2: an include whose record passes everyone (+all) makes the whole record permissive', async () => {
    const { spf } = await check('incl-pass.test');
    expect(spf).toMatchObject({ status: 'bad', finding: 'pass-all', all: 'include:p.test → +all', followed: ['p.test'], lookups: 1 });
    // ?include: a match gives its qualifier, "neutral": still not a refusal.
    expect((await check('incl-neutral-q.test')).spf).toMatchObject({ status: 'bad', finding: 'neutral' });
    // An include that does not pass everyone does not match; the -all after it decides.
    expect((await check('incl-strict.test')).spf).toMatchObject({ status: 'good', finding: 'hard-fail', all: '-all' });
  });

  it('§4.6.4: ten DNS-querying terms are allowed, the eleventh is a permanent error, nested includes counted', async () => {
    expect((await check('ten.test')).spf).toMatchObject({ status: 'good', finding: 'hard-fail', lookups: 10 });
    expect((await check('eleven.test')).spf).toMatchObject({
      status: 'bad',
      finding: 'too-many-lookups',
      lookups: 11,
      problem: { code: 'too-many-lookups', term: 'include:e11.test', domain: 'eleven.test' },
    });
    // 1 + 6 inside n-inner + 5 = 12: the limit counts the whole evaluation, not one record.
    expect((await check('nested.test')).spf).toMatchObject({ status: 'bad', finding: 'too-many-lookups', problem: { term: 'include:n4.test' } });
  });

  it('§5.2: an include of a name that does not exist, or has no SPF record, or a broken one, is a permanent error', async () => {
    expect((await check('incl-nx.test')).spf).toMatchObject({
      status: 'bad',
      finding: 'include-broken',
      problem: { code: 'target-not-found', term: 'include:nowhere.test', domain: 'incl-nx.test' },
      voidLookups: 1,
    });
    expect((await check('incl-nospf.test')).spf).toMatchObject({ status: 'bad', finding: 'include-broken', problem: { code: 'target-not-found' } });
    expect((await check('incl-broken.test')).spf).toMatchObject({
      status: 'bad',
      finding: 'include-broken',
      problem: { code: 'bad-term', term: 'bogus:thing', domain: 'garbled.test' },
    });
  });

  it('§6.1: follows a two-hop redirect= to the -all that applies (no false "no all")', async () => {
    expect((await check('r1.test')).spf).toMatchObject({ status: 'good', finding: 'hard-fail', all: '-all', redirect: 'r2.test', followed: ['r2.test', 'r3.test'], lookups: 2 });
    // A redirect to a name without an SPF record is a permanent error (§6.1).
    expect((await check('redirect-nx.test')).spf).toMatchObject({ status: 'bad', finding: 'include-broken', problem: { code: 'target-not-found', term: 'redirect=nowhere.test' } });
  });

  it('§4.6.4, §6: a redirect or include loop, and a second redirect=, are permanent errors with their own label', async () => {
    expect((await check('loop-a.test')).spf).toMatchObject({ status: 'bad', finding: 'loop', problem: { code: 'loop', term: 'redirect=loop-a.test', domain: 'loop-b.test' } });
    expect((await check('iloop.test')).spf).toMatchObject({ status: 'bad', finding: 'loop', problem: { term: 'include:iloop.test' } });
    expect((await check('twice-redirect.test')).spf).toMatchObject({
      status: 'bad',
      finding: 'malformed',
      problem: { code: 'duplicate-modifier', term: 'redirect=p.test' },
    });
  });

  it('§4.6.4: more than two void lookups (no such name, or no record) is a permanent error; two are allowed', async () => {
    expect((await check('voids.test')).spf).toMatchObject({ status: 'bad', finding: 'too-many-void-lookups', voidLookups: 3, problem: { term: 'a:none3.test' } });
    expect((await check('two-voids.test')).spf).toMatchObject({ status: 'good', finding: 'hard-fail', voidLookups: 2 });
  });

  it('§4.5, §12: a leading space before v=spf1, ip4:300.1.1.1/40 and a /33 are not valid records', async () => {
    expect((await check('spaced.test')).spf).toMatchObject({ status: 'bad', finding: 'malformed', problem: { code: 'leading-space' }, records: [' v=spf1 ip4:192.0.2.1 -all'] });
    expect((await check('badip.test')).spf).toMatchObject({ status: 'bad', finding: 'malformed', problem: { code: 'bad-term', term: 'ip4:300.1.1.1/40' } });
    expect((await check('badcidr.test')).spf).toMatchObject({ status: 'bad', finding: 'malformed', problem: { term: 'ip4:192.0.2.0/33' } });
    // Mechanism and version names are case-insensitive (§4.6.1, ABNF strings).
    expect((await check('upper.test')).spf).toMatchObject({ status: 'good', finding: 'hard-fail' });
  });

  it('§5.7, §7: exists: on a name that resolves matches every sender; one that depends on the sender matches nobody unlisted', async () => {
    expect((await check('exists.test')).spf).toMatchObject({ status: 'bad', finding: 'pass-all', all: 'exists:always.test' });
    expect((await check('exists-macro.test')).spf).toMatchObject({ status: 'good', finding: 'hard-fail', lookups: 1 });
    // %{d} is the domain itself: expanded and followed.
    expect((await check('incl-d-macro.test')).spf).toMatchObject({ status: 'good', followed: ['_spf.incl-d-macro.test'] });
    // An include that depends on the sender's address cannot be evaluated for "any sender": not good.
    expect((await check('incl-macro.test')).spf).toMatchObject({ status: 'warning', finding: 'unevaluated', problem: { code: 'sender-macro' } });
  });

  it('§4.4, §5.2: a DNS failure inside an include is a temporary error: not checked, never good', async () => {
    expect((await check('incl-servfail.test')).spf).toMatchObject({ status: 'not-checked', finding: 'not-checked', reason: 'servfail' });
  });

  it('within the check\u2019s time bound: a chain that cannot be followed in time is "not checked (timeout)", never good', async () => {
    // Each lookup answers (250 ms, under the 400 ms per-lookup bound), but three in a row outlast 600 ms.
    const { spf } = await check('slowchain.test', { budgetMs: 600 });
    expect(spf).toMatchObject({ status: 'not-checked', reason: 'timeout' });
    // With the time to finish, the same chain is good.
    expect((await check('slowchain.test', { budgetMs: 3000 })).spf).toMatchObject({ status: 'good', finding: 'hard-fail', followed: ['s1.test', 's2.test', 's3.test'] });
  });
});

describe('DMARC at the organisational domain (RFC 7489)', () => {
  it('§3.2: the organisational domain comes from the Public Suffix List (tldts)', () => {
    expect(organizationalDomain('mail.cabinet-dupont.fr')).toBe('cabinet-dupont.fr');
    expect(organizationalDomain('a.b.cabinet.co.uk')).toBe('cabinet.co.uk');
    expect(organizationalDomain('cabinet-dupont.fr')).toBe('cabinet-dupont.fr');
    expect(organizationalDomain('fr')).toBeNull();
  });

  it('§6.6.3, §6.3: a subdomain without a record inherits its organisation\u2019s, sp= first, else p=', async () => {
    expect((await check('mail.cabinet-dupont.fr')).dmarc).toMatchObject({
      status: 'good',
      finding: 'reject',
      policy: 'reject',
      subdomainPolicy: 'reject',
      inheritedFrom: 'cabinet-dupont.fr',
      reportTo: ['mailto:dmarc@cabinet-dupont.fr'],
    });
    expect((await check('cabinet.maison-medicale.fr')).dmarc).toMatchObject({ status: 'acceptable', finding: 'quarantine', inheritedFrom: 'maison-medicale.fr' });
    // A subdomain with its own record: that one applies, not the organisation's.
    expect((await check('own.maison-medicale.fr')).dmarc).toMatchObject({ finding: 'none', inheritedFrom: null });
    // The organisational domain itself uses p= (sp= is for its subdomains).
    expect((await check('cabinet-dupont.fr')).dmarc).toMatchObject({ finding: 'none', status: 'warning', inheritedFrom: null });
  });

  it('§6.6.4: p=quarantine with pct=0 is in effect none; p=reject with pct=0 in effect quarantine', async () => {
    expect((await check('pct0.test')).dmarc).toMatchObject({ status: 'warning', finding: 'pct-zero', policy: 'quarantine', effectivePolicy: 'none', percent: 0 });
    expect((await check('pct0-reject.test')).dmarc).toMatchObject({ status: 'acceptable', finding: 'pct-zero', policy: 'reject', effectivePolicy: 'quarantine' });
  });

  it('§6.3: "v=DMARC1" is case-sensitive and must be the first tag, else the record is ignored', async () => {
    expect((await check('lowercase.test')).dmarc).toMatchObject({ status: 'bad', finding: 'missing' });
    expect((await check('notfirst.test')).dmarc).toMatchObject({ status: 'bad', finding: 'missing' });
  });
});

describe('DKIM key records (RFC 6376 §3.6.1)', () => {
  it('a p= that is not a public key is not good', async () => {
    expect((await check('notakey.test')).dkim).toMatchObject({ status: 'bad', finding: 'invalid', selectorsFound: [], keys: [{ selector: 'selector1', state: 'invalid', problem: 'not-a-key' }] });
  });

  it('v= must be the first tag, and exactly "DKIM1"', async () => {
    expect((await check('vnotfirst.test')).dkim).toMatchObject({ status: 'bad', finding: 'invalid', keys: [{ problem: 'version-not-first' }] });
    expect(dkimKeyVerdict(`v=DKIM1.0; p=${KEY}`)).toEqual({ state: 'invalid', problem: 'bad-version' });
    expect(dkimKeyVerdict(`v=dkim1; p=${KEY}`)).toEqual({ state: 'invalid', problem: 'bad-version' });
    expect(dkimKeyVerdict(`p=${KEY}`)).toEqual({ state: 'valid', problem: null });
  });

  it('t=y (test mode: "Verifiers MUST NOT treat messages from Signers in testing mode differently from unsigned email") is not good', async () => {
    expect((await check('testmode.test')).dkim).toMatchObject({ status: 'warning', finding: 'testing', selectorsFound: [], keys: [{ state: 'testing' }] });
    // One key in test mode and one in use (t=s is another flag): the usable one counts.
    expect((await check('mixed.test')).dkim).toMatchObject({ status: 'good', finding: 'found', selectorsFound: ['selector2'] });
  });

  it('RFC 8463: an Ed25519 key (32 bytes) is a key', async () => {
    expect((await check('ed.test')).dkim).toMatchObject({ status: 'good', finding: 'found', selectorsFound: ['google'] });
    expect(dkimKeyVerdict('v=DKIM1; k=ed25519; p=AAAA')).toEqual({ state: 'invalid', problem: 'not-a-key' });
    expect(dkimKeyVerdict(`v=DKIM1; k=dsa; p=${KEY}`)).toEqual({ state: 'invalid', problem: 'unknown-key-type' });
  });
});

describe('MTA-STS: the policy file decides (RFC 8461), fetched over HTTPS from a loopback server', () => {
  it('§3.2: mode enforce is good, testing a warning, none as if not set up', async () => {
    expect((await check('enforce.test')).mtaSts).toMatchObject({ status: 'good', finding: 'enforce', mode: 'enforce', policyId: '20261201T000000' });
    expect((await check('testing.test')).mtaSts).toMatchObject({ status: 'warning', finding: 'testing', mode: 'testing' });
    expect((await check('none.test')).mtaSts).toMatchObject({ status: 'info', finding: 'mode-none', mode: 'none' });
    // The request went to https://mta-sts.<domain>/.well-known/mta-sts.txt, by name.
    expect(https.requests).toContainEqual(expect.objectContaining({ host: 'mta-sts.enforce.test', path: '/.well-known/mta-sts.txt' }));
  });

  it('§3.3: the TXT record alone is not good: no policy host, no file, or nothing listening is "policy missing"', async () => {
    expect((await check('no-host.test')).mtaSts).toMatchObject({ status: 'bad', finding: 'policy-missing', policyProblem: { code: 'not-found', detail: 'ENOTFOUND' } });
    expect((await check('missing-file.test')).mtaSts).toMatchObject({ status: 'bad', finding: 'policy-missing', policyProblem: { code: 'not-found', detail: '404' } });
    expect((await check('refused.test', { mtaSts: { port: closedPort, extraCa: [https.ca] } })).mtaSts).toMatchObject({
      status: 'bad',
      finding: 'policy-missing',
      policyProblem: { detail: 'ECONNREFUSED' },
    });
  });

  it('§3.3: "HTTP 3xx redirects MUST NOT be followed"; §3.2: the media type must be text/plain; the size is bounded', async () => {
    https.requests.length = 0;
    expect((await check('redirect.test')).mtaSts).toMatchObject({ status: 'bad', finding: 'policy-invalid', policyProblem: { code: 'redirect', detail: '301' } });
    expect(https.requests.map((request) => request.host)).toEqual(['mta-sts.redirect.test']);
    expect((await check('html.test')).mtaSts).toMatchObject({ status: 'bad', finding: 'policy-invalid', policyProblem: { code: 'content-type', detail: 'text/html' } });
    expect((await check('large.test')).mtaSts).toMatchObject({ status: 'bad', finding: 'policy-invalid', policyProblem: { code: 'too-large' } });
    expect((await check('syntax.test')).mtaSts).toMatchObject({ status: 'bad', finding: 'policy-invalid', policyProblem: { code: 'syntax' } });
  });

  it('§3.3: a certificate from a CA the system does not trust, or for another name, is refused (TLS checks stay on)', async () => {
    const otherCaCheck = await check('other-ca.test', { mtaSts: { port: otherCa.port, extraCa: [https.ca] } });
    expect(otherCaCheck.mtaSts).toMatchObject({ status: 'bad', finding: 'policy-invalid', policyProblem: { code: 'tls' } });
    // Trusting that CA is the one thing that makes it acceptable: nothing else is relaxed.
    expect((await check('other-ca.test', { mtaSts: { port: otherCa.port, extraCa: [otherCa.ca] } })).mtaSts).toMatchObject({ status: 'good' });
    // The right CA, the wrong name: the certificate is for other hosts.
    const wrongName = await check('wrong-name.test', { mtaSts: { port: otherCa.port, extraCa: [otherCa.ca] } });
    expect(wrongName.mtaSts).toMatchObject({ status: 'bad', finding: 'policy-invalid', policyProblem: { code: 'tls' } });
  });

  it('a policy host too slow for the check\u2019s time bound is "not checked (timeout)", never good', async () => {
    expect((await check('slow.test', { budgetMs: 800 })).mtaSts).toMatchObject({ status: 'not-checked', reason: 'timeout' });
  });

  it('§3.1: a TXT record not starting with "v=STSv1" (case as written) announces nothing', async () => {
    expect((await check('txt-lower.test')).mtaSts).toMatchObject({ status: 'info', finding: 'absent' });
  });

  it('§3.2: reads the policy fields, first of each but mx, CRLF or LF', () => {
    expect(parseMtaStsPolicy('version: STSv1\nmode: enforce\nmx: a.test\nmx: *.b.test\nmax_age: 86400\nmode: none\n')).toEqual({ mode: 'enforce', maxAge: 86400, mx: ['a.test', '*.b.test'] });
    expect(parseMtaStsPolicy('version: STSv1\r\nmode: enforce\r\nmax_age: 86400\r\n')).toBeNull();
    expect(parseMtaStsPolicy('version: STSv2\r\nmode: none\r\nmax_age: 86400\r\n')).toBeNull();
  });
});
