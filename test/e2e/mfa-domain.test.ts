import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainCheck } from '../../electron/core/model/schemas/mail-domain.ts';
import { DKIM_SELECTORS } from '../../electron/core/mfa/domain-hygiene.ts';
import { screenshot, startHarness, type Harness, type HygieSession } from '../support/browser-harness.ts';
import { dkimPublicKey } from '../support/dkim-key.ts';
import { startFakeDns, type FakeDnsServer, type FakeZone } from '../support/fake-dns.ts';
import { policyText, startFakeMtaSts, type FakeMtaStsServer } from '../support/fake-mta-sts.ts';
import { messages } from '../support/messages.ts';
import { chooseSettingsTab, expectNoSeriousAxeViolations, fill, heading, norm, openWithPractice, SAMPLE_PRACTICE, windowScreenshot } from './setup-fixtures.ts';

// The DNS panels end to end, on the IT provider's tab of Settings: the practice's domain (SPF,
// DMARC, DKIM, MTA-STS) and the staff's mailbox providers, read by the app's real resolver from a
// DNS server on loopback (HYGIE_DNS_SERVERS, set before the harness creates the handlers). The MFA
// page keeps one sentence about them, with the way to the details.

type Language = 'fr' | 'en';
const DOMAIN = SAMPLE_PRACTICE.emailDomain!; // cabinet-du-parc.fr

const ZONE: FakeZone = {
  [DOMAIN]: {
    MX: [{ exchange: 'cabinet-du-parc-fr.mail.protection.outlook.com', priority: 0 }],
    TXT: [['v=spf1 include:spf.protection.outlook.com', ' ~all'], 'MS=ms48213377'],
  },
  [`_dmarc.${DOMAIN}`]: { TXT: ['v=DMARC1; p=none'] },
  // MTA-STS announced, its policy file in testing mode (served over HTTPS on loopback).
  [`_mta-sts.${DOMAIN}`]: { TXT: ['v=STSv1; id=20261201'] },
  [`mta-sts.${DOMAIN}`]: { A: ['127.0.0.1'] },
  'spf.protection.outlook.com': { TXT: ['v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 -all'] },
  [`selector1._domainkey.${DOMAIN}`]: { TXT: [`v=DKIM1; k=rsa; p=${dkimPublicKey()}`] },
  'hebergeur-local.fr': { MX: [{ exchange: 'mail.hebergeur-local.fr', priority: 10 }] },
  'lent.fr': 'timeout',
  '_dmarc.lent.fr': 'timeout',
  '_mta-sts.lent.fr': 'timeout',
  ...Object.fromEntries(DKIM_SELECTORS.map((selector) => [`${selector}._domainkey.lent.fr`, 'timeout' as const])),
};

let harness: Harness;
let dns: FakeDnsServer;
let https: FakeMtaStsServer;
const previous = process.env.HYGIE_DNS_SERVERS;

beforeAll(async () => {
  dns = await startFakeDns(ZONE);
  https = await startFakeMtaSts([`mta-sts.${DOMAIN}`]);
  https.answers.set(`mta-sts.${DOMAIN}`, { body: policyText('testing', ['*.mail.protection.outlook.com']) });
  process.env.HYGIE_DNS_SERVERS = dns.address;
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
  await dns?.close();
  await https?.close();
  if (previous === undefined) delete process.env.HYGIE_DNS_SERVERS;
  else process.env.HYGIE_DNS_SERVERS = previous;
});

async function openWithStaff(language: Language): Promise<HygieSession> {
  const session = await openWithPractice(harness, { locale: language === 'fr' ? 'fr-FR' : 'en-GB', mtaSts: { port: https.port, extraCa: [https.ca] } });
  for (const [lastName, emails] of [
    ['Martin', ['claire.martin@cabinet-du-parc.fr', 'claire.martin@gmail.com']],
    ['Roux', ['accueil@cabinet-du-parc.fr']],
    ['Petit', ['l.petit@hebergeur-local.fr']],
    ['Garnier', ['garnier@lent.fr']],
  ] as const) {
    const created = await session.router.call('staff.create', {
      firstName: 'Test',
      lastName,
      role: 'secretary',
      roleLabel: null,
      emails,
      services: [],
    });
    expect(created.ok, JSON.stringify(created)).toBe(true);
  }
  return session;
}

async function goTo(page: Page, language: Language, pageId: 'mfa' | 'settings'): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: messages[language].nav[pageId], exact: true }).click();
  await expect.poll(() => heading(page)).toBe(messages[language].pages[pageId].title);
}

/** Settings › IT provider, where the domain's checks are. */
async function openDomainSettings(language: Language): Promise<HygieSession> {
  const session = await openWithStaff(language);
  await goTo(session.page, language, 'settings');
  await chooseSettingsTab(session.page, language, 'provider');
  return session;
}

/** The MFA page's sentence about the domain (none when all is well). */
function domainNotice(page: Page): Locator {
  return page.locator('.mfa-domain-notice');
}

function checkCard(page: Page, language: Language, check: 'spf' | 'dmarc' | 'dkim' | 'mtaSts'): Locator {
  const name = messages[language].domain.checks[check].name;
  return page.locator('.domain-check').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

function providerRow(page: Page, domain: string): Locator {
  return page.locator('.domain-providers tbody tr').filter({ has: page.getByRole('rowheader', { name: domain, exact: true }) });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).include('.domain-panel').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return axe.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

async function detectProviders(page: Page, language: Language): Promise<void> {
  const m = messages[language].domain.providers;
  await page.getByRole('button', { name: m.detect, exact: true }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: m.done }).count(), { timeout: 15_000 }).toBe(1);
}

describe('the practice domain and mailbox providers, in Settings › IT provider', () => {
  it('checks the domain and detects the providers, in French', async () => {
    const session = await openDomainSettings('fr');
    const { page } = session;
    const m = messages.fr.domain;
    const panel = page.getByRole('region', { name: m.title });
    await expect.poll(() => panel.getByText(m.neverChecked, { exact: false }).count()).toBe(1);
    await expect.poll(() => panel.locator('.domain-top__name').innerText()).toBe(DOMAIN);

    await page.getByRole('button', { name: m.check, exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: m.done }).count(), { timeout: 15_000 }).toBe(1);

    // Each check in colour and in words, with the verdict and what to do.
    expect(await checkCard(page, 'fr', 'spf').locator('.status-chip').innerText()).toBe(m.summary.acceptable);
    expect(await checkCard(page, 'fr', 'spf').innerText()).toContain(m.findings.spf['soft-fail'].fix);
    // The technical part is folded: the record and how the verdict was reached, one click away.
    const spf = checkCard(page, 'fr', 'spf');
    expect(await spf.locator('code').isVisible()).toBe(false);
    await spf.getByText(messages.fr.providerDetails.summary, { exact: true }).click();
    expect(await spf.locator('code').innerText()).toBe('v=spf1 include:spf.protection.outlook.com ~all');
    expect(await spf.innerText()).toContain('spf.protection.outlook.com');
    expect(await spf.innerText()).toContain(m.technical.spfLookups.replace('{{count}}', '1').replace('{{voids}}', '0'));
    expect(await checkCard(page, 'fr', 'dmarc').locator('.status-chip').innerText()).toBe(m.summary.warning);
    expect(await checkCard(page, 'fr', 'dmarc').innerText()).toContain(m.findings.dmarc.reportsNone);
    expect(await checkCard(page, 'fr', 'dkim').locator('.status-chip').innerText()).toBe(m.summary.good);
    expect(await checkCard(page, 'fr', 'dkim').innerText()).toContain('selector1');
    // MTA-STS: the policy file says "testing", not the TXT record alone.
    const mtaSts = checkCard(page, 'fr', 'mtaSts');
    expect(await mtaSts.locator('.status-chip').innerText()).toBe(m.summary.warning);
    expect(await mtaSts.innerText()).toContain(m.findings.mtaSts.testing.verdict);
    await mtaSts.getByText(messages.fr.providerDetails.summary, { exact: true }).click();
    expect(await mtaSts.innerText()).toContain(m.technical.mtaStsMode.replace('{{mode}}', 'testing'));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'settings-domain-fr-checked');

    // What the page shows is what the store keeps for the report.
    const stored = await session.router.call('mfa.domainResult', undefined);
    expect(stored.ok && (stored.value as DomainCheck)).toMatchObject({
      domain: DOMAIN,
      spf: { status: 'acceptable' },
      dmarc: { status: 'warning' },
      dkim: { status: 'good' },
      mtaSts: { status: 'warning', finding: 'testing', mode: 'testing' },
    });

    // Providers: every roster domain is "not checked" until detected.
    const p = m.providers;
    expect(await providerRow(page, 'gmail.com').locator('.status-chip').innerText()).toBe(p.status['not-checked']);
    await detectProviders(page, 'fr');
    expect(await providerRow(page, DOMAIN).innerText()).toContain('Microsoft 365');
    expect(await providerRow(page, DOMAIN).locator('.status-chip').innerText()).toBe(p.status.detected);
    // The mail servers it was read from are for the IT provider: folded under the table.
    const servers = page.locator('.domain-providers__details');
    expect(await servers.innerText()).not.toContain('cabinet-du-parc-fr.mail.protection.outlook.com');
    await servers.getByText(messages.fr.providerDetails.summary).click();
    expect(await servers.innerText()).toContain('cabinet-du-parc-fr.mail.protection.outlook.com');
    expect(await providerRow(page, 'gmail.com').innerText()).toContain(p.knownDomain);
    expect(await providerRow(page, 'hebergeur-local.fr').locator('.status-chip').innerText()).toBe(p.status['unknown-provider']);
    expect(await providerRow(page, 'lent.fr').locator('.status-chip').innerText()).toBe(p.status['not-checked']);
    expect(await providerRow(page, 'lent.fr').innerText()).toContain(p.reasons.timeout);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'settings-domain-fr-providers');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('shows the same in English, and a domain the DNS does not answer for as not checked, never good', async () => {
    const session = await openDomainSettings('en');
    const { page } = session;
    const m = messages.en.domain;
    await page.getByRole('button', { name: m.check, exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: m.done }).count(), { timeout: 15_000 }).toBe(1);
    expect(await checkCard(page, 'en', 'spf').locator('.status-chip').innerText()).toBe(m.summary.acceptable);
    await detectProviders(page, 'en');
    await screenshot(page, 'settings-domain-en-checked');

    const moved = await session.router.call('practice.save', { ...SAMPLE_PRACTICE, emailDomain: 'lent.fr' });
    expect(moved.ok).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByText(m.neverChecked, { exact: false }).count()).toBe(1);
    await page.getByRole('button', { name: m.check, exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: m.done }).count(), { timeout: 15_000 }).toBe(1);
    for (const check of ['spf', 'dmarc', 'dkim', 'mtaSts'] as const) {
      const card = checkCard(page, 'en', check);
      expect(await card.locator('.status-chip').innerText()).toBe(m.summary['not-checked']);
      expect(await card.innerText()).toContain(m.reasons.timeout);
    }
    expect(await page.locator('.domain-check .status-chip--success').count()).toBe(0);
    await screenshot(page, 'settings-domain-en-not-checked');

    // On the MFA page, four unanswered checks read as not checked, in grey and in words, never as fine.
    await goTo(page, 'en', 'mfa');
    const notice = domainNotice(page);
    await expect.poll(() => notice.count()).toBe(1);
    expect(norm(await notice.locator('.mfa-domain-notice__text').innerText())).toContain(
      norm(fill(messages.en.mfa.domain.partlyNotChecked_other, { count: 4, domain: 'lent.fr' })),
    );
    expect(await notice.locator('.status-chip').innerText()).toBe(messages.en.mfa.domain.notCheckedChip);
    expect(await notice.locator('.status-chip--neutral').count()).toBe(1);
    await screenshot(page, 'mfa-domain-notice-en-not-checked');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('says on the MFA page, in one sentence, that the domain is not checked, then what it found, and leads to the details with the keyboard (fr)', async () => {
    const session = await openWithStaff('fr');
    const { page } = session;
    const m = messages.fr.mfa.domain;
    await goTo(page, 'fr', 'mfa');
    // Never checked: said as such, grey, not silence (silence would read as "fine").
    const notice = domainNotice(page);
    await expect.poll(() => notice.count()).toBe(1);
    expect(norm(await notice.locator('.mfa-domain-notice__text').innerText())).toContain(norm(fill(m.notChecked, { domain: DOMAIN })));
    expect(await notice.getAttribute('data-state')).toBe('not-checked');
    // The checks themselves are no longer on this page.
    expect(await page.locator('.domain-check, .domain-providers').count()).toBe(0);
    expect(await page.getByRole('button', { name: messages.fr.domain.check, exact: true }).count()).toBe(0);

    // Checked (in Settings): DMARC p=none and MTA-STS in testing mode are the two to review.
    await goTo(page, 'fr', 'settings');
    await chooseSettingsTab(page, 'fr', 'provider');
    await page.getByRole('button', { name: messages.fr.domain.check, exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: messages.fr.domain.done }).count(), { timeout: 15_000 }).toBe(1);
    await goTo(page, 'fr', 'mfa');
    await expect.poll(() => notice.getAttribute('data-state')).toBe('to-review');
    expect(norm(await notice.locator('.mfa-domain-notice__text').innerText())).toContain(norm(fill(m.toReview_other, { count: 2, domain: DOMAIN })));
    expect(await notice.locator('.status-chip').innerText()).toBe(m.toReviewChip);
    expect(await notice.locator('.status-chip--warning').count()).toBe(1);
    await expectNoSeriousAxeViolations(page, 'MFA page with the domain sentence');
    await screenshot(page, 'mfa-domain-notice-fr-to-review');

    // The link, reached with Tab and followed with Enter, opens the IT provider's tab at the domain's checks.
    const link = notice.getByRole('link', { name: m.link });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe(messages.fr.pages.settings.title);
    expect(await page.evaluate(() => window.location.hash)).toBe('#/settings?tab=provider&section=domain');
    expect(await page.getByRole('tab', { name: messages.fr.settings.tabs.provider }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('settings-section-domain');
    const panel = page.getByRole('region', { name: messages.fr.domain.title });
    await expect.poll(() => panel.locator('.domain-check').count()).toBe(4);
    // In view: the domain's panel starts inside the window.
    const box = await panel.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(viewport.height);
    await windowScreenshot(page, 'settings-domain-fr-from-mfa');

    // The Actions page's domain finding leads to the same place.
    await page.evaluate(() => {
      window.location.hash = '#/actions?area=domain';
    });
    const finding = page.locator('li[data-kind="domain-email-auth"]').first();
    await finding.waitFor();
    expect(await finding.getByRole('link', { name: fill(messages.fr.actions.item.open, { page: messages.fr.nav.settings }) }).getAttribute('href')).toBe(
      '#/settings?tab=provider&section=domain',
    );
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('explains that there is nothing to check without a domain of its own', async () => {
    const session = await openWithPractice(harness, { locale: 'fr-FR' });
    await session.router.call('practice.save', { ...SAMPLE_PRACTICE, emailDomain: null });
    const { page } = session;
    await goTo(page, 'fr', 'settings');
    await chooseSettingsTab(page, 'fr', 'provider');
    await expect.poll(() => page.getByText(messages.fr.domain.noDomain).count()).toBe(1);
    expect(await page.getByRole('button', { name: messages.fr.domain.check, exact: true }).count()).toBe(0);
    await screenshot(page, 'settings-domain-fr-no-domain');

    await session.close();
  });
});
