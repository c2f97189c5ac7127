import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../electron/core/model/schemas/audit.ts';
import type { DirectoryImportResult, DirectoryStatus, SignInPoll, SignInStart } from '../../electron/core/model/schemas/directory.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import { microsoftStatus } from '../../electron/core/mfa/directory/mfa-mapping.ts';
import { alsoScanFor, closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';
import { startFakeDirectory, type FakeDirectory, type GraphRegistration } from '../support/fake-directory.ts';
import { findSecrets } from '../support/secret-scan.ts';

// Microsoft 365: device-code sign-in and the userRegistrationDetails report, through the
// contract, the real encrypted store and the real keychain, against a loopback fake of the
// identity platform and Graph.

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const GRAPH_PATH = '/graph/v1.0/reports/authenticationMethods/userRegistrationDetails';

const REGISTRATIONS: GraphRegistration[] = [
  { userPrincipalName: 'helene.lefevre@cabinet-dupont.fr', isMfaRegistered: true, methodsRegistered: ['microsoftAuthenticatorPush', 'mobilePhone'] },
  { userPrincipalName: 'F.Garcon@cabinet-dupont.fr', isMfaRegistered: true, methodsRegistered: ['fido2', 'microsoftAuthenticatorPush'] },
  { userPrincipalName: 'accueil@cabinet-dupont.fr', isMfaRegistered: false, methodsRegistered: ['email'] },
  { userPrincipalName: 'remplacant@cabinet-dupont.fr', isMfaRegistered: true, methodsRegistered: ['mobilePhone'] },
  { userPrincipalName: 'scanner@cabinet-dupont.fr', isMfaRegistered: false, methodsRegistered: [] },
];

let fake: FakeDirectory;
let core: Core;

beforeAll(async () => {
  fake = await startFakeDirectory({ registrations: REGISTRATIONS, pageSize: 2 });
  // Access tokens never reach the keychain: every data folder is scanned for them by name.
  alsoScanFor(() => fake.issuedSecrets());
});
afterAll(() => fake.close());
afterEach(closeAllCores);

async function person(firstName: string, lastName: string, emails: string[]): Promise<StaffMember> {
  return core.call<StaffMember>('staff.create', { firstName, lastName, role: 'secretary', roleLabel: null, emails, services: [] });
}

async function configure(overrides: Record<string, string> = {}): Promise<void> {
  await core.call('directory.saveSettings', {
    microsoft: { tenant: 'cabinet-dupont.fr', clientId: CLIENT_ID, loginBaseUrl: fake.loginBaseUrl, graphBaseUrl: fake.graphBaseUrl, ...overrides },
  });
}

async function signIn(): Promise<void> {
  fake.nextDeviceScript = ['authorization_pending', 'granted'];
  await core.call('directory.signInStart', { provider: 'microsoft' });
  expect(await core.call<SignInPoll>('directory.signInPoll', { provider: 'microsoft' })).toMatchObject({ state: 'pending' });
  expect(await core.call<SignInPoll>('directory.signInPoll', { provider: 'microsoft' })).toEqual({ state: 'connected', account: 'admin@cabinet-dupont.fr' });
}

function mfaRows(accountEmail?: string) {
  return core.host.use((store) =>
    store.db
      .prepare(
        `SELECT a.identifier AS email, c.status, c.source, c.checked_at AS checkedAt, c.details FROM check_result c
         JOIN account a ON a.id = c.account_id WHERE c.kind = 'mfa' ${accountEmail ? 'AND a.identifier = ?' : ''} ORDER BY a.identifier, c.id`,
      )
      .all(...(accountEmail ? [accountEmail] : [])) as { email: string; status: string; source: string; checkedAt: string; details: string }[],
  );
}

beforeEach(async () => {
  core = openCore();
  await core.call('practice.save', PRACTICE);
  fake.requests.length = 0;
});

describe('Microsoft 365 sign-in (device code)', () => {
  it('shows a code to type, then keeps the tokens in the keychain only and tells the renderer just "connected" and the account', async () => {
    await configure();
    const start = await core.call<SignInStart>('directory.signInStart', { provider: 'microsoft' });
    expect(start).toMatchObject({ userCode: 'F7KQ-9XPL', verificationUri: 'https://microsoft.com/devicelogin', intervalSeconds: 0 });
    // The device code stays in core.
    expect(JSON.stringify(start)).not.toContain('DAQABAAEAAAD');
    const asked = fake.requests.at(-1)!;
    expect(asked.path).toBe('/login/cabinet-dupont.fr/oauth2/v2.0/devicecode');
    expect(asked.form.scope!.split(' ')).toEqual(expect.arrayContaining(['offline_access', `${fake.graphBaseUrl}/AuditLog.Read.All`]));
    expect(asked.userAgent).toBe('Hygie/0.1.0');

    expect(await core.call<SignInPoll>('directory.signInPoll', { provider: 'microsoft' })).toEqual({ state: 'pending', intervalSeconds: 0 });
    expect(await core.call<SignInPoll>('directory.signInPoll', { provider: 'microsoft' })).toEqual({ state: 'connected', account: 'admin@cabinet-dupont.fr' });
    // Nothing more to poll once connected.
    expect(await core.call<SignInPoll>('directory.signInPoll', { provider: 'microsoft' })).toEqual({ state: 'none' });

    const status = await core.call<DirectoryStatus>('directory.status');
    expect(status.microsoft).toMatchObject({ connection: 'connected', account: 'admin@cabinet-dupont.fr' });
    // The refresh token alone is in the keychain; the access token stays in memory (issue 14).
    const stored = (await core.secrets.get('microsoft-graph-token'))!;
    expect(stored).toMatch(/^0\.AXEA-ms-refresh-/u);
    expect(fake.issuedSecrets()).toContain(stored);

    const everything = JSON.stringify([status, await core.call<AuditEntry[]>('audit.list')]);
    for (const secret of fake.issuedSecrets()) expect(everything).not.toContain(secret);
    core.close();
    expect(findSecrets(core.dataDir, fake.issuedSecrets())).toEqual([]);
  });

  it('reports a refused sign-in and an expired code, and keeps nothing', async () => {
    await configure();
    fake.nextDeviceScript = ['authorization_pending', 'access_denied'];
    await core.call('directory.signInStart', { provider: 'microsoft' });
    await core.call('directory.signInPoll', { provider: 'microsoft' });
    expect(await core.call<SignInPoll>('directory.signInPoll', { provider: 'microsoft' })).toEqual({ state: 'denied' });

    fake.nextDeviceScript = ['expired_token'];
    await core.call('directory.signInStart', { provider: 'microsoft' });
    expect(await core.call<SignInPoll>('directory.signInPoll', { provider: 'microsoft' })).toEqual({ state: 'expired' });

    expect((await core.call<DirectoryStatus>('directory.status')).microsoft.connection).toBe('not-connected');
    expect(await core.secrets.get('microsoft-graph-token')).toBeNull();
    const audit = await core.call<AuditEntry[]>('audit.list');
    expect(audit.filter((entry) => entry.action === 'directory.sign-in').map((entry) => entry.details?.result)).toEqual(['expired', 'denied']);
  });

  it('cancels a sign-in under way', async () => {
    await configure();
    await core.call('directory.signInStart', { provider: 'microsoft' });
    expect(await core.call('directory.signInCancel', { provider: 'microsoft' })).toEqual({ cancelled: true });
    expect(await core.call<SignInPoll>('directory.signInPoll', { provider: 'microsoft' })).toEqual({ state: 'none' });
  });

  it('explains a missing client id, an unknown application, and refuses plain-http addresses off this computer', async () => {
    await expect(core.call('directory.signInStart', { provider: 'microsoft' })).rejects.toMatchObject({ code: 'directory-not-configured' });
    await configure({ clientId: '99999999-9999-9999-9999-999999999999' });
    await expect(core.call('directory.signInStart', { provider: 'microsoft' })).rejects.toMatchObject({
      code: 'directory-sign-in-refused',
      details: { oauthError: 'unauthorized_client' },
    });
    await expect(core.call('directory.saveSettings', { microsoft: { graphBaseUrl: 'http://graph.example.com' } })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(core.call('directory.saveSettings', { microsoft: { tenant: 'not a tenant!' } })).rejects.toMatchObject({ code: 'invalid-input' });
  });
});

describe('Microsoft 365 import of MFA registration', () => {
  it('reads every page, records each matched mailbox as imported with its strongest method, lists the unmatched and leaves the others alone', async () => {
    const helene = await person('Hélène', 'Lefèvre', ['helene.lefevre@cabinet-dupont.fr']);
    await person('François', 'Garçon', ['f.garcon@cabinet-dupont.fr', 'francois.perso@orange.fr']);
    await person('Accueil', 'Cabinet', ['accueil@cabinet-dupont.fr']);
    await person('Anaïs', 'Naïm', ['anais.naim@orange.fr']);
    await configure();
    await signIn();

    const result = await core.call<DirectoryImportResult>('directory.import', { provider: 'microsoft' });
    expect(result).toMatchObject({
      provider: 'microsoft',
      directoryUsers: 5,
      matched: 3,
      updated: 3,
      unchanged: 0,
      unmatched: ['remplacant@cabinet-dupont.fr', 'scanner@cabinet-dupont.fr'],
      unmatchedCount: 2,
      staffWithoutMatch: 1,
    });
    expect(result.byStatus).toMatchObject({ 'phishing-resistant': 1, app: 1, none: 1, sms: 0, unknown: 0 });
    // Three pages of two, each with the bearer token.
    const pages = fake.requests.filter((request) => request.path === GRAPH_PATH);
    expect(pages).toHaveLength(3);
    expect(pages.every((request) => request.authorization?.startsWith('Bearer '))).toBe(true);

    const rows = await mfaRows();
    expect(rows.map((row) => [row.email, row.status, row.source])).toEqual([
      ['accueil@cabinet-dupont.fr', 'none', 'imported'],
      ['f.garcon@cabinet-dupont.fr', 'phishing-resistant', 'imported'],
      ['helene.lefevre@cabinet-dupont.fr', 'app', 'imported'],
    ]);
    const details = JSON.parse(rows[2]!.details) as Record<string, unknown>;
    expect(details).toEqual({
      recordedBy: 'import:microsoft-graph',
      provider: 'microsoft-graph',
      methods: ['microsoftAuthenticatorPush', 'mobilePhone'],
    });
    expect(new Date(rows[2]!.checkedAt).getTime()).not.toBeNaN();
    expect(helene.emails).toEqual(['helene.lefevre@cabinet-dupont.fr']);

    // A second import confirms: new dated rows, nothing "updated".
    const again = await core.call<DirectoryImportResult>('directory.import', { provider: 'microsoft' });
    expect(again).toMatchObject({ matched: 3, updated: 0, unchanged: 3 });
    expect(await mfaRows('helene.lefevre@cabinet-dupont.fr')).toHaveLength(2);

    const status = await core.call<DirectoryStatus>('directory.status');
    expect(status.microsoft.lastImport).toMatchObject({ directoryUsers: 5, matched: 3, updated: 0, unmatched: 2 });
    const audit = (await core.call<AuditEntry[]>('audit.list')).filter((entry) => entry.action === 'directory.import');
    expect(audit[0]!.details).toEqual({ signedInAs: 'admin@cabinet-dupont.fr', directoryUsers: 5, matched: 3, updated: 0, unchanged: 3, unmatched: 2, blockedByPolicy: 0, inactive: 0 });
    expect(JSON.stringify(audit)).not.toContain('remplacant');
  });

  it('Graph userRegistrationDetails (isMfaCapable, isPasswordlessCapable): a method the tenant\'s policy blocks does not count at its strength, and who is affected is listed', async () => {
    await person('Hélène', 'Lefèvre', ['helene.lefevre@cabinet-dupont.fr']);
    await person('François', 'Garçon', ['f.garcon@cabinet-dupont.fr']);
    await configure();
    await signIn();
    const saved = fake.registrations;
    fake.registrations = [
      // A security key registered, but the authentication methods policy allows no method she has.
      { userPrincipalName: 'helene.lefevre@cabinet-dupont.fr', isMfaRegistered: true, isMfaCapable: false, methodsRegistered: ['fido2', 'microsoftAuthenticatorPush'] },
      // Passwordless methods blocked, a phone number left.
      { userPrincipalName: 'f.garcon@cabinet-dupont.fr', isMfaRegistered: true, isMfaCapable: true, isPasswordlessCapable: false, methodsRegistered: ['fido2', 'mobilePhone'] },
    ];
    try {
      const result = await core.call<DirectoryImportResult>('directory.import', { provider: 'microsoft' });
      expect(result.byStatus).toMatchObject({ 'phishing-resistant': 0, app: 0, sms: 1, none: 1 });
      expect(result.blockedByPolicy).toEqual([
        { address: 'f.garcon@cabinet-dupont.fr', reason: 'passwordless-blocked-by-policy' },
        { address: 'helene.lefevre@cabinet-dupont.fr', reason: 'blocked-by-policy' },
      ]);
      expect(result.blockedByPolicyCount).toBe(2);
      const rows = await mfaRows();
      expect(rows.map((row) => [row.email, row.status])).toEqual([
        ['f.garcon@cabinet-dupont.fr', 'sms'],
        ['helene.lefevre@cabinet-dupont.fr', 'none'],
      ]);
      expect(JSON.parse(rows[1]!.details)).toMatchObject({
        methods: ['fido2', 'microsoftAuthenticatorPush'],
        note: expect.stringMatching(/blocked by the authentication methods policy \(isMfaCapable false\)/u),
      });
    } finally {
      fake.registrations = saved;
    }
  });

  it('renews an expired access token once with the refresh token; when that is refused too, asks to sign in again', async () => {
    await person('Hélène', 'Lefèvre', ['helene.lefevre@cabinet-dupont.fr']);
    await configure();
    await signIn();
    const before = await core.secrets.get('microsoft-graph-token');
    fake.expireAccessTokens();
    expect(await core.call<DirectoryImportResult>('directory.import', { provider: 'microsoft' })).toMatchObject({ matched: 1 });
    // Microsoft's refresh grant returns a new refresh token, which replaces the old one.
    const after = await core.secrets.get('microsoft-graph-token');
    expect(after).not.toBe(before);
    expect(fake.requests.find((request) => request.form.grant_type === 'refresh_token')?.form.refresh_token).toBe(before);

    fake.expireAccessTokens();
    fake.revokeRefreshTokens();
    await expect(core.call('directory.import', { provider: 'microsoft' })).rejects.toMatchObject({ code: 'directory-session-expired' });
    expect((await core.call<DirectoryStatus>('directory.status')).microsoft.connection).toBe('not-connected');
    expect(await core.secrets.get('microsoft-graph-token')).toBeNull();
  });

  it('tells a missing permission from a missing Entra ID P1/P2 licence, and writes nothing', async () => {
    await person('Hélène', 'Lefèvre', ['helene.lefevre@cabinet-dupont.fr']);
    await configure();
    await signIn();
    fake.failNext(GRAPH_PATH, { status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } } });
    await expect(core.call('directory.import', { provider: 'microsoft' })).rejects.toMatchObject({
      code: 'directory-graph-permission',
      details: { permission: 'AuditLog.Read.All' },
    });
    fake.failNext(GRAPH_PATH, {
      status: 403,
      body: { error: { code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant', message: 'Neither tenant is B2C or tenant doesn\u2019t have premium license' } },
    });
    await expect(core.call('directory.import', { provider: 'microsoft' })).rejects.toMatchObject({ code: 'directory-graph-licence' });
    expect(await mfaRows()).toEqual([]);
  });

  it('waits as Retry-After says on 429 within a budget, gives up beyond it, and explains outages', async () => {
    await person('Hélène', 'Lefèvre', ['helene.lefevre@cabinet-dupont.fr']);
    await configure();
    await signIn();
    fake.failNext(GRAPH_PATH, { status: 429, headers: { 'retry-after': '0' }, body: { error: { code: 'TooManyRequests' } } });
    expect(await core.call<DirectoryImportResult>('directory.import', { provider: 'microsoft' })).toMatchObject({ matched: 1 });

    fake.failNext(GRAPH_PATH, { status: 429, headers: { 'retry-after': '3600' }, body: { error: { code: 'TooManyRequests' } } });
    await expect(core.call('directory.import', { provider: 'microsoft' })).rejects.toMatchObject({ code: 'directory-rate-limited' });
    fake.failNext(GRAPH_PATH, { status: 502, body: {} });
    await expect(core.call('directory.import', { provider: 'microsoft' })).rejects.toMatchObject({ code: 'directory-unavailable' });
    fake.failNext(GRAPH_PATH, { status: 200, body: { unexpected: true } });
    await expect(core.call('directory.import', { provider: 'microsoft' })).rejects.toMatchObject({ code: 'directory-unexpected-answer' });
  });

  it('never follows a next-page link to another host (it would carry the token there)', async () => {
    await person('Hélène', 'Lefèvre', ['helene.lefevre@cabinet-dupont.fr']);
    await configure();
    await signIn();
    fake.failNext(GRAPH_PATH, {
      status: 200,
      body: { value: [REGISTRATIONS[0]], '@odata.nextLink': 'https://graph.evil.example/v1.0/reports/authenticationMethods/userRegistrationDetails?$skiptoken=2' },
    });
    await expect(core.call('directory.import', { provider: 'microsoft' })).rejects.toMatchObject({ code: 'directory-unexpected-answer', details: { step: 'paging-origin' } });
    expect(await mfaRows()).toEqual([]);
  });

  it('explains an unreachable directory and an import before connecting', async () => {
    await expect(core.call('directory.import', { provider: 'microsoft' })).rejects.toMatchObject({ code: 'directory-not-connected' });
    await configure({ loginBaseUrl: 'http://127.0.0.1:9' });
    await expect(core.call('directory.signInStart', { provider: 'microsoft' })).rejects.toMatchObject({ code: 'directory-unreachable' });
  });

  it('disconnects: the tokens leave the keychain; changing the tenant does the same', async () => {
    await configure();
    await signIn();
    const status = await core.call<DirectoryStatus>('directory.disconnect', { provider: 'microsoft' });
    expect(status.microsoft).toMatchObject({ connection: 'not-connected', account: null });
    expect(await core.secrets.get('microsoft-graph-token')).toBeNull();

    await signIn();
    await core.call('directory.saveSettings', { microsoft: { tenant: 'autre-cabinet.fr' } });
    expect(await core.secrets.get('microsoft-graph-token')).toBeNull();
    const actions = (await core.call<AuditEntry[]>('audit.list')).map((entry) => entry.action);
    expect(actions.filter((action) => action === 'directory.disconnect')).toHaveLength(2);
  });
});

describe("mapping Graph's methodsRegistered onto the MFA scale", () => {
  it.each([
    [true, ['passKeyDeviceBound'], 'phishing-resistant'],
    [true, ['windowsHelloForBusiness', 'mobilePhone'], 'phishing-resistant'],
    [true, ['softwareOneTimePasscode'], 'app'],
    [true, ['hardwareOneTimePasscode', 'email'], 'app'],
    [true, ['microsoftAuthenticatorPasswordless'], 'app'],
    [true, ['mobilePhone', 'email'], 'sms'],
    [true, ['alternateMobilePhone'], 'sms'],
    [true, ['email'], 'email-code'],
    [false, ['email', 'securityQuestion'], 'none'],
    [false, [], 'none'],
    [true, ['someFutureMethod'], 'unknown'],
  ] as const)('isMfaRegistered %s with %j → %s', (registered, methods, expected) => {
    expect(microsoftStatus({ isMfaRegistered: registered, methodsRegistered: methods }).status).toBe(expected);
  });

  // Microsoft Graph, userRegistrationDetails resource type: isMfaRegistered is a strong method
  // registered, "not necessarily allowed by the authentication methods policy"; isMfaCapable is
  // one that "must be allowed by the authentication methods policy"; isPasswordlessCapable, a
  // passwordless method (FIDO2, Windows Hello for Business, Authenticator passwordless) allowed by it.
  it.each([
    [{ isMfaRegistered: true, isMfaCapable: false, methodsRegistered: ['fido2', 'microsoftAuthenticatorPush'] }, 'none', 'blocked-by-policy'],
    [{ isMfaRegistered: true, isMfaCapable: false, methodsRegistered: ['mobilePhone'] }, 'none', 'blocked-by-policy'],
    [{ isMfaRegistered: true, isMfaCapable: true, isPasswordlessCapable: false, methodsRegistered: ['fido2', 'mobilePhone'] }, 'sms', 'passwordless-blocked-by-policy'],
    [{ isMfaRegistered: true, isMfaCapable: true, isPasswordlessCapable: false, methodsRegistered: ['passKeyDeviceBound'] }, 'unknown', 'passwordless-blocked-by-policy'],
    [{ isMfaRegistered: true, isMfaCapable: true, isPasswordlessCapable: false, methodsRegistered: ['microsoftAuthenticatorPush', 'microsoftAuthenticatorPasswordless'] }, 'app', undefined],
    [{ isMfaRegistered: true, isMfaCapable: true, isPasswordlessCapable: true, methodsRegistered: ['fido2'] }, 'phishing-resistant', undefined],
    [{ isMfaRegistered: false, isMfaCapable: false, methodsRegistered: ['email'] }, 'none', undefined],
  ] as const)('a method the policy blocks does not count at its strength: %j → %s', (registration, expected, reason) => {
    const mapped = microsoftStatus(registration);
    expect(mapped.status).toBe(expected);
    expect(mapped.reason).toBe(reason);
    if (reason) expect(mapped.note).toMatch(/blocked by the authentication methods policy/u);
  });
});
