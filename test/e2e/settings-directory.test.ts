import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTEFACTS_DIR, screenshot, startHarness, type Harness, type HygieSession } from '../support/browser-harness.ts';
import { startFakeDirectory, type FakeDirectory } from '../support/fake-directory.ts';
import { findSecrets } from '../support/secret-scan.ts';
import { chooseSettingsTab, expectNoSeriousAxeViolations, heading, messages, openWithPractice } from './setup-fixtures.ts';

// Settings → "Annuaire Microsoft 365 / Google Workspace", in French, against a loopback fake of
// the Microsoft identity platform, Graph, Google OAuth and the Admin SDK.

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const fr = messages.fr;
let harness: Harness;
let fake: FakeDirectory;

beforeAll(async () => {
  fake = await startFakeDirectory({
    interval: 1,
    pageSize: 2,
    registrations: [
      { userPrincipalName: 'claire.martin@cabinet-du-parc.fr', isMfaRegistered: true, methodsRegistered: ['fido2', 'microsoftAuthenticatorPush'] },
      { userPrincipalName: 'helene.lefevre@cabinet-du-parc.fr', isMfaRegistered: true, methodsRegistered: ['mobilePhone'] },
      { userPrincipalName: 'accueil@cabinet-du-parc.fr', isMfaRegistered: false, methodsRegistered: [] },
      // Registered, but the tenant's authentication methods policy allows none of it (isMfaCapable false).
      { userPrincipalName: 'salle-attente@cabinet-du-parc.fr', isMfaRegistered: true, isMfaCapable: false, methodsRegistered: ['mobilePhone'] },
    ],
    googleUsers: [
      { primaryEmail: 'claire.martin@cabinet-du-parc.fr', isEnrolledIn2Sv: true, isEnforcedIn2Sv: true },
      { primaryEmail: 'helene.lefevre@cabinet-du-parc.fr', isEnrolledIn2Sv: false, isEnforcedIn2Sv: false },
      { primaryEmail: 'ancien.stagiaire@cabinet-du-parc.fr', isEnrolledIn2Sv: false, isEnforcedIn2Sv: false, suspended: true },
    ],
  });
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
  await fake?.close();
});

/** The whole page, and the directory panel alone (readable at a glance). */
async function shots(page: Page, panel: Locator, name: string) {
  await screenshot(page, name);
  await panel.screenshot({ path: join(ARTEFACTS_DIR, 'screenshots', `${name}-panel.png`) });
}

async function addStaff(session: HygieSession, firstName: string, lastName: string, email: string) {
  const created = await session.router.call('staff.create', { firstName, lastName, role: 'secretary', roleLabel: null, emails: [email], services: ['amelipro'] });
  expect(created.ok, JSON.stringify(created)).toBe(true);
}

async function openSettings(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: fr.nav.settings, exact: true }).click();
  await expect.poll(() => heading(page)).toBe(fr.pages.settings.title);
  await chooseSettingsTab(page, 'fr', 'provider');
  return page.getByRole('region', { name: fr.directory.title });
}

function mfaRows(session: HygieSession) {
  return session.store.use(
    (store) =>
      store.db
        .prepare(
          `SELECT a.identifier AS email, c.status, c.source FROM check_result c JOIN account a ON a.id = c.account_id
           WHERE c.kind = 'mfa' ORDER BY c.id`,
        )
        .all() as { email: string; status: string; source: string }[],
  );
}

describe('Settings: directory import of MFA registration', () => {
  it('signs in to Microsoft 365 with a device code, imports the MFA status, then reads Google Workspace with a pasted token', async () => {
    const session = await openWithPractice(harness, { locale: 'fr-FR' });
    const { page } = session;
    await addStaff(session, 'Claire', 'Martin', 'claire.martin@cabinet-du-parc.fr');
    await addStaff(session, 'Hélène', 'Lefèvre', 'helene.lefevre@cabinet-du-parc.fr');
    await addStaff(session, 'Accueil', 'Cabinet', 'accueil@cabinet-du-parc.fr');
    await addStaff(session, 'Anaïs', 'Naïm', 'anais.naim@orange.fr');
    const region = await openSettings(page);
    const microsoft = region.getByRole('region', { name: fr.directory.microsoft.title, exact: true });
    await microsoft.getByText(fr.directory.notConnected, { exact: true }).waitFor();
    // No client id yet: the sign-in button waits for the IT provider's settings.
    expect(await microsoft.getByRole('button', { name: fr.directory.microsoft.signIn }).isDisabled()).toBe(true);

    // The advanced settings, as the IT provider fills them in.
    await microsoft.getByText(fr.directory.advanced).click();
    await microsoft.getByRole('textbox', { name: fr.directory.microsoft.tenant }).fill('cabinet-du-parc.fr');
    await microsoft.getByRole('textbox', { name: fr.directory.microsoft.clientId }).fill(CLIENT_ID);
    await microsoft.getByRole('textbox', { name: fr.directory.microsoft.loginBaseUrl }).fill(fake.loginBaseUrl);
    await microsoft.getByRole('textbox', { name: fr.directory.microsoft.graphBaseUrl }).fill(fake.graphBaseUrl);
    await microsoft.getByRole('button', { name: fr.directory.saveSettings }).click();
    await microsoft.getByRole('button', { name: fr.directory.microsoft.signIn }).and(page.locator(':not([disabled])')).waitFor();
    await shots(page, microsoft, 'fr-settings-directory-not-connected');

    // Sign in: the code shown large, the page to open, then "connected".
    fake.nextDeviceScript = ['authorization_pending', 'authorization_pending', 'authorization_pending', 'authorization_pending', 'granted'];
    await microsoft.getByRole('button', { name: fr.directory.microsoft.signIn }).click();
    const code = microsoft.getByRole('status', { name: fr.directory.device.codeLabel });
    await code.waitFor();
    expect(await code.innerText()).toBe('F7KQ-9XPL');
    const link = microsoft.getByRole('link', { name: 'https://microsoft.com/devicelogin' });
    expect(await link.getAttribute('target')).toBe('_blank');
    await microsoft.getByText(fr.directory.device.waiting.replace('{{seconds}}', '1')).waitFor();
    await shots(page, microsoft, 'fr-settings-directory-device-code');
    await expectNoSeriousAxeViolations(page, 'device code shown');
    await microsoft.getByText(fr.directory.connectedAs.replace('{{account}}', 'admin@cabinet-dupont.fr')).waitFor({ timeout: 15_000 });
    const polls = fake.requests.filter((request) => request.form.grant_type === 'urn:ietf:params:oauth:grant-type:device_code');
    // One request per interval, no faster; then none once connected.
    expect(polls).toHaveLength(5);

    // Import: counts, the unmatched address, and the statuses in the store as "imported".
    await microsoft.getByRole('button', { name: fr.directory.import }).click();
    const result = microsoft.getByRole('region', { name: fr.directory.result.title.replace('{{provider}}', fr.directory.providers.microsoft) });
    await result.waitFor();
    expect(await result.innerText()).toContain('salle-attente@cabinet-du-parc.fr');
    // Why a registered method does not count: said in words, with who.
    expect(await result.innerText()).toContain(fr.directory.result.blockedTitle_one.replace('{{count}}', '1'));
    expect(await result.innerText()).toContain(`salle-attente@cabinet-du-parc.fr — ${fr.directory.result.blockedReason['blocked-by-policy']}`);
    expect(await result.getByRole('definition').allInnerTexts()).toEqual(['4', '3', '3', '0', '1']);
    expect(await mfaRows(session)).toEqual([
      { email: 'claire.martin@cabinet-du-parc.fr', status: 'phishing-resistant', source: 'imported' },
      { email: 'helene.lefevre@cabinet-du-parc.fr', status: 'sms', source: 'imported' },
      { email: 'accueil@cabinet-du-parc.fr', status: 'none', source: 'imported' },
    ]);
    await expectNoSeriousAxeViolations(page, 'import result');
    await result.scrollIntoViewIfNeeded();
    await shots(page, microsoft, 'fr-settings-directory-imported');

    // Google Workspace: the device flow's limit is said; a pasted token is checked and kept.
    const google = region.getByRole('region', { name: fr.directory.google.title, exact: true });
    await google.getByText(fr.directory.google.limitation).waitFor();
    const saved = await session.router.call('directory.saveSettings', {
      google: { oauthBaseUrl: fake.googleOauthBaseUrl, adminBaseUrl: fake.googleAdminBaseUrl },
    });
    expect(saved.ok).toBe(true);
    await page.reload();
    const googleAgain = (await openSettings(page)).getByRole('region', { name: fr.directory.google.title, exact: true });
    const token = fake.issueGoogleAccessToken();
    const tokenField = googleAgain.getByLabel(fr.directory.google.accessToken, { exact: true });
    expect(await tokenField.getAttribute('type')).toBe('password');
    await tokenField.fill(token);
    await googleAgain.getByRole('button', { name: fr.directory.google.connect }).click();
    await googleAgain.getByText(fr.directory.connectedTo.replace('{{account}}', 'cabinet-du-parc.fr')).waitFor();
    await googleAgain.getByRole('button', { name: fr.directory.import }).click();
    const googleResult = googleAgain.getByRole('region', { name: fr.directory.result.title.replace('{{provider}}', fr.directory.providers.google) });
    await googleResult.waitFor();
    expect(await googleResult.innerText()).toContain('ancien.stagiaire@cabinet-du-parc.fr');
    // A suspended account is counted and listed, not dropped.
    expect(await googleResult.innerText()).toContain(`ancien.stagiaire@cabinet-du-parc.fr — ${fr.directory.result.inactiveState.suspended}`);
    await googleResult.scrollIntoViewIfNeeded();
    await shots(page, googleAgain, 'fr-settings-directory-google-imported');

    // Tokens: in the keychain or in memory, not on the page, not in the data folder.
    const everything = await page.content();
    for (const secret of fake.issuedSecrets()) expect(everything).not.toContain(secret);

    // Disconnect Microsoft: its tokens leave the keychain.
    await region.getByRole('region', { name: fr.directory.microsoft.title, exact: true }).getByRole('button', { name: fr.directory.disconnect }).click();
    await region.getByRole('region', { name: fr.directory.microsoft.title, exact: true }).getByRole('button', { name: fr.directory.microsoft.signIn }).waitFor();
    expect(await session.store.secrets.get('microsoft-graph-token')).toBeNull();
    // A pasted access token is kept in memory only (issue 14): nothing of it in the keychain.
    expect(await session.store.secrets.get('google-directory-token')).toBeNull();
    expect(session.consoleErrors).toEqual([]);
    await session.close();
    expect(findSecrets(session.dataDir, fake.issuedSecrets())).toEqual([]);
  }, 90_000);

  it('cancels a sign-in under way, and says when the person refused', async () => {
    const session = await openWithPractice(harness, { locale: 'fr-FR' });
    const { page } = session;
    await session.router.call('directory.saveSettings', {
      microsoft: { tenant: 'cabinet-du-parc.fr', clientId: CLIENT_ID, loginBaseUrl: fake.loginBaseUrl, graphBaseUrl: fake.graphBaseUrl },
    });
    const microsoft = (await openSettings(page)).getByRole('region', { name: fr.directory.microsoft.title, exact: true });

    // Plain http is refused at the field unless it is this computer; nothing is saved.
    await microsoft.getByText(fr.directory.advanced).click();
    await microsoft.getByRole('textbox', { name: fr.directory.microsoft.graphBaseUrl }).fill('http://graph.example.org');
    await microsoft.getByRole('button', { name: fr.directory.saveSettings }).click();
    await microsoft.getByText(fr.directory.urlInvalid).waitFor();
    expect(await session.router.call('directory.status', undefined)).toMatchObject({ value: { microsoft: { settings: { graphBaseUrl: fake.graphBaseUrl } } } });
    await microsoft.getByText(fr.directory.advanced).click();

    fake.nextDeviceScript = ['authorization_pending'];
    await microsoft.getByRole('button', { name: fr.directory.microsoft.signIn }).click();
    await microsoft.getByRole('button', { name: fr.directory.device.cancel }).click();
    await microsoft.getByRole('button', { name: fr.directory.microsoft.signIn }).waitFor();
    expect(await microsoft.getByRole('status', { name: fr.directory.device.codeLabel }).count()).toBe(0);

    fake.nextDeviceScript = ['access_denied'];
    await microsoft.getByRole('button', { name: fr.directory.microsoft.signIn }).click();
    await microsoft.getByRole('alert').filter({ hasText: fr.directory.device.denied }).waitFor({ timeout: 10_000 });
    await shots(page, microsoft, 'fr-settings-directory-denied');
    expect(await session.store.secrets.get('microsoft-graph-token')).toBeNull();
    await session.close();
  }, 60_000);
});
