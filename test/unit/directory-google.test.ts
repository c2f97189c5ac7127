import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../electron/core/model/schemas/audit.ts';
import type { DirectoryImportResult, DirectoryStatus } from '../../electron/core/model/schemas/directory.ts';
import { DirectoryService } from '../../electron/core/mfa/directory/directory-service.ts';
import { alsoScanFor, closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';
import { startFakeDirectory, type FakeDirectory, type GoogleUser } from '../support/fake-directory.ts';
import { findSecrets } from '../support/secret-scan.ts';

// Google Workspace: a token brought by the IT provider (Google's device flow refuses the Admin
// SDK scope), then users.list read page by page, through the contract, the real store and the
// real keychain, against a loopback fake of Google's OAuth and Admin SDK.

const USERS_PATH = '/google-admin/admin/directory/v1/users';
const GOOGLE_CLIENT_ID = '1234567890-hygie.apps.googleusercontent.com';
const GOOGLE_CLIENT_SECRET = 'GOCSPX-fake-client-secret';

const USERS: GoogleUser[] = [
  { primaryEmail: 'helene.lefevre@cabinet-dupont.fr', isEnrolledIn2Sv: true, isEnforcedIn2Sv: true },
  { primaryEmail: 'francois.garcon@cabinet-dupont.fr', aliases: ['f.garcon@cabinet-dupont.fr'], isEnrolledIn2Sv: false, isEnforcedIn2Sv: true },
  { primaryEmail: 'accueil@cabinet-dupont.fr', isEnrolledIn2Sv: false, isEnforcedIn2Sv: false },
  { primaryEmail: 'ancien@cabinet-dupont.fr', isEnrolledIn2Sv: false, isEnforcedIn2Sv: false, suspended: true },
  { primaryEmail: 'stagiaire@cabinet-dupont.fr', isEnrolledIn2Sv: true, isEnforcedIn2Sv: false },
  // An address found only in emails[] (not primary, not in aliases).
  {
    primaryEmail: 'dr.martin@cabinet-dupont.fr',
    emails: [{ address: 'dr.martin@cabinet-dupont.fr', primary: true }, { address: 'secretariat.martin@cabinet-dupont.fr', type: 'work' }],
    isEnrolledIn2Sv: true,
    isEnforcedIn2Sv: true,
  },
  { primaryEmail: 'archive@cabinet-dupont.fr', isEnrolledIn2Sv: true, isEnforcedIn2Sv: false, archived: true },
];

let fake: FakeDirectory;
let core: Core;

beforeAll(async () => {
  fake = await startFakeDirectory({ googleUsers: USERS, pageSize: 2 });
  // Access tokens never reach the keychain: every data folder is scanned for them by name.
  alsoScanFor(() => fake.issuedSecrets());
});
afterAll(() => fake.close());
afterEach(closeAllCores);

beforeEach(async () => {
  core = openCore();
  await core.call('practice.save', PRACTICE);
  await core.call('directory.saveSettings', {
    google: { clientId: GOOGLE_CLIENT_ID, oauthBaseUrl: fake.googleOauthBaseUrl, adminBaseUrl: fake.googleAdminBaseUrl },
  });
  fake.requests.length = 0;
});

async function person(firstName: string, lastName: string, emails: string[]) {
  return core.call('staff.create', { firstName, lastName, role: 'physician', roleLabel: null, emails, services: [] });
}

function mfaRows() {
  return core.host.use(
    (store) =>
      store.db
        .prepare(
          `SELECT a.identifier AS email, c.status, c.source, c.details FROM check_result c
           JOIN account a ON a.id = c.account_id WHERE c.kind = 'mfa' ORDER BY a.identifier, c.id`,
        )
        .all() as { email: string; status: string; source: string; details: string }[],
  );
}

describe('Google Workspace connection', () => {
  it('checks a pasted access token against the directory, keeps it in the keychain only, and shows the domain', async () => {
    const token = fake.issueGoogleAccessToken();
    const status = await core.call<DirectoryStatus>('directory.setGoogleCredential', { accessToken: token });
    expect(status.google).toMatchObject({ connection: 'connected', account: 'cabinet-dupont.fr', renewable: false, clientSecret: 'not-set' });
    const checked = fake.requests.find((request) => request.path === USERS_PATH)!;
    expect(checked.authorization).toBe(`Bearer ${token}`);
    expect(checked.url).not.toContain(token);
    // An access token alone is kept in memory only, for this session: nothing in the keychain.
    expect(await core.secrets.get('google-directory-token')).toBeNull();
    const audit = await core.call<AuditEntry[]>('audit.list');
    expect(JSON.stringify([status, audit])).not.toContain(token);
    core.close();
    expect(findSecrets(core.dataDir, [token])).toEqual([]);
  });

  it('refuses a token without the admin.directory.user.readonly scope, and keeps nothing', async () => {
    const token = fake.issueGoogleAccessToken(['openid', 'email']);
    await expect(core.call('directory.setGoogleCredential', { accessToken: token })).rejects.toMatchObject({
      code: 'directory-google-permission',
      details: { scope: 'https://www.googleapis.com/auth/admin.directory.user.readonly' },
    });
    expect(await core.secrets.get('google-directory-token')).toBeNull();
    await expect(core.call('directory.setGoogleCredential', { accessToken: 'ya29.not-a-token-the-fake-issued' })).rejects.toMatchObject({
      code: 'directory-session-expired',
    });
  });

  it('keeps a refresh token and the client secret in the keychain, and renews the access token when it is refused', async () => {
    const refresh = fake.issueGoogleRefreshToken();
    const status = await core.call<DirectoryStatus>('directory.setGoogleCredential', { refreshToken: refresh, clientSecret: GOOGLE_CLIENT_SECRET });
    expect(status.google).toMatchObject({ connection: 'connected', renewable: true, clientSecret: 'set' });
    expect(await core.secrets.get('google-client-secret')).toBe(GOOGLE_CLIENT_SECRET);
    expect(await core.secrets.get('google-directory-token')).toBe(refresh);
    await person('Hélène', 'Lefèvre', ['helene.lefevre@cabinet-dupont.fr']);

    fake.expireAccessTokens();
    expect(await core.call<DirectoryImportResult>('directory.import', { provider: 'google' })).toMatchObject({ matched: 1 });
    expect(fake.requests.filter((request) => request.path === '/google-oauth/token')).toHaveLength(2);

    const disconnected = await core.call<DirectoryStatus>('directory.disconnect', { provider: 'google' });
    expect(disconnected.google).toMatchObject({ connection: 'not-connected', clientSecret: 'not-set' });
    expect(await core.secrets.get('google-directory-token')).toBeNull();
    expect(await core.secrets.get('google-client-secret')).toBeNull();
    core.close();
    expect(findSecrets(core.dataDir, [...fake.issuedSecrets(), GOOGLE_CLIENT_SECRET])).toEqual([]);
  });

  it('forgets a pasted token once Google refuses it, and says to bring a new one', async () => {
    await core.call('directory.setGoogleCredential', { accessToken: fake.issueGoogleAccessToken() });
    fake.expireAccessTokens();
    await expect(core.call('directory.import', { provider: 'google' })).rejects.toMatchObject({ code: 'directory-session-expired' });
    expect((await core.call<DirectoryStatus>('directory.status')).google.connection).toBe('not-connected');
  });
});

describe('Google Workspace import of 2-Step Verification', () => {
  it('reads every page, matches aliases and emails[], counts and lists suspended and archived users (Admin SDK users resource), records enrolled people at the SMS floor', async () => {
    await person('Hélène', 'Lefèvre', ['helene.lefevre@cabinet-dupont.fr']);
    await person('François', 'Garçon', ['F.Garcon@cabinet-dupont.fr']);
    await person('Accueil', 'Cabinet', ['accueil@cabinet-dupont.fr']);
    await person('Paul', 'Ancien', ['ancien@cabinet-dupont.fr']);
    await person('Claire', 'Martin', ['secretariat.martin@cabinet-dupont.fr']);
    await core.call('directory.setGoogleCredential', { accessToken: fake.issueGoogleAccessToken() });
    fake.requests.length = 0;

    const result = await core.call<DirectoryImportResult>('directory.import', { provider: 'google' });
    // Admin SDK users resource: `suspended` and `archived` accounts are the practice's accounts
    // still (counted, imported, listed); `emails[]` lists the user's addresses beyond primaryEmail.
    expect(result).toMatchObject({
      provider: 'google',
      directoryUsers: 7,
      matched: 5,
      updated: 5,
      unmatched: ['archive@cabinet-dupont.fr', 'stagiaire@cabinet-dupont.fr'],
      unmatchedCount: 2,
      staffWithoutMatch: 0,
      inactive: [
        { address: 'ancien@cabinet-dupont.fr', state: 'suspended' },
        { address: 'archive@cabinet-dupont.fr', state: 'archived' },
      ],
      inactiveCount: 2,
    });
    const pages = fake.requests.filter((request) => request.path === USERS_PATH);
    expect(pages).toHaveLength(4);
    expect(pages.map((request) => new URL(request.url, 'http://x').searchParams.get('pageToken'))).toEqual([null, 'page-2', 'page-4', 'page-6']);
    expect(pages.every((request) => new URL(request.url, 'http://x').searchParams.get('customer') === 'my_customer')).toBe(true);

    const rows = await mfaRows();
    expect(rows.map((row) => [row.email, row.status, row.source])).toEqual([
      ['accueil@cabinet-dupont.fr', 'none', 'imported'],
      ['ancien@cabinet-dupont.fr', 'none', 'imported'],
      ['f.garcon@cabinet-dupont.fr', 'none', 'imported'],
      ['helene.lefevre@cabinet-dupont.fr', 'sms', 'imported'],
      ['secretariat.martin@cabinet-dupont.fr', 'sms', 'imported'],
    ]);
    expect(JSON.parse(rows[1]!.details)).toMatchObject({ note: expect.stringMatching(/account suspended in Google Workspace/u) });
    const helene = JSON.parse(rows[3]!.details) as Record<string, unknown>;
    expect(helene).toMatchObject({ provider: 'google-workspace', recordedBy: 'import:google-workspace' });
    expect(helene.note).toMatch(/on \(required by policy\); method not reported/u);
    expect(JSON.parse(rows[2]!.details)).toMatchObject({ note: expect.stringMatching(/required by policy but not yet set up/u) });
    expect(JSON.parse(rows[0]!.details)).toMatchObject({ note: expect.stringMatching(/off \(not required by policy\)/u) });
  });

  it('honours Retry-After on 429 and explains a refusal in the middle of the paging, writing nothing', async () => {
    await person('Hélène', 'Lefèvre', ['helene.lefevre@cabinet-dupont.fr']);
    await core.call('directory.setGoogleCredential', { accessToken: fake.issueGoogleAccessToken() });
    fake.failNext(USERS_PATH, { status: 429, headers: { 'retry-after': '0' }, body: { error: { code: 429, message: 'Quota exceeded' } } });
    expect(await core.call<DirectoryImportResult>('directory.import', { provider: 'google' })).toMatchObject({ matched: 1 });
    const written = (await mfaRows()).length;

    fake.failNext(USERS_PATH, { status: 503, body: { error: { code: 503, message: 'Backend Error' } } });
    await expect(core.call('directory.import', { provider: 'google' })).rejects.toMatchObject({ code: 'directory-unavailable' });
    expect(await mfaRows()).toHaveLength(written);
  });

  // Directory API, "Limits and quotas": 403 userRateLimitExceeded and quotaExceeded (and the former
  // 403 rateLimitExceeded) mean "slow down … using exponential backoff", not a missing permission.
  const throttled = (reason: string) => ({
    status: 403,
    body: { error: { code: 403, message: 'Rate Limit Exceeded', errors: [{ domain: 'usageLimits', reason, message: 'Rate Limit Exceeded' }] } },
  });

  async function serviceWithClock() {
    const waits: number[] = [];
    const service = new DirectoryService(core.secrets, { userAgent: 'Hygie/test', sleep: async (ms) => void waits.push(ms) });
    await core.host.use((store) => service.setGoogleCredential(store, { accessToken: fake.issueGoogleAccessToken() }));
    return { service, waits, run: () => core.host.use((store) => service.import(store, 'google')) };
  }

  it.each(['userRateLimitExceeded', 'rateLimitExceeded', 'quotaExceeded'])('Directory API "Limits and quotas": backs off and retries on a 403 %s, instead of calling it a missing permission', async (reason) => {
    await person('Hélène', 'Lefèvre', ['helene.lefevre@cabinet-dupont.fr']);
    const { waits, run } = await serviceWithClock();
    fake.failNext(USERS_PATH, throttled(reason));
    fake.failNext(USERS_PATH, throttled(reason));
    expect(await run()).toMatchObject({ matched: 1 });
    // Exponential: about 1 s, then about 2 s (plus under a second of jitter each).
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(1000);
    expect(waits[0]).toBeLessThan(2000);
    expect(waits[1]).toBeGreaterThanOrEqual(2000);
    expect(waits[1]).toBeLessThan(3000);
  });

  it('Directory API "Limits and quotas": gives up as "rate limited" once throttling outlasts the wait budget, writing nothing', async () => {
    await person('Hélène', 'Lefèvre', ['helene.lefevre@cabinet-dupont.fr']);
    const { waits, run } = await serviceWithClock();
    for (let index = 0; index < 6; index++) fake.failNext(USERS_PATH, throttled('userRateLimitExceeded'));
    await expect(run()).rejects.toMatchObject({ code: 'directory-rate-limited', details: { httpStatus: 403 } });
    // 1 + 2 + 4 + 8 + 16 s (and jitter) fit in the 60-second budget; the next 32 s would not.
    expect(waits).toHaveLength(5);
    expect(waits.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(60_000);
    expect(await mfaRows()).toEqual([]);
    // A 403 for a missing scope is still that.
    fake.failNext(USERS_PATH, { status: 403, body: { error: { code: 403, message: 'Not Authorized to access this resource/api', errors: [{ domain: 'global', reason: 'forbidden' }] } } });
    await expect(run()).rejects.toMatchObject({ code: 'directory-google-permission' });
  });
});
