import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../electron/core/model/schemas/audit.ts';
import type { DomainCheck, MailboxDetection } from '../../electron/core/model/schemas/mail-domain.ts';
import { providerForMx } from '../../electron/core/mfa/catalogue.ts';
import { DKIM_SELECTORS } from '../../electron/core/mfa/domain-hygiene.ts';
import { closeAllCores, openCore, PRACTICE } from '../support/core.ts';
import { dkimPublicKey } from '../support/dkim-key.ts';
import { startFakeDns, type FakeDnsServer, type FakeZone } from '../support/fake-dns.ts';

// The contract calls behind the MFA page's DNS panel, through the router, the encrypted store and
// the real keychain, with HYGIE_DNS_SERVERS pointing the app's resolver at a loopback server.

const ZONE: FakeZone = {
  'cabinet-dupont.fr': {
    MX: [
      { exchange: 'cabinet-dupont-fr.mail.protection.outlook.com', priority: 0 },
    ],
    TXT: ['v=spf1 include:spf.protection.outlook.com -all'],
  },
  'spf.protection.outlook.com': { TXT: ['v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 -all'] },
  '_dmarc.cabinet-dupont.fr': { TXT: ['v=DMARC1; p=quarantine; rua=mailto:dmarc@cabinet-dupont.fr'] },
  'selector1._domainkey.cabinet-dupont.fr': { TXT: [`v=DKIM1; k=rsa; p=${dkimPublicKey()}`] },
  'maison-medicale.fr': { MX: [{ exchange: 'mx1.hebergeur-inconnu.fr', priority: 10 }] },
  'ancien-domaine.fr': 'nxdomain',
  'lent.fr': 'timeout',
  '_dmarc.lent.fr': 'timeout',
  '_mta-sts.lent.fr': 'timeout',
  ...Object.fromEntries(DKIM_SELECTORS.map((selector) => [`${selector}._domainkey.lent.fr`, 'timeout' as const])),
};

let dns: FakeDnsServer;
const previous = process.env.HYGIE_DNS_SERVERS;

beforeAll(async () => {
  dns = await startFakeDns(structuredClone(ZONE));
  // What the e2e tests and a developer do: the app's handlers read it when they are created.
  process.env.HYGIE_DNS_SERVERS = dns.address;
});
afterEach(async () => {
  await closeAllCores();
  dns.zone = structuredClone(ZONE);
  dns.queries.length = 0;
});
afterAll(async () => {
  if (previous === undefined) delete process.env.HYGIE_DNS_SERVERS;
  else process.env.HYGIE_DNS_SERVERS = previous;
  await dns.close();
});

const person = (lastName: string, emails: string[]) => ({
  firstName: 'Test',
  lastName,
  role: 'secretary',
  roleLabel: null,
  emails,
  services: [],
});

async function coreWithPractice(emailDomain: string | null = PRACTICE.emailDomain) {
  const core = openCore();
  await core.call('practice.save', { ...PRACTICE, emailDomain });
  return core;
}

describe("the practice's e-mail domain, through the contract", () => {
  it('checks the domain, stores the result for the report and writes the audit log', async () => {
    const core = await coreWithPractice();
    expect(await core.call('mfa.domainResult')).toBeNull();

    const result = await core.call<DomainCheck>('mfa.checkDomain');
    expect(result).toMatchObject({
      domain: 'cabinet-dupont.fr',
      skipped: null,
      spf: { status: 'good', finding: 'hard-fail' },
      dmarc: { status: 'acceptable', finding: 'quarantine', reportTo: ['mailto:dmarc@cabinet-dupont.fr'] },
      dkim: { status: 'good', selectorsFound: ['selector1'] },
      mtaSts: { status: 'info', finding: 'absent' },
    });
    expect(await core.call('mfa.domainResult')).toEqual(result);

    const audit = await core.call<AuditEntry[]>('audit.list', { limit: 1 });
    expect(audit[0]).toMatchObject({
      action: 'mfa.domain.check',
      subject: 'cabinet-dupont.fr',
      details: { spf: 'good', dmarc: 'acceptable', dkim: 'good', mtaSts: 'info' },
    });
  });

  it('stores "not checked" when the DNS does not answer, and nothing of it reads as good', async () => {
    const core = await coreWithPractice('lent.fr');
    const result = await core.call<DomainCheck>('mfa.checkDomain');
    const items = [result.spf, result.dmarc, result.dkim, result.mtaSts];
    expect(items.map((item) => [item.status, item.reason])).toEqual(Array(4).fill(['not-checked', 'timeout']));
    expect(await core.call('mfa.domainResult')).toEqual(result);
  });

  it('refuses to check without a domain, with a message in both languages', async () => {
    const core = await coreWithPractice(null);
    const envelope = await core.router.call('mfa.checkDomain', undefined);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'practice-no-email-domain' } });
    if (!envelope.ok) {
      expect(envelope.error.message.fr).toMatch(/domaine/u);
      expect(envelope.error.message.en).toMatch(/domain/u);
    }
    const bare = openCore();
    await expect(bare.call('mfa.checkDomain')).rejects.toMatchObject({ code: 'practice-not-configured' });
  });

  it('does not look up a consumer domain: it is the provider\'s to configure', async () => {
    const core = await coreWithPractice('gmail.com');
    const result = await core.call<DomainCheck>('mfa.checkDomain');
    expect(result.skipped).toBe('consumer-domain');
    expect(result.spf).toMatchObject({ status: 'not-checked', reason: 'consumer-domain' });
    expect(dns.queries).toEqual([]);
  });

  it("shows no result for a domain the practice no longer uses", async () => {
    const core = await coreWithPractice();
    await core.call('mfa.checkDomain');
    await core.call('practice.save', { ...PRACTICE, emailDomain: 'maison-medicale.fr' });
    expect(await core.call('mfa.domainResult')).toBeNull();
  });
});

describe('mailbox providers of the staff, through the contract', () => {
  const microsoft = providerForMx(['cabinet-dupont-fr.mail.protection.outlook.com'])?.id;
  const google = providerForMx(['gmail-smtp-in.l.google.com'])?.id;

  it('lists every roster domain as not checked until detected, then detects each once', async () => {
    const core = await coreWithPractice();
    await core.call('staff.create', person('Un', ['un@cabinet-dupont.fr', 'un.perso@gmail.com']));
    await core.call('staff.create', person('Deux', ['deux@cabinet-dupont.fr']));
    await core.call('staff.create', person('Trois', ['trois@maison-medicale.fr', 'trois@ancien-domaine.fr']));
    await core.call('staff.create', person('Quatre', ['quatre@lent.fr']));

    const before = await core.call<MailboxDetection[]>('mfa.providers');
    expect(before.map((row) => [row.domain, row.status, row.reason, row.emails])).toEqual([
      ['cabinet-dupont.fr', 'not-checked', 'never-checked', 2],
      ['ancien-domaine.fr', 'not-checked', 'never-checked', 1],
      ['gmail.com', 'not-checked', 'never-checked', 1],
      ['lent.fr', 'not-checked', 'never-checked', 1],
      ['maison-medicale.fr', 'not-checked', 'never-checked', 1],
    ]);

    const detected = await core.call<MailboxDetection[]>('mfa.detectProviders');
    const byDomain = Object.fromEntries(detected.map((row) => [row.domain, row]));
    expect(microsoft).toBeTruthy();
    expect(byDomain['cabinet-dupont.fr']).toMatchObject({
      status: 'detected',
      provider: microsoft,
      source: 'mx',
      mxHosts: ['cabinet-dupont-fr.mail.protection.outlook.com'],
      providerName: { fr: expect.any(String), en: expect.any(String) },
    });
    expect(byDomain['gmail.com']).toMatchObject({ status: 'detected', provider: google, source: 'known-domain' });
    expect(byDomain['maison-medicale.fr']).toMatchObject({ status: 'unknown-provider', provider: null, mxHosts: ['mx1.hebergeur-inconnu.fr'] });
    expect(byDomain['ancien-domaine.fr']).toMatchObject({ status: 'no-mx', reason: 'nxdomain' });
    expect(byDomain['lent.fr']).toMatchObject({ status: 'not-checked', reason: 'timeout', provider: null });
    // One lookup per domain, however many addresses share it (a timed-out one is retried); none for gmail.com.
    expect([...new Set(dns.queries.filter((query) => query.startsWith('mx ')))].sort()).toEqual([
      'mx ancien-domaine.fr',
      'mx cabinet-dupont.fr',
      'mx lent.fr',
      'mx maison-medicale.fr',
    ]);
    expect(await core.call('mfa.providers')).toEqual(detected);

    const audit = await core.call<AuditEntry[]>('audit.list', { limit: 1 });
    expect(audit[0]).toMatchObject({ action: 'mfa.providers.detect', details: { domains: 5, detected: 2, notChecked: 1 } });
  });

  it('keeps an earlier detection when a later lookup times out, and says so', async () => {
    const core = await coreWithPractice();
    await core.call('staff.create', person('Un', ['un@cabinet-dupont.fr']));
    await core.call('mfa.detectProviders');
    dns.zone = { ...dns.zone, 'cabinet-dupont.fr': 'timeout' };
    const [row] = await core.call<MailboxDetection[]>('mfa.detectProviders');
    expect(row).toMatchObject({ status: 'detected', provider: microsoft, lastFailure: 'timeout' });
    expect(row!.checkedAt).not.toBeNull();
  });
});
